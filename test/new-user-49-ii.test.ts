/**
 * New-user test 49 (docs/new-user-test-pane-49.md), D11, D13, D14 and D16:
 * - D11: a 上期打算 typed in spoken words (`四季度搞好人居环境整治，迎接市里检查`) took its filled 落实情况 out of the summary
 *   with it; the 落实情况 is now told with the plan said neutrally, and `next` names the cell to rewrite at carry-over.
 * - D13: in a roll-up, the combining unit's own 领导小组 and its one meeting lost their date and name
 *   (`我局成立创建工作领导小组。`, `我局召开文明校园创建推进会，60人参加。`); they are told as in its own summary.
 * - D14: one activity's 参与数量 (`1.2万`) far above the others' (300, 200) had no hint: a 提示 activity.turnout-outlier now.
 * - D16: an 活动台账 日期 of a month only (`2025年10月`) was an error and the row was told last without a date; it is now a
 *   提示 (value.month-only), told as `10月`, in its month's place.
 */
import { summaryTextOf } from "./support/summaries";
import { rolledUpText } from "./support/rollup";
import { workbookFile } from "./support/files";
import { cli } from "./support/cli";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const village = { 单位名称: "石桥村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "第四季度" };

it("D11: a filled 落实情况 of a spoken 上期打算 is told, the plan said neutrally", async () => {
  const text = await summaryTextOf({
    profile: village,
    ledgers: {
      活动台账: [{ 日期: "2025-11-15", 活动名称: "人居环境大扫除", 活动类型: "环境整治", 参与数量: 120, 单位: "人次" }],
      文字材料: [{ 类型: "上期打算", 内容: "四季度搞好人居环境整治，迎接市里检查", 落实情况: "已完成，人居环境整治已开展，顺利迎接了市里检查" }],
    },
  });
  expect(text).toContain("落实上期工作打算\n\u3000\u3000上期部署的人居环境整治工作已完成，顺利迎接市级检查。\n");
  expect(text).not.toContain("搞好");
});

it("D11: a spoken plan whose 落实情况 reads as written is told by the 落实情况 alone", async () => {
  const text = await summaryTextOf({
    profile: village,
    ledgers: {
      活动台账: [{ 日期: "2025-11-15", 活动名称: "人居环境大扫除", 活动类型: "环境整治", 参与数量: 120, 单位: "人次" }],
      文字材料: [{ 类型: "上期打算", 内容: "四季度搞好人居环境整治，迎接市里检查", 落实情况: "10月完成村内主干道绿化补植" }],
    },
  });
  expect(text).toContain("落实上期工作打算\n\u3000\u300010月完成村内主干道绿化补植。\n");
});

it("D11: `next` names the carried spoken plan's cell to rewrite", async () => {
  const file = await workbookFile({
    profile: { ...village, 报告期: "第三季度" },
    ledgers: {
      活动台账: [{ 日期: "2025-08-15", 活动名称: "人居环境大扫除", 活动类型: "环境整治", 参与数量: 120, 单位: "人次" }],
      文字材料: [{ 类型: "下一步打算", 内容: "四季度搞好人居环境整治，迎接市里检查" }],
    },
  });
  const out = join(mkdtempSync(join(tmpdir(), "nu49-")), "q4.xlsx");
  const r = await cli("next", file, "-o", out);
  expect(r.code).toBe(0);
  expect(r.out).toContain("请注意：文字材料!B3 结转的上期打算“四季度搞好人居环境整治，迎接市里检查”是口语说法，总结不写原话（填了落实情况时只写落实情况）；请现在改写成书面表述。\n");
});

it("D16: an 活动台账 日期 of a month only is told as `10月`, in its month's place", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "县红十字会", 单位类型: "机关", 报告年度: 2025, 报告期: "下半年" },
    ledgers: {
      活动台账: [
        { 日期: "2025-09-10", 活动名称: "应急救护培训进社区", 活动类型: "宣传教育", 参与数量: 80, 单位: "人" },
        { 日期: "2025年10月", 活动名称: "无偿献血宣传", 活动类型: "宣传教育", 参与数量: 200, 单位: "人次" },
        { 日期: "2025-12-05", 活动名称: "国际志愿者日宣传", 活动类型: "宣传教育", 参与数量: 150, 单位: "人次" },
      ],
    },
  });
  expect(text).toContain("先后开展3场宣传教育活动：9月10日开展“应急救护培训进社区”活动，参与80人；10月开展“无偿献血宣传”活动，参与200人次；12月5日开展“国际志愿者日宣传”活动，参与150人次。");
});

it("D16: check says a month-only 活动台账 日期 is a 提示, not an error", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "县红十字会", 单位类型: "机关", 报告年度: 2025, 报告期: "下半年" },
    ledgers: { 活动台账: [{ 日期: "2025年10月", 活动名称: "无偿献血宣传", 活动类型: "宣传教育", 参与数量: 200, 单位: "人次" }] },
  });
  const r = await cli("check", file);
  expect(r.out).toContain("提示 活动台账!A3 [value.month-only] “日期”只填了年月“2025年10月”，已按2025年10月处理（不补具体日期）。\n");
  expect(r.out).not.toContain("value.not-date");
});

it("D13: the combining unit's own group and meeting keep their date and name in the roll-up", async () => {
  const school = (found: number): Record<string, Record<string, string | number>[]> => ({
    问题整改: [{ 问题类别: "其他", 备注: "校门口接送乱停车", 发现数: found, 已整改数: found - 1, 单位: "处" }],
    活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 200, 单位: "人" }],
  });
  const text = await rolledUpText("县教育局", "机关部门", [
    ["县教育局", "机关部门", {
      组织保障: [{ 日期: "2025-02-20", 事项类型: "领导小组", 名称或内容: "教育系统创文领导小组" }],
      活动台账: [{ 日期: "2025-04-02", 活动名称: "文明校园创建推进会", 活动类型: "会议培训", 参与数量: 60, 单位: "人", 地点: "教育局会议室" }],
    }],
    ["城关中学", "学校", school(10)],
    ["县第一中学", "学校", school(10)],
  ]);
  expect(text).toContain("我局于2月20日成立教育系统创文领导小组。");
  expect(text).toContain("我局于4月2日召开文明校园创建推进会，60人参加。");
});

it("D14: one activity's 参与数量 far above the others' is a 提示 at its cell; the figure stays", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "县教育局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      活动台账: [
        { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: "1.2万", 单位: "人" },
        { 日期: "2025-03-06", 活动名称: "学雷锋进社区", 活动类型: "志愿服务", 参与数量: 300, 单位: "人" },
        { 日期: "2025-03-07", 活动名称: "学雷锋清洁校园", 活动类型: "志愿服务", 参与数量: 200, 单位: "人" },
      ],
    },
  });
  const r = await cli("check", file);
  expect(r.out).toContain("提示 活动台账!D3 [activity.turnout-outlier] “参与数量”为12000人，是其他活动参与数量中位数（250）的20倍以上，请核对是否输错；总结会照此写出。\n");
  expect(r.out.match(/turnout-outlier/gu)?.length).toBe(1);
});
