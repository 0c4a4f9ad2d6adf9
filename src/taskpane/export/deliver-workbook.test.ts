/** @jest-environment node */
/**
 * The one guarded "deliver a workbook" helper (issue #15 item 2; audit §0 rows 8–9, P8, P11):
 * createWorkbook where it can take the file, else a download; "已生成/已打开" only after a
 * confirmed createWorkbook; a download worded as started; on Mac no download at all.
 */
import { createFakeExcel } from "../../adapters/excel/fake";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { deliverDocx } from "./deliver";
import { deliverDownload, deliverWorkbook } from "./deliver-workbook";
import { DOCX_MIME } from "./download";
import { enUS } from "../strings-en";
import { gbLayout, type DocumentModel } from "../../core/document/model";
import { zhCN } from "../strings";

const small = new Uint8Array([80, 75, 3, 4]);
const large = new Uint8Array(4 * 1024 * 1024);

describe("deliverWorkbook", () => {
  it("opens through createWorkbook and says so only after it resolved", async () => {
    const fake = createFakeExcel({ platform: "web" });
    const downloads: string[] = [];
    const out = await deliverWorkbook(small, "汇总台账.xlsx", { platform: "web", createWorkbook: fake.createWorkbook, download: (_b, f) => downloads.push(f) }, zhCN);
    expect(out).toEqual({ kind: "opened", message: "已在新的 Excel 窗口中打开汇总台账。" });
    expect(fake.createdWorkbooks).toHaveLength(1);
    expect(downloads).toEqual([]);
  });

  it("on the web, a file over the request limit is downloaded instead, and the message says why and that the download only started", async () => {
    const fake = createFakeExcel({ platform: "web" });
    const downloads: string[] = [];
    const out = await deliverWorkbook(large, "汇总台账.xlsx", { platform: "web", createWorkbook: fake.createWorkbook, download: (_b, f) => downloads.push(f) }, zhCN);
    expect(fake.createdWorkbooks).toEqual([]);
    expect(downloads).toEqual(["汇总台账.xlsx"]);
    expect(out).toEqual({ kind: "download", message: "文件较大（4 MB），Excel 网页版无法直接打开。已开始下载“汇总台账.xlsx”……如未看到文件，请查看浏览器的下载列表。" });
  });

  it("when createWorkbook fails (extension hardening, #3568) it falls back to a download and says so", async () => {
    const downloads: string[] = [];
    const failing = async () => {
      throw Object.assign(new Error("not allowed due to the extension hardening policy"), { code: "GeneralException" });
    };
    const out = await deliverWorkbook(small, "a.xlsx", { platform: "windows", createWorkbook: failing, download: (_b, f) => downloads.push(f) }, zhCN);
    expect(downloads).toEqual(["a.xlsx"]);
    expect(out.kind).toBe("download");
    expect(out.message).toBe("Excel 未能直接打开新工作簿。已开始下载“a.xlsx”……如未看到文件，请查看浏览器的下载列表。");
  });

  it("on Mac, where task-pane downloads do nothing (office-js#2700), never claims a download: it points to 网页版 or the CLI", async () => {
    const downloads: string[] = [];
    const out = await deliverWorkbook(small, "a.xlsx", { platform: "mac", download: (_b, f) => downloads.push(f) }, zhCN);
    expect(downloads).toEqual([]);
    expect(out).toEqual({ kind: "unavailable", message: "Mac 版 Excel 的任务窗格无法下载文件。请在 Excel 网页版中使用本功能，或用命令行工具 campaign-ledger 生成该文件。" });
  });

  it("a download without createWorkbook never says 已生成", async () => {
    const out = await deliverWorkbook(small, "b.xlsx", { platform: "windows", download: () => undefined }, zhCN);
    expect(out.message).toBe("已开始下载“b.xlsx”……如未看到文件，请查看浏览器的下载列表。");
    expect(out.message).not.toContain("已生成");
  });
});

/** A small summary document (one heading, one paragraph). */
const doc: DocumentModel = { title: "工作总结", blocks: [{ kind: "heading", level: 1, text: "一、主要工作" }, { kind: "paragraph", runs: [{ text: "开展活动12场。" }] }], signOff: { unit: "某社区", date: "2023年8月3日" }, layout: gbLayout };

describe("every download in the panes (P11): worded as started, never as done; none on Mac", () => {
  it("导出 Word in the Excel pane: the .docx is built and its download started, and the message says only that", async () => {
    const downloads: [string, number, string | undefined][] = [];
    const out = await deliverDocx(doc, "工作总结.docx", { platform: "windows", download: (b, f, mime) => downloads.push([f, b[0], mime]) }, zhCN);
    expect(downloads).toEqual([["工作总结.docx", 0x50, DOCX_MIME]]); // a zip: "PK"
    expect(out).toEqual({ kind: "download", message: "已开始下载“工作总结.docx”……如未看到文件，请查看“下载”文件夹，或使用“复制带格式的文本”。" });
  });

  it("导出 Word on Mac: nothing is downloaded; the pane says so and points to copying, 网页版 or the CLI", async () => {
    const downloads: string[] = [];
    const out = await deliverDocx(doc, "工作总结.docx", { platform: "mac", download: (_b, f) => downloads.push(f) }, zhCN);
    expect(downloads).toEqual([]);
    expect(out).toEqual({ kind: "unavailable", message: "Mac 版 Office 的任务窗格无法下载文件。请使用“复制带格式的文本”粘贴到 Word 或 WPS，或在 Excel 网页版中导出，也可以用命令行工具 campaign-ledger 生成。" });
  });

  it("the Word pane's 下载 .docx (preview) goes through the same helper", () => {
    const downloads: string[] = [];
    const out = deliverDownload(new Uint8Array([80, 75]), "总结.docx", { platform: "unknown", download: (_b, f) => downloads.push(f) }, zhCN);
    expect(downloads).toEqual(["总结.docx"]);
    expect(out).toEqual({ kind: "download", message: "已开始下载“总结.docx”……如未看到文件，请查看浏览器的下载列表。" });
  });

  it("no pane string about a download says 已生成 (or Built), and none says a download is done", () => {
    for (const strings of [zhCN, enUS] as Record<string, string>[]) {
      const about = Object.entries(strings).filter(([, v]) => /下载|download/i.test(v));
      expect(about.length).toBeGreaterThan(3);
      for (const [key, v] of about) expect([key, /已生成|已下载|Built|downloaded\b/.test(v)]).toEqual([key, false]);
    }
  });

  it("no component starts a download itself: every one goes through export/deliver-workbook.ts", () => {
    const root = join(__dirname, "..");
    const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
    const offenders = files(root)
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts") && !f.includes(`${join("taskpane", "export")}`))
      .filter((f) => /downloadBytes|downloadBlob|downloadDocx\b|downloadDocxBytes|\.download\s*=/.test(readFileSync(f, "utf8")))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });
});

