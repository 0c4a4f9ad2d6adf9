/**
 * New-user test 39 (docs/new-user-test-pane-39.md), defects D18, D21 and D26: placeholders (`同上`, `见备注`, `详见工作群`,
 * `其他`) typed in free-text cells, as the tester typed them in e2-营业厅.xlsx and v-村.xlsx.
 */
import { isPlaceholderText, placeholderKind, readStaffNote } from "../src/core/normalize";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

const hall = { 单位名称: "中国移动城关营业厅", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "下半年" } as const;
const village = { 单位名称: "柳塘村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "上半年" } as const;
const lineWith = (text: string, part: string): string => text.split("\n").find((l) => l.includes(part)) ?? "";

const hallContent: Parameters<typeof workbookFile>[0] = {
  profile: hall,
  ledgers: {
    组织保障: [
      { 事项类型: "其他", 名称或内容: "窗口文明服务规范", 数量: 1, 单位: "项", 备注: "店长抓" },
      { 事项类型: "工作会议", 名称或内容: "晨会讲文明服务", 数量: 120, 单位: "次" },
      { 事项类型: "其他", 名称或内容: "同上" },
    ],
    问题整改: [
      { 问题类别: "其他", 发现数: 3, 已整改数: 2, 单位: "处", 备注: "门口电动车乱停，跟城管说了" },
      { 问题类别: "其他", 发现数: 1, 已整改数: 1, 单位: "起", 备注: "同上" },
    ],
    活动台账: [
      { 日期: "2025.8.15", 活动名称: "其他", 活动类型: "其他", 参与数量: 12, 单位: "人", 简要内容: "见备注", 备注: "详见工作群" },
      { 日期: "2025.10.1", 活动名称: "国庆", 活动类型: "其他" },
      { 日期: "2025.11.9", 活动名称: "消防演练", 活动类型: "其他", 参与数量: 20, 单位: "人", 简要内容: "消防安全培训", 备注: "员工全员参加" },
    ],
    文字材料: [
      { 类型: "下一步打算", 内容: "继续做好。" },
      { 类型: "下一步打算", 内容: "同上" },
    ],
  },
};

describe("one reader of placeholders (normalize placeholderKind)", () => {
  it("tells back-references, pointers, words for nothing and catch-alls from content", () => {
    expect(["同上", "同前", "同左", "见上", "见备注", "详见工作群", "同上。", " 同 上 "].map(placeholderKind)).toEqual(Array(8).fill("reference"));
    expect(["略", "无", "暂无", "/", "—"].map(placeholderKind)).toEqual(Array(5).fill("nothing"));
    expect(["其他", "其它", "其他活动", "其他指标"].map(placeholderKind)).toEqual(Array(4).fill("catch-all"));
    expect(["见义勇为", "同上学", "无障碍通道坡道太陡", "其他问题整改", "国庆", "继续做好"].map(isPlaceholderText)).toEqual(Array(6).fill(false));
    expect(readStaffNote(" 同上 ")).toBe("");
    expect(readStaffNote(" 消防安全培训 ")).toBe("消防安全培训");
  });
});

it("D18: `同上` in 组织保障, 问题整改 备注 and 文字材料 is never written; check says so at each cell", async () => {
  const text = await summaryTextOf(hallContent);
  expect(text).not.toMatch(/同上|见备注|详见工作群/u);
  // Saw `整改同上问题1起`; a nameless 其他 row is no headline either (never `整治其他问题1起` in the opening).
  expect(lineWith(text, "现将有关情况总结如下")).toBe("　　2025年下半年，中国移动城关营业厅整治门口电动车乱停2处。现将有关情况总结如下。");
  // Saw `二是夯实基础。窗口文明服务规范，同上。`
  expect(lineWith(text, "窗口文明服务规范")).toBe("　　二是夯实基础。窗口文明服务规范。");
  // Conduct counted in 处 is a 问题 (run-29 review, 材料1 item 1: 行为 is never counted in 处).
  expect(lineWith(text, "门口电动车乱停问题")).toBe("　　发现门口电动车乱停问题3处，已整改2处；其他问题1起，已整改到位。");
  // Saw `一是继续做好；二是同上。`
  expect(text.split("\n")[text.split("\n").indexOf("五、下一步工作打算") + 1]).toBe("　　继续做好。");
  const check = (await cli("check", await workbookFile(hallContent))).out;
  expect(check).toContain("提示 组织保障!B5 [text.placeholder] 名称或内容“同上”不是具体内容：总结不写这一格，请写明实际内容。");
  expect(check).toContain("提示 问题整改!I4 [text.placeholder] 备注“同上”不是具体内容：总结不写这一格，请写明实际内容。");
  expect(check).toContain("提示 文字材料!B4 [text.placeholder] 内容“同上”不是具体内容：总结不写这一格，请写明实际内容。");
});

it("D21: an activity left out of the list is not claimed by a colon; 其他, 见备注 and 详见工作群 are 提示", async () => {
  const text = await summaryTextOf(hallContent);
  // Saw `共开展3场活动，参与32人：10月1日开展“国庆”活动；11月9日开展消防演练，参与20人。`
  // A 消防演练 is told with publicity (review run 27, 材料1 item 8); the placeholder row is counted in the opening's total
  // only, the sentence tells what it says (new-user test 51, D7; test 53-ae item 5).
  expect(lineWith(text, "消防演练")).toBe("　　11月9日开展消防演练，参与20人。此外，10月1日开展国庆节主题活动。");
  const check = (await cli("check", await workbookFile(hallContent))).out;
  expect(check).toContain("提示 活动台账!B3 [text.placeholder] 活动名称“其他”不是具体名称，活动类型又是“其他”：总结只把它计入活动总数，不单独写这一场；请填写活动的实际名称。");
  expect(check).toContain("提示 活动台账!H3 [text.placeholder] 简要内容“见备注”不是具体内容：总结不写这一格，请写明实际内容。");
  expect(check).toContain("提示 活动台账!I3 [text.placeholder] 备注“详见工作群”不是具体内容：总结不写这一格，请写明实际内容。");
});

it("D26: a 其他指标 named `其他` is never a sentence, in the opening or anywhere; check says so at 指标名称", async () => {
  const content: Parameters<typeof workbookFile>[0] = {
    profile: village,
    ledgers: {
      问题整改: [{ 问题类别: "占道经营", 发现数: 26, 已整改数: 20, 单位: "处" }],
      其他指标: [
        { 板块: "其他", 指标名称: "劝导简办婚丧事宜", 数值: 15, 单位: "起" },
        { 板块: "其他", 指标名称: "其他", 数值: 3, 单位: "个" },
      ],
    },
  };
  const text = await summaryTextOf(content);
  expect(text).not.toMatch(/其他3个|其他”?3/u);
  expect(lineWith(text, "现将有关情况总结如下")).toBe("　　2025年上半年，柳塘村村民委员会整改占道经营问题20处，劝导简办婚丧事宜15起。现将有关情况总结如下。");
  expect(lineWith(text, "婚丧")).toBe(lineWith(text, "现将有关情况总结如下"));
  expect(text).toContain("二、培育文明乡风，推进移风易俗\n　　劝导简办婚丧事宜15起。\n三、存在的不足");
  // Alone, the row named 其他 is still never a sentence (saw `上半年其他3个。` in the opening).
  const alone = await summaryTextOf({ profile: village, ledgers: {
    其他指标: [{ 板块: "其他", 指标名称: "其他", 数值: 3, 单位: "个" }],
    活动台账: [{ 日期: "2025-03-01", 活动名称: "村规民约宣讲", 活动类型: "宣传教育", 参与数量: 200, 单位: "人次" }],
  } });
  expect(alone).not.toMatch(/其他3|3个/u);
  const check = (await cli("check", await workbookFile(content))).out;
  expect(check).toContain("提示 其他指标!B4 [text.placeholder] 指标名称“其他”不是具体名称，总结不写这一行；请填写指标的实际名称。");
});

it("D18: a 问题整改 其他 row whose 备注 is `同上` is told as the rest (`另整治其他问题1起`), never `整改同上问题1起`", async () => {
  // As in e2-营业厅.xlsx: the problems beside a 宣传投放 and activities (a short text tells problems otherwise).
  const text = await summaryTextOf({ profile: hall, ledgers: {
    宣传投放: [{ 类型: "电子屏", 位置或内容: "营业厅LED屏播放公益广告", 数量: 2, 单位: "块", "投入金额（元）": 1500 }],
    问题整改: [
      { 问题类别: "其他", 发现数: 8, 已整改数: 8, 单位: "件", 备注: "客户投诉，已回访" },
      { 问题类别: "其他", 发现数: 3, 已整改数: 2, 单位: "处", 备注: "门口电动车乱停，跟城管说了" },
      { 问题类别: "其他", 发现数: 2, 已整改数: 0, 单位: "个", 备注: "无障碍通道坡道太陡，上报公司了还没批" },
      { 问题类别: "其他", 发现数: 1, 已整改数: 1, 单位: "起", 备注: "同上" },
    ],
    活动台账: [
      { 日期: "2025.7.20", 活动名称: "反诈宣传进营业厅", 活动类型: "宣传教育", 参与数量: 300, 单位: "人次" },
      { 日期: "2025.9.9", 活动名称: "敬老助老手机课堂", 活动类型: "关爱帮扶", 参与数量: 45, 单位: "人", 主办或协办单位: "社区" },
      { 日期: "2025.12.5", 活动名称: "学雷锋", 活动类型: "志愿服务", 参与数量: 10, 单位: "人", 简要内容: "同上" },
    ],
  } });
  // Saw `纠正门口电动车乱停2处，整改同上问题1起。` and `重点整治门口电动车乱停、同上等问题。`
  // Conduct counted in 处 is 整治-ed as a problem (run-29 review, 材料1 item 1), one verb for both.
  expect(lineWith(text, "其他问题1起")).toBe("　　整治门口电动车乱停2处、其他问题1起。");
  expect(lineWith(text, "现将有关情况总结如下")).toBe("　　2025年下半年，中国移动城关营业厅重点整治门口电动车乱停问题，办结客户投诉8件，投入宣传经费1500元。现将有关情况总结如下。");
  expect(text).not.toContain("同上");
});
