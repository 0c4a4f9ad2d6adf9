/**
 * New-user test 40 (docs/new-user-test-pane-40.md): the 组织保障 defects D4, D11, D17, D18 (its 组织保障 part) and D22
 * (its 组织保障 part), each as the tester typed it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

type Org = Record<string, string | number>;
const unit = (organization: Org[], type = "社区", name = "望江社区居委会") => ({
  profile: { 单位名称: name, 单位类型: type, 报告年度: 2025, 报告期: "第二季度" },
  ledgers: { 组织保障: organization },
});
/** The paragraph of the text that holds `marker`. */
const lineOf = (text: string, marker: string): string => text.split("\n").find((l) => l.includes(marker))?.trim() ?? text;

it("D11: next clears the period count of a carried meeting (6次, 每月1次) and says so; the next period holds it, 继续 never doubled", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu40v-"));
  const now = join(dir, "上半年.xlsx");
  writeFileSync(now, await writeWorkbook(standardV1, {
    profile: { 单位名称: "锦绣华庭社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      组织保障: [
        { 事项类型: "共建单位", 名称或内容: "辖区共建单位", 数量: 5, 单位: "家" },
        { 事项类型: "工作机制", 名称或内容: "物业、业委会、社区三方联席会议", 数量: 6, 单位: "次", 频次: "每月1次" },
      ],
      问题整改: [{ 问题类别: "乱张贴", 发现数: 20, 已整改数: 20, 单位: "处" }],
    },
  }));
  const next = join(dir, "下半年.xlsx");
  const report = await cli("next", now, "-o", next);
  expect(report.code).toBe(0);
  expect(report.out).toContain("组织保障：结转的“物业、业委会、社区三方联席会议”是按期计数的事项，已清空数量，请填写本期的次数");
  const text = (await cli("summarize", next, "--text", "-", "--date", "2026-01-05")).out;
  expect(text).toContain("坚持每月召开物业、业委会、社区三方联席会议1次。");
  expect(text).toContain("继续与5家辖区单位结对共建。");
  expect(text).not.toMatch(/累计继续|继续落实物业|6次/u);
});
