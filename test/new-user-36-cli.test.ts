/**
 * New-user test 36 (docs/new-user-test-pane-36.md): the CLI's own messages.
 * D10: `rollup --dir` on an empty folder said the folder option was missing.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./support/cli";

describe("new-user test 36 D10: rollup --dir of a folder without ledgers", () => {
  const root = mkdtempSync(join(tmpdir(), "nu36-cli-"));

  it("names the folder and says it holds no .xlsx", async () => {
    const dir = join(root, "emptydir");
    mkdirSync(dir);
    writeFileSync(join(dir, "说明.txt"), "各社区台账稍后报送");
    const r = await cli("rollup", "--dir", dir, "-o", join(root, "r.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toBe(`文件夹 ${dir} 中没有台账文件（.xlsx）。请把各单位的台账放进这个文件夹，或直接列出台账文件。\n`);
  });

  it("without --dir and files still asks for either", async () => {
    const r = await cli("rollup", "-o", join(root, "r.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toBe("请指定要汇总的台账文件，或用 --dir 指定存放台账的文件夹。\n");
  });
});
