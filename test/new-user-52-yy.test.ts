/**
 * New-user test 52 (docs/new-user-test-pane-52.md), D1, D2, D3, D4, D5 and D14: staff's free text (备注, 名称或内容,
 * 文字材料) and personal data in it.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

const findingsOf = async (content: WorkbookContent, rule: string): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);

const community = { 单位名称: "东风社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "下半年" };
const centre = { 单位名称: "县政务服务中心", 单位类型: "机关", 报告年度: 2025, 报告期: "上半年" };
const school = { 单位名称: "县第二中学", 单位类型: "学校", 报告年度: 2025, 报告期: "下半年" };

const d1: WorkbookContent = {
  profile: community,
  ledgers: {
    问题整改: [
      { 问题类别: "其他", 发现数: 126, 已整改数: 118, 单位: "处", 备注: "楼道堆物；主要在幸福苑3栋、5栋，有的老人不肯搬，说是放了十几年了" },
      { 问题类别: "占道经营", 发现数: 30, 已整改数: 30, 单位: "处" },
      { 问题类别: "其他", 发现数: 9, 已整改数: 9, 单位: "处", 备注: "飞线充电，个别住户不配合" },
    ],
  },
};

it("D1: a clause saying who resists (`有的老人不肯搬`) is never a problem name; check says it is left out", async () => {
  const text = await summaryTextOf(d1);
  expect(text).not.toMatch(/不肯搬|不配合|十几年|幸福苑/u);
  expect(text).toContain("累计排查发现各类问题165处，已整改157处，整改率为95.2%。其中清理楼道堆物118处，规范占道经营30处，整治飞线充电9处。");
  expect(text).toContain("楼道堆物126处中尚有8处未整改到位，需持续跟进。");
  expect(await findingsOf(d1, "rect.spoken-remark")).toEqual([
    "问题整改!I3 “备注”中“有的老人不肯搬”是口语，总结只写问题名称“楼道堆物”，不写这一句；如问题名称不全，请在备注中用书面语写明问题名称（如“楼道堆物”“线路私拉乱接”）。",
    "问题整改!I5 “备注”中“个别住户不配合”是口语，总结只写问题名称“飞线充电”，不写这一句；如问题名称不全，请在备注中用书面语写明问题名称（如“楼道堆物”“线路私拉乱接”）。",
  ]);
});

const d2: WorkbookContent = {
  profile: community,
  ledgers: {
    组织保障: [
      { 事项类型: "任务分解", 名称或内容: "楼栋长包楼到户，幸福苑小区3栋、5栋由老周负责", 数量: 42, 单位: "人" },
    ],
    志愿服务: [{ 队伍名称: "家长志愿服务队", 队伍类型: "其他", 注册人数: 20, 备注: "初二(3)班王妈妈组织的" }],
  },
};

it("D2, D14: `老周` and `王妈妈` are persons: flagged and left out, the figure not glued to `负责`", async () => {
  const text = await summaryTextOf(d2);
  expect(text).not.toMatch(/老周|王妈妈|负责42人/u);
  expect(text).toContain("　　落实楼栋长42人包楼到户。");
  expect(await findingsOf(d2, "value.personal")).toEqual([
    "组织保障!B3 “名称或内容”中有个人姓名或称呼“老周”，总结不会写出这一部分；这一列请只写工作内容。",
    "志愿服务!G3 “备注”中有个人姓名或称呼“王妈妈”，总结不会写出这一部分；台账报送时请注意保护个人信息，如无必要请删去。",
  ]);
  const boss: WorkbookContent = { profile: community, ledgers: { 问题整改: [{ 问题类别: "占道经营", 发现数: 3, 已整改数: 3, 单位: "处", 备注: "老板姓黄，说下次不敢了" }] } };
  expect(await findingsOf(boss, "value.personal")).toEqual(["问题整改!I3 “备注”中有个人姓名或称呼“老板姓黄”，总结不会写出这一部分；台账报送时请注意保护个人信息，如无必要请删去。"]);
});

const d3: WorkbookContent = {
  profile: centre,
  ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 5, 已整改数: 4, 单位: "处", 备注: "暗访发现窗口人员脱岗玩手机" }] },
};

it("D3: `玩手机` is no phone number; the row is told by its 备注", async () => {
  expect(await findingsOf(d3, "value.personal")).toEqual([]);
  const text = await summaryTextOf(d3);
  expect(text).not.toContain("其他问题");
  expect(text).toContain("暗访发现窗口人员脱岗玩手机问题5处，已整改4处，整改率为80%。");
});

const d14: WorkbookContent = {
  profile: centre,
  ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立创建文明单位工作领导小组，主任任组长", 数量: 1, 单位: "个", 日期: "2025-01-06" }] },
};

it("D14: `主任任组长` is an office and its duty, no name", async () => {
  expect(await findingsOf(d14, "value.personal")).toEqual([]);
  expect(await summaryTextOf(d14)).toContain("以主任为组长的创建文明单位工作领导小组");
});

const d4: WorkbookContent = {
  profile: centre,
  ledgers: { 文字材料: [{ 类型: "工作亮点", 内容: "我们推行了“帮办代办”，老百姓不用跑腿了，效果挺好的" }] },
};

it("D4: `我们推行了…` is told without 我们 and 了; `老百姓不用跑腿了` as 群众办事少跑腿 (new-user test 53-ac)", async () => {
  const text = await summaryTextOf(d4);
  expect(text).not.toMatch(/我们|推行了|挺好/u);
  expect(text).toContain("一、创新工作方法，打造创建亮点\n　　推行“帮办代办”，群众办事少跑腿。\n");
  expect(await findingsOf(d4, "text.spoken")).toEqual(["文字材料!B3 内容中“效果挺好的”是口语说法，总结不写这部分，这一句只写“推行“帮办代办”，群众办事少跑腿”；请改写成书面表述。"]);
});

const d5: WorkbookContent = {
  profile: school,
  ledgers: {
    活动台账: [{ 日期: "2025-09-30", 活动名称: "烈士纪念日祭扫", 活动类型: "理论学习", 简要内容: "初一新生去烈士陵园献花，听老红军讲故事，孩子们很受教育", 参与数量: 200, 单位: "人" }],
    文字材料: [{ 类型: "存在不足", 内容: "家长参与不均衡，有的家长从来不来" }],
  },
};

it("D5: feelings (`孩子们很受教育`) and `有的家长从来不来` are left out", async () => {
  const text = await summaryTextOf(d5);
  expect(text).not.toMatch(/很受教育|从来不来/u);
  expect(text).toContain("9月30日开展“烈士纪念日祭扫”理论学习活动，初一新生去烈士陵园献花，听老红军讲故事，参与200人。");
  expect(text).toContain("二、存在的不足\n　　家长参与不均衡。\n");
  expect(await findingsOf(d5, "text.spoken")).toEqual(["文字材料!B3 内容中“有的家长从来不来”是口语说法，总结不写这部分，这一句只写“家长参与不均衡”；请改写成书面表述。"]);
});
