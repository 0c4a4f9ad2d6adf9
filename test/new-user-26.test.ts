/**
 * New-user test 26 (docs/new-user-test-pane-26.md): the defects fixed in the session that ran it, each as the tester
 * typed it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./support/cli";

it("D7: a hand-made list of the period's work (时间 | 项目 | 工作内容 | 参加人数 | 投入) is imported as activities, never 宣传投放", async () => {
  const out = join(mkdtempSync(join(tmpdir(), "cl-nu26-")), "imported.xlsx");
  const imported = await cli("import", join(__dirname, "..", "docs", "new-user-test-26-files", "handmade.xlsx"), "-o", out);
  expect(imported.out).toContain("上半年工作 第1张表 A2:F8「金桂社区2025年上半年创文工作情况统计表」 → 活动台账");
  expect(imported.out).toContain("D 工作内容 → 活动名称（表头近义词，85%）");
  expect(imported.out).toContain("E 参加人数 → 参与数量（单位 人）（表头近义词，85%）");
  const text = (await cli("summarize", out, "--force", "--text", "-")).out;
  expect(text).toContain("3月5日开展“学雷锋志愿服务进小区”活动，参与35人。");
  expect(text).toContain("4月4日开展“清明网上祭英烈”活动，参与约120人。");
});
