/**
 * New-user test 36 (docs/new-user-test-pane-36.md), defects fixed on branch fix-f: each as the tester typed it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";
import type { WorkbookContent } from "../src/adapters/xlsx/content";

describe("D5: a 〔约数〕 tag whose recorded figure is no longer the cell's is stale", () => {
  // As `fix` left a-社区.xlsx (百余 → 100, 约300 → 300, tags in 备注), then the exact figures typed: 128 and 312.
  const content = (registered: number, turnout: number, remark = "〔约数〕注册人数：百余"): WorkbookContent => ({
    profile: { 单位名称: "东风路社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      志愿服务: [
        { 队伍名称: "东风路社区志愿服务站", 队伍类型: "综合志愿者", 注册人数: registered, 备注: remark },
        { 队伍名称: "党员先锋队", 队伍类型: "党员志愿者", 注册人数: 35 },
      ],
      活动台账: [{ 日期: "2025-04-12", 活动名称: "第三届邻里节", 活动类型: "文体活动", 地点: "社区广场", 参与数量: turnout, 单位: "人次", 备注: "〔约数〕参与数量：约300" }],
    },
  });

  it("the summary tells the exact figures typed (163人, 312人次), never 160余人 or 约312人次", async () => {
    const text = await summaryTextOf(content(128, 312));
    expect(text).toContain("注册志愿者163人，其中党员志愿者35人、综合志愿者128人。");
    expect(text).toContain("4月12日在社区广场开展“第三届邻里节”文体活动，参与312人次。");
    expect(text).not.toMatch(/余人|约312/u);
    // A figure still the tag's (100 beside 百余) stays approximate.
    const kept = await summaryTextOf(content(100, 300));
    expect(kept).toContain("注册志愿者130余人，其中党员志愿者35人、综合志愿者100余人。");
    expect(kept).toContain("参与约300人次。");
  });

  it("check names the cell, fix previews the tag's removal and keeps the rest of 备注", async () => {
    const file = await workbookFile(content(128, 312, "已核实；〔约数〕注册人数：百余"));
    const check = (await cli("check", file)).out;
    expect(check).toContain("提示 志愿服务!C3 [value.approx-tag-stale] “注册人数”已改为准确数字128，备注G3中的约数标记“〔约数〕注册人数：百余”已不适用，总结按准确数字写；可用“规范数据”（命令行：campaign-ledger fix 台账.xlsx -o 新文件.xlsx）删除这一标记。");
    expect(check).toContain("提示 活动台账!D3 [value.approx-tag-stale] “参与数量”已改为准确数字312，备注I3中的约数标记“〔约数〕参与数量：约300”已不适用，总结按准确数字写；可用“规范数据”（命令行：campaign-ledger fix 台账.xlsx -o 新文件.xlsx）删除这一标记。");
    const out = join(mkdtempSync(join(tmpdir(), "cl-nu36f-")), "fixed.xlsx");
    const fixed = (await cli("fix", file, "-o", out)).out;
    expect(fixed).toContain("志愿服务!G3  “已核实；〔约数〕注册人数：百余” → “已核实”  删除已不适用的〔约数〕注册人数：百余（C3已填准确数字128）");
    expect(fixed).toContain("活动台账!I3  “〔约数〕参与数量：约300” → （空）  删除已不适用的〔约数〕参与数量：约300（D3已填准确数字312）");
    expect((await cli("check", out)).out).not.toContain("approx-tag-stale");
  });

  it("a tag still recording the cell's figure is no finding and fix leaves it", async () => {
    const file = await workbookFile(content(100, 300));
    expect((await cli("check", file)).out).not.toContain("approx-tag-stale");
    const out = join(mkdtempSync(join(tmpdir(), "cl-nu36f-")), "fixed.xlsx");
    expect((await cli("fix", file, "-o", out)).out).not.toContain("删除已不适用");
  });

  it("99999999 typed over 百余 is told as typed, never 9999.99万余人", async () => {
    const text = await summaryTextOf(content(99999999, 312));
    expect(text).not.toContain("万余人");
    expect(text).toContain("综合志愿者99999999人");
  });
});

it("D5: 开始下一期 does not carry a stale 〔约数〕 tag with the team's exact 注册人数", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "东风路社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      志愿服务: [
        { 队伍名称: "东风路社区志愿服务站", 队伍类型: "综合志愿者", 注册人数: 128, 备注: "〔约数〕注册人数：百余" },
        { 队伍名称: "巾帼志愿服务队", 队伍类型: "巾帼志愿者", 注册人数: 40, 备注: "〔约数〕注册人数：40余" },
      ],
    },
  });
  const out = join(mkdtempSync(join(tmpdir(), "cl-nu36f-")), "next.xlsx");
  expect((await cli("next", file, "-o", out)).code).toBe(0);
  expect((await cli("check", out)).out).not.toContain("approx-tag-stale");
  const text = (await cli("summarize", out, "--force", "--text", "-")).out;
  expect(text).toContain("注册志愿者160余人，其中巾帼志愿者40余人、综合志愿者128人。");
});

it("D5: a roll-up does not pass on a stale 〔约数〕 tag, and tells the exact figure", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu36f-"));
  const unit = (name: string, registered: number, remark: string): Promise<string> => workbookFile({
    profile: { 单位名称: name, 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 志愿服务: [{ 队伍名称: `${name}志愿服务站`, 队伍类型: "综合志愿者", 注册人数: registered, 备注: remark }] },
  }, `${name}.xlsx`);
  const files = [await unit("东风路社区居委会", 128, "已核实；〔约数〕注册人数：百余"), await unit("南湖社区居委会", 60, "〔约数〕注册人数：60余")];
  const out = join(dir, "汇总.xlsx");
  expect((await cli("rollup", ...files, "-o", out, "--unit", "青山街道办事处", "--type", "街道")).code).toBe(0);
  expect((await cli("check", out)).out).not.toContain("approx-tag-stale");
  expect((await cli("summarize", out, "--force", "--text", "-")).out).toContain("注册志愿者180余人");
});
