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

it("D11: a carried meeting without a 频次 is held again (`继续召开……联席会议`), never `继续落实……会议`", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu40v-"));
  const now = join(dir, "上半年.xlsx");
  writeFileSync(now, await writeWorkbook(standardV1, {
    profile: { 单位名称: "锦绣华庭社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "创建工作领导小组", 数量: 1, 单位: "个" }, { 事项类型: "工作机制", 名称或内容: "物业、业委会、社区三方联席会议" }],
      问题整改: [{ 问题类别: "乱张贴", 发现数: 20, 已整改数: 20, 单位: "处" }],
    },
  }));
  const next = join(dir, "下半年.xlsx");
  expect((await cli("next", now, "-o", next)).code).toBe(0);
  const text = (await cli("summarize", next, "--text", "-", "--date", "2026-01-05")).out;
  expect(lineOf(text, "联席会议")).toBe("二是完善机制。继续召开物业、业委会、社区三方联席会议。");
});

it("D22: a 共建单位 named only by its kind's word takes its partners from 备注; a name typed with spaces is two clauses, never glued to its count", async () => {
  const content = unit([
    { 事项类型: "共建单位", 名称或内容: "共建", 数量: 4, 单位: "家", 备注: "区供电公司、二中等" },
    { 事项类型: "其他", 名称或内容: "网格化 一网格一员", 数量: 12, 单位: "个" },
    { 事项类型: "其他", 名称或内容: "物业考评 每月一评", 数量: 3, 单位: "次" },
  ]);
  const text = await summaryTextOf(content);
  expect(lineOf(text, "共驻共建")).toBe("一是共驻共建。与区供电公司、二中等4家单位结对共建。");
  expect(lineOf(text, "网格")).toBe("二是夯实基础。推行网格化管理，划分网格12个，一网格一员；坚持每月开展物业考评1次，累计开展3次。");
  expect(text).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]|共建结对共建/u);
  // No partner in 备注: the kind is counted.
  const bare = await summaryTextOf(unit([{ 事项类型: "共建单位", 名称或内容: "共建", 数量: 4, 单位: "家" }]));
  expect(lineOf(bare, "共建")).toBe("与4家共建单位结对共建。");
  const check = (await cli("check", await workbookFile(content))).out;
  expect(check).toContain("提示 组织保障!B4 [org.spoken-name] 名称或内容“网格化 一网格一员”中有空格，总结按“网格化，一网格一员”理解；请写成书面的名称，说明写在“备注”中。");
  expect(check).toContain("提示 组织保障!B5 [org.spoken-name] 名称或内容“物业考评 每月一评”中有空格，总结按“物业考评”理解（频次每月1次）；请写成书面的名称，说明写在“备注”中。");
});

it("D4: a spoken 组织保障 名称 (`跟物业对接……问题 开了几次会`) is said in written words, its count after the work; check tells at B", async () => {
  const content = unit([
    { 事项类型: "领导小组", 名称或内容: "创建工作领导小组", 数量: 1, 单位: "个" },
    { 事项类型: "其他", 名称或内容: "楼栋长队伍", 数量: 86, 单位: "人" },
    { 事项类型: "其他", 名称或内容: "跟物业对接电动车进楼问题 开了几次会", 数量: 3, 单位: "次" },
  ]);
  const text = await summaryTextOf(content);
  expect(text).toContain("与物业对接电动车进楼问题3次。");
  expect(text).not.toMatch(/开了几次会|跟物业/u);
  const check = (await cli("check", await workbookFile(content))).out;
  expect(check).toContain("提示 组织保障!B5 [org.spoken-name] 名称或内容“跟物业对接电动车进楼问题 开了几次会”中有口语，总结按“与物业对接电动车进楼问题”理解；请写成书面的名称，说明写在“备注”中。");
});

it("D17: 条 is a 组织保障 单位 (`包保路段18条` is valid and keeps its count); spaces inside brackets are tidied", async () => {
  const content = unit([
    { 事项类型: "其他", 名称或内容: "包保路段", 数量: 18, 单位: "条" },
    { 事项类型: "其他", 名称或内容: "联合执法 (公安 市监)", 数量: 8, 单位: "次" },
  ], "机关部门", "城南区城市管理局");
  const check = (await cli("check", await workbookFile(content))).out;
  expect(check).not.toContain("组织保障!D3");
  expect(check).toContain("提示 组织保障!B4 [org.spoken-name] 名称或内容“联合执法 (公安 市监)”中有空格，总结按“联合执法（公安、市监）”理解；请写成书面的名称，说明写在“备注”中。");
  const text = await summaryTextOf(content);
  expect(lineOf(text, "包保路段")).toBe("包保路段18条，联合执法（公安、市监）8次。");
});

it("D18: a pledge is 作出-ed (`作出窗口文明服务承诺24项`); a name opening with its frequency (`每天早上晨会`) is 坚持每日召开晨会", async () => {
  const text = await summaryTextOf(unit([
    { 事项类型: "其他", 名称或内容: "窗口文明服务承诺", 数量: 24, 单位: "个" },
    { 事项类型: "其他", 名称或内容: "每天早上晨会", 数量: 60, 单位: "次", 频次: "每日" },
  ], "企事业单位", "城南区政务服务中心"));
  expect(lineOf(text, "承诺")).toBe("作出窗口文明服务承诺24项；坚持每日召开晨会，累计召开60次。");
});

it("D17: a 组织保障 row with a 单位 outside the list, told by --force, keeps its count in the word typed", async () => {
  const file = await workbookFile(unit([
    { 事项类型: "其他", 名称或内容: "包保路段", 数量: 3, 单位: "公里" },
    { 事项类型: "其他", 名称或内容: "联合执法", 数量: 8, 单位: "次" },
  ], "机关部门", "城南区城市管理局"));
  const out = await cli("summarize", file, "--force", "--text", "-");
  expect(lineOf(out.out, "包保路段")).toBe("包保路段3公里，联合执法8次。");
});
