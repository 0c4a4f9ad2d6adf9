/**
 * New-user test 53 (docs/new-user-test-pane-53.md), D2 and D3, and new-user test 52 (docs/new-user-test-pane-52.md), D4
 * and D19: the 文字材料 sheet's free text (工作亮点, 下一步打算, 导语 beside 工作思路) typed in spoken words.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { writtenRemark } from "../src/core/facts/remark";
import { summaryTextOf } from "./support/summaries";

const findingsOf = async (content: WorkbookContent, rule: string): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);

const street = { 单位名称: "西湖街道办事处", 单位类型: "街道", 上级指导单位: "区文明办", 报告年度: 2025, 报告期: "上半年" };
const hospital = { 单位名称: "县中医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第三季度", 成文日期: "2025-10-09" };
const centre = { 单位名称: "县政务服务中心", 单位类型: "机关", 报告年度: 2025, 报告期: "上半年" };

const d2: WorkbookContent = {
  profile: street,
  ledgers: {
    问题整改: [{ 问题类别: "占道经营", 发现数: 20, 已整改数: 20, 单位: "处" }],
    文字材料: [{ 类型: "工作亮点", 内容: "金桥社区搞的“小巷管家”，每条小巷都有人管，效果很好，区里还来开过现场会" }],
  },
};

it("53 D2: a 工作亮点 left with one bare spoken line is not printed; check says why", async () => {
  const text = await summaryTextOf(d2);
  expect(text).not.toMatch(/小巷管家|有人管|创新工作方法/u);
  expect(await findingsOf(d2, "text.spoken")).toEqual([
    "文字材料!B3 内容中“金桥社区搞的“小巷管家”，每条小巷都有人管，效果很好，区里还来开过现场会”是口语说法，去掉口语部分后只剩“金桥社区推行“小巷管家””一句，不足以写成工作亮点，总结不写这一条；请改写成书面表述，写明做法和成效。",
  ]);
  // 搞的/搞了 + “名称” is written 推行 (开展 before 活动, 行动 …); a point that says more keeps it.
  expect(writtenRemark("金桥社区搞的“小巷管家”，组建巷长队伍12支", "工作亮点")).toBe("金桥社区推行“小巷管家”，组建巷长队伍12支");
  expect(writtenRemark("搞了“邻里节”活动", "工作亮点")).toBe("开展“邻里节”活动");
  const longer: WorkbookContent = { profile: street, ledgers: { 文字材料: [{ 类型: "工作亮点", 内容: "金桥社区搞的“小巷管家”，组建巷长队伍12支，实现背街小巷常态长效管理" }] } };
  expect(await summaryTextOf(longer)).toContain("打造创建亮点\n　　金桥社区推行“小巷管家”，组建巷长队伍12支，实现背街小巷常态长效管理。\n");
});

const d3: WorkbookContent = {
  profile: hospital,
  ledgers: {
    文字材料: [
      { 类型: "下一步打算", 内容: "继续抓文明就医，把投诉降下来" },
      { 类型: "下一步打算", 内容: "把投诉量降下来" },
    ],
  },
};

it("53 D3: 抓X is written 抓好X; 把投诉降下来 is left out with a 提示; 把投诉量降下来 is written 降低投诉量", async () => {
  const text = await summaryTextOf(d3);
  expect(text).toContain("下一步工作打算\n　　一是继续抓好文明就医工作；二是降低投诉量。\n");
  expect(await findingsOf(d3, "text.spoken")).toEqual([
    "文字材料!B3 内容中“把投诉降下来”是口语说法，总结不写这部分，这一句只写“继续抓好文明就医工作”；请改写成书面表述。",
  ]);
});

const d3b: WorkbookContent = {
  profile: street,
  ledgers: {
    文字材料: [
      { 类型: "下一步打算", 内容: "继续抓好背街小巷整治，争取下半年全部达标" },
      { 类型: "下一步打算", 内容: "文明养犬要和派出所联合执法，6月底前完成犬证集中办理" },
    ],
  },
};

it("53 D3: 要和X联合执法 is written 联合X开展…执法; a deadline already past is left out with a 提示", async () => {
  const text = await summaryTextOf(d3b);
  expect(text).toContain("一是继续抓好背街小巷整治，争取下半年全部达标；二是联合派出所开展文明养犬执法，完成犬证集中办理。");
  expect(text).not.toContain("6月底前");
  expect(await findingsOf(d3b, "text.spoken")).toEqual([]);
  expect(await findingsOf(d3b, "text.plan-past-deadline")).toEqual([
    "文字材料!B4 下一步打算中的期限“6月底前”不晚于本期截止日期（2025年6月30日），已经过去，总结不写这个期限；请改为下一期的期限，或把已完成的工作写进工作亮点。",
  ]);
  // A deadline after the period stays.
  const later: WorkbookContent = { profile: street, ledgers: { 文字材料: [{ 类型: "下一步打算", 内容: "9月底前完成犬证集中办理" }] } };
  expect(await summaryTextOf(later)).toContain("9月底前完成犬证集中办理。");
  expect(await findingsOf(later, "text.plan-past-deadline")).toEqual([]);
});

const d4: WorkbookContent = {
  profile: centre,
  ledgers: { 文字材料: [{ 类型: "工作亮点", 内容: "我们推行了“帮办代办”，老百姓不用跑腿了，效果挺好的" }] },
};

it("52 D4: `老百姓不用跑腿了` is written 群众办事少跑腿, so the point is more than a bare line", async () => {
  const text = await summaryTextOf(d4);
  expect(text).toContain("一、创新工作方法，打造创建亮点\n　　推行“帮办代办”，群众办事少跑腿。\n");
  expect(await findingsOf(d4, "text.spoken")).toEqual(["文字材料!B3 内容中“效果挺好的”是口语说法，总结不写这部分，这一句只写“推行“帮办代办”，群众办事少跑腿”；请改写成书面表述。"]);
  const bare: WorkbookContent = { profile: centre, ledgers: { 文字材料: [{ 类型: "工作亮点", 内容: "我们推行了“帮办代办”，效果挺好的" }] } };
  expect(await summaryTextOf(bare)).not.toContain("帮办代办");
  expect(await findingsOf(bare, "text.spoken")).toEqual([
    "文字材料!B3 内容中“我们推行了“帮办代办”，效果挺好的”是口语说法，去掉口语部分后只剩“推行“帮办代办””一句，不足以写成工作亮点，总结不写这一条；请改写成书面表述，写明做法和成效。",
  ]);
});

it("52 D19: text.approach-unused only when the 导语 is printed", async () => {
  const approach = { ...street, 工作思路: "以“党建引领、网格治理”为抓手" };
  const spoken: WorkbookContent = { profile: approach, ledgers: { 文字材料: [{ 类型: "导语", 内容: "今年上半年呢，我们街道创文工作搞得还可以" }] } };
  expect(await findingsOf(spoken, "text.approach-unused")).toEqual([]);
  expect(await summaryTextOf(spoken)).toContain("以“党建引领、网格治理”为抓手");
  const written: WorkbookContent = { profile: approach, ledgers: { 文字材料: [{ 类型: "导语", 内容: "上半年，街道坚持党建引领，扎实推进文明城市创建工作。" }] } };
  expect(await findingsOf(written, "text.approach-unused")).toHaveLength(1);
});
