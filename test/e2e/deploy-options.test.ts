/** @jest-environment node */
/**
 * The build switches of docs/deploy.md (scripts/build-options.js) and the nginx example's
 * templating (scripts/nginx-loopback.js), without building or serving anything.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

interface OfficeJs {
  id: string;
  scriptUrl: string;
  origin: string;
  folder?: string;
}
interface Options {
  publicUrl?: string;
  release: boolean;
  officeJs: OfficeJs;
  version: string;
  base: string;
  build: number;
  counted: boolean;
  stateFile: string;
}
interface BuildOptions {
  OFFICE_JS: Record<"global" | "china", OfficeJs>;
  resolveBuildOptions(env: Record<string, unknown> | undefined, ctx: { production: boolean; packageVersion: string; processEnv?: Record<string, string>; cwd?: string }): Options;
  recordRelease(o: Options): void;
  rewriteManifest(xml: string, o: Options): string;
  rewriteHtml(html: string, officeJs: OfficeJs, name?: string): string;
}
interface Loopback {
  EXAMPLE: Record<string, string>;
  extractExampleConfig(md: string): string;
  templateServerBlock(block: string, o: { port: number; root: string; cert: string; key: string }): string;
  wrapConfig(block: string, dir: string): string;
}
/* eslint-disable @typescript-eslint/no-require-imports */
const opts = require("../../scripts/build-options.js") as BuildOptions;
const loopback = require("../../scripts/nginx-loopback.js") as Loopback;
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = resolve(__dirname, "../..");
let tmp: string;
let env: Record<string, string>;

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "cl-opts-"));
  env = { CL_RELEASE_STATE: join(tmp, "state.json") };
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const resolveOpts = (e: Record<string, unknown> | undefined, production = true) =>
  opts.resolveBuildOptions(e, { production, packageVersion: "0.1.0", processEnv: env });

describe("--env url", () => {
  it("normalises the address and makes a release build", () => {
    const o = resolveOpts({ url: "https://addin.example.gov.cn/campaign-ledger" });
    expect(o.publicUrl).toBe("https://addin.example.gov.cn/campaign-ledger/");
    expect(o.release).toBe(true);
  });

  it("accepts CL_PUBLIC_URL as an alias", () => {
    env.CL_PUBLIC_URL = "https://a.example/x/";
    expect(resolveOpts({}).publicUrl).toBe("https://a.example/x/");
  });

  it.each([["http://a.example/"], ["addin.example.gov.cn"], ["https://a.example/?v=1"], ["https://a.example/#x"]])("refuses %s", (url) => {
    expect(() => resolveOpts({ url })).toThrow(/--env url=/u);
  });

  it("does not make a release in development mode", () => {
    expect(resolveOpts({ url: "https://a.example/" }, false).release).toBe(false);
  });
});

describe("version", () => {
  it("is MAJOR.MINOR.PATCH.0 without a url", () => {
    expect(resolveOpts(undefined).version).toBe("0.1.0.0");
  });

  it("takes the next build number on each release build", () => {
    const first = resolveOpts({ url: "https://a.example/" });
    expect(first).toMatchObject({ version: "0.1.0.1", counted: true });
    opts.recordRelease(first);
    const second = resolveOpts({ url: "https://a.example/" });
    expect(second.version).toBe("0.1.0.2");
    opts.recordRelease(second);
    expect(JSON.parse(readFileSync(env.CL_RELEASE_STATE, "utf8"))).toMatchObject({ version: "0.1.0.2", build: 2, base: "0.1.0" });
  });

  it("starts again at 1 when the base version changes", () => {
    writeFileSync(env.CL_RELEASE_STATE, JSON.stringify({ base: "0.1.0", build: 41 }));
    expect(resolveOpts({ url: "https://a.example/", version: "0.2.0" }).version).toBe("0.2.0.1");
    expect(resolveOpts({ url: "https://a.example/" }).version).toBe("0.1.0.42");
  });

  it("honours --env build and a full --env version, without counting", () => {
    expect(resolveOpts({ url: "https://a.example/", build: "77" })).toMatchObject({ version: "0.1.0.77", counted: false });
    expect(resolveOpts({ version: "2.0.1.5" })).toMatchObject({ version: "2.0.1.5", counted: false });
  });

  it.each([["1.2"], ["1.2.3.4.5"], ["100000.0.0"], ["a.b.c"]])("refuses --env version=%s", (version) => {
    expect(() => resolveOpts({ version })).toThrow(/--env version/u);
  });

  it("refuses a build number above 99999", () => {
    expect(() => resolveOpts({ build: "100000" })).toThrow(/--env build/u);
  });
});

describe("rewriteManifest", () => {
  const source = readFileSync(join(ROOT, "manifest.xml"), "utf8");

  it("writes the version into <Version> and every URL to the deploy address", () => {
    const out = opts.rewriteManifest(source, resolveOpts({ url: "https://a.example/cl/", build: "9" }));
    expect(out).toContain("<Version>0.1.0.9</Version>");
    expect(out).not.toMatch(/localhost/iu);
    expect(out).toContain('<SourceLocation DefaultValue="https://a.example/cl/taskpane.html"/>');
  });

  it("keeps the dev URLs but still sets the version without a url", () => {
    const out = opts.rewriteManifest(source, resolveOpts(undefined));
    expect(out).toContain("https://localhost:3000/taskpane.html");
    expect(out).toContain("<Version>0.1.0.0</Version>");
  });

  it("refuses a manifest that would name another host", () => {
    const bad = source.replace('<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>', '<SupportUrl DefaultValue="https://elsewhere.example/"/>');
    expect(() => opts.rewriteManifest(bad, resolveOpts({ url: "https://a.example/" }))).toThrow(/elsewhere\.example/u);
  });
});

describe("rewriteHtml (--env officejs)", () => {
  const html = readFileSync(join(ROOT, "src/taskpane/taskpane.html"), "utf8");

  it("keeps Microsoft's CDN by default", () => {
    expect(resolveOpts(undefined).officeJs.id).toBe("global");
    expect(opts.rewriteHtml(html, opts.OFFICE_JS.global)).toContain(opts.OFFICE_JS.global.scriptUrl);
  });

  it("switches script and CSP to the 21Vianet CDN", () => {
    const o = resolveOpts({ officejs: "china" });
    const out = opts.rewriteHtml(html, o.officeJs);
    expect(out).toContain('<script src="https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js"></script>');
    expect(out).toContain("script-src 'self' https://appsforoffice.cdn.partner.office365.cn;");
    expect(out).not.toContain("appsforoffice.microsoft.com");
  });

  it("refuses an unknown CDN name", () => {
    expect(() => resolveOpts({ officejs: "mars" })).toThrow(/officejs=mars/u);
  });

  it("self:<folder> serves Office.js from the deployment: officejs/office.js, CSP 'self' only", () => {
    const o = opts.resolveBuildOptions({ officejs: "self:test/fixtures/officejs-mirror" }, { production: true, packageVersion: "0.1.0", processEnv: env, cwd: ROOT });
    expect(o.officeJs).toMatchObject({ id: "self", scriptUrl: "officejs/office.js", folder: join(ROOT, "test/fixtures/officejs-mirror") });
    for (const page of ["src/taskpane/taskpane.html", "src/commands/commands.html"]) {
      const out = opts.rewriteHtml(readFileSync(join(ROOT, page), "utf8"), o.officeJs, page);
      expect(out).toContain('<script src="officejs/office.js"></script>');
      expect(out).not.toMatch(/appsforoffice|office365\.cn/u);
      expect(/script-src ([^;"]*)/u.exec(out)?.[1].trim()).toBe("'self'");
    }
  });

  it("self:<folder> refuses a folder that is missing or holds no office.js, naming it", () => {
    expect(() => opts.resolveBuildOptions({ officejs: "self:" }, { production: true, packageVersion: "0.1.0", processEnv: env })).toThrow(/name the folder/u);
    expect(() => opts.resolveBuildOptions({ officejs: `self:${join(tmp, "nowhere")}` }, { production: true, packageVersion: "0.1.0", processEnv: env })).toThrow(/nowhere does not exist/u);
    expect(() => opts.resolveBuildOptions({ officejs: `self:${tmp}` }, { production: true, packageVersion: "0.1.0", processEnv: env })).toThrow(/has no office\.js/u);
  });

  it("fails when a page would allow another script host", () => {
    const extra = html.replace("script-src 'self'", "script-src 'self' https://cdn.example");
    expect(() => opts.rewriteHtml(extra, opts.OFFICE_JS.global, "taskpane.html")).toThrow(/exactly/u);
  });
});

describe("the nginx example in docs/deploy.md", () => {
  const block = loopback.extractExampleConfig(readFileSync(join(ROOT, "docs/deploy.md"), "utf8"));

  it("contains every placeholder the loopback run replaces", () => {
    for (const token of Object.values(loopback.EXAMPLE)) expect(block).toContain(token);
  });

  it("is templated to a loopback address with the test's certificate and folder", () => {
    const out = loopback.templateServerBlock(block, { port: 8443, root: "/tmp/x/www", cert: "/tmp/x/cert.pem", key: "/tmp/x/key.pem" });
    expect(out).toContain("listen 127.0.0.1:8443 ssl;");
    expect(out).toContain("root /tmp/x/www;");
    expect(out).not.toContain("/etc/ssl/");
    const conf = loopback.wrapConfig(out, "/tmp/x");
    expect(conf).toMatch(/^pid \/tmp\/x\/nginx\.pid;$/mu);
    expect(conf).toContain("daemon off;");
  });

  it("sends no-cache for pages and no X-Frame-Options (Excel on the web frames the pane)", () => {
    expect(block).toContain('add_header Cache-Control "no-cache" always;');
    expect(block).not.toMatch(/X-Frame-Options|frame-ancestors/iu);
  });
});
