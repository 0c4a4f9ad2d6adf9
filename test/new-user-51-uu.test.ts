/**
 * New-user test 51 (docs/new-user-test-pane-51.md), D3 (the same fact told two or three times), D12 (an honour won by
 * the units typed in 姓名 told as the reporting unit's) and the rest of D8 (an activity of a kind that fits nowhere
 * appended with 此外 to an unrelated section).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { summaryTextOf } from "./support/summaries";

const count = (text: string, s: string): number => text.split(s).length - 1;
// The body: the text after the opening paragraph (which may headline a figure once).
const body = (text: string): string => text.split("\n").slice(3).join("\n");

const power: Parameters<typeof summaryTextOf>[0] = {
  profile: { 单位名称: "县供电公司客户服务中心", 单位简称: "客服中心", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "上半年", 起始日期: "2025-01-01", 截止日期: "2025-06-30" },
  ledgers: {
    组织保障: [{ 事项类型: "工作会议", 名称或内容: "创文推进会", 数量: 6, 单位: "次" }],
    宣传投放: [
      { 类型: "展板", 位置或内容: "营业厅安全用电宣传展板", 数量: 12, 单位: "块", 方式: "新设", 日期: "2025-03-08" },
      { 类型: "宣传单", 位置或内容: "安全用电明白纸", 数量: "两千", 单位: "份", 方式: "发放", 日期: "2025-04-01" },
    ],
    先进典型: [
      { 荣誉名称: "文明窗口", 级别: "市", 类别: "敬业奉献", 人数: 1, 姓名: "城关营业厅", 日期: "2025-05-20", 备注: "集体荣誉" },
      { 荣誉名称: "优秀服务之星", 级别: "本单位", 类别: "敬业奉献", 人数: 3, 姓名: "刘芳、陈静、赵敏", 日期: "2025-06-28", 备注: "" },
    ],
    问题整改: [{ 问题类别: "其他", 发现数: 12, 已整改数: 12, 单位: "件", 备注: "投诉 主要是电费和停电的 都回访了" }],
    活动台账: [
      { 日期: "2025-03-15", 活动名称: "3·15优质服务承诺宣传", 活动类型: "宣传教育", 参与数量: "百余", 单位: "人次", 地点: "营业厅" },
      { 日期: "2025-04-01", 活动名称: "安全用电宣传进农村", 活动类型: "宣传教育", 参与数量: "约200", 单位: "人", 地点: "南湖村", 简要内容: "发放明白纸两千份" },
    ],
    其他指标: [
      { 板块: "其他", 指标名称: "受理客户投诉", 数值: "１２", 单位: "件", 备注: "95598转来的" },
      { 板块: "宣传教育", 指标名称: "发放安全用电宣传资料", 数值: 2000, 单位: "份" },
    ],
    文字材料: [{ 类型: "工作亮点", 内容: "城关营业厅获评市级文明窗口" }],
  },
};

describe("D3: one fact told once", () => {
  let text = "";
  beforeAll(async () => {
    text = await summaryTextOf(power);
  });

  it("complaints of the 问题整改 row and the 其他指标 row of the same count are one statement", () => {
    expect(count(body(text), "投诉12件")).toBe(1);
    expect(body(text)).toContain("受理投诉12件，均已办结。");
  });

  it("the 明白纸 of 宣传投放 is told by that row; 其他指标 宣传资料 2000份 is not told again", () => {
    expect(text).not.toContain("发放安全用电宣传资料2000份");
    expect(count(text, "明白纸2000份")).toBeLessThanOrEqual(2);
    expect(text).toContain("发放安全用电明白纸2000份");
  });

  it("the 文明窗口 is 城关营业厅's, told once in the body, by the 工作亮点 that says so", () => {
    expect(text).not.toContain("客服中心获评市级“文明窗口”");
    expect(text).not.toContain("获评市级“文明窗口”");
    expect(body(text)).toContain("城关营业厅获评市级文明窗口。");
    expect(count(body(text), "文明窗口")).toBe(1);
  });
});

it("D3: 组织保障 职工书屋建设 8个 and 其他指标 新建职工书屋 8家 are one statement", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "县总工会", 单位类型: "群团组织", 报告年度: 2025, 报告期: "第三季度", 起始日期: "2025-07-01", 截止日期: "2025-09-30" },
    ledgers: {
      组织保障: [{ 事项类型: "工作会议", 名称或内容: "第三季度创文工作会", 数量: 1, 单位: "次", 日期: "2025-07-05" }, { 事项类型: "其他", 名称或内容: "职工书屋建设", 数量: "８", 单位: "个" }],
      活动台账: [{ 日期: "2025-08-08", 活动名称: "劳模事迹报告会", 活动类型: "宣传教育", 参与数量: "三十余", 单位: "人", 地点: "县工人文化宫" }],
      其他指标: [{ 板块: "其他", 指标名称: "新建职工书屋", 数值: 8, 单位: "家" }],
    },
  });
  expect(body(text)).toContain("二是夯实基础。建设职工书屋8个。");
  expect(count(body(text), "职工书屋8")).toBe(1);
});

it("D12: a collective honour whose 姓名 names markets is told as theirs", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "县市场监督管理局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年", 起始日期: "2025-01-01", 截止日期: "2025-12-31" },
    ledgers: {
      先进典型: [{ 荣誉名称: "星级文明市场", 级别: "市", 类别: "诚实守信", 人数: 2, 姓名: "城东农贸市场、南门菜市场" }, { 荣誉名称: "诚信经营示范户", 级别: "县/区", 类别: "诚实守信", 人数: 10 }],
      活动台账: [{ 日期: "2025-03-15", 活动名称: "消费者权益日宣传", 活动类型: "宣传教育", 参与数量: 300, 单位: "人次" }],
    },
  });
  expect(text).toContain("城东农贸市场、南门菜市场获评市级“星级文明市场”");
  expect(text).not.toContain("获评市级“星级文明市场”2个");
});

describe("D8 (rest): a 劝导 activity typed 其他 is never appended with 此外 to an unrelated section", () => {
  const profile = { 单位名称: "县交通运输局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "第三季度", 起始日期: "2025-07-01", 截止日期: "2025-09-30" };
  const care = { 日期: "2025-09-03", 活动名称: "敬老院慰问", 活动类型: "关爱帮扶", 参与数量: 15, 单位: "人", 地点: "县敬老院" };
  const persuasion = { 日期: "2025-07-08", 活动名称: "文明交通劝导", 活动类型: "其他", 参与数量: 20, 单位: "人", 地点: "人民路口" };

  it("without a volunteer or publicity section it keeps a section of its own", async () => {
    const text = await summaryTextOf({ profile, ledgers: { 活动台账: [care, persuasion] } });
    expect(text).not.toContain("此外，7月8日");
    expect(text).toContain("9月3日在县敬老院开展“敬老院慰问”活动，参与15人。\n");
  });

  it("with a volunteer section it closes that section", async () => {
    const text = await summaryTextOf({
      profile,
      ledgers: {
        活动台账: [care, { 日期: "2025-08-05", 活动名称: "志愿服务进车站", 活动类型: "志愿服务", 参与数量: 12, 单位: "人", 地点: "汽车站" }, persuasion],
        志愿服务: [{ 队伍名称: "交通志愿服务队", 队伍类型: "党员志愿者", 注册人数: 30, 主要服务内容: "文明交通劝导", 服务次数: 10 }],
      },
    });
    expect(text).not.toMatch(/慰问”活动，参与15人。此外/u);
    expect(text).toMatch(/。此外，7月8日在人民路口开展“文明交通劝导”活动，参与20人。/u);
    expect(text).toContain("二是服务群众。8月5日在汽车站开展“志愿服务进车站”活动，参与12人。此外，7月8日在人民路口开展“文明交通劝导”活动，参与20人。\n");
  });
});

it("D3: check says which 其他指标 row the summary leaves to another sheet's row (figure.restates-row)", async () => {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, power)), standardV1);
  expect(analysis.findings.filter((f) => f.rule === "figure.restates-row").map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual([
    "其他指标!C3 “受理客户投诉”12件与问题整改第3行记的是同一件事，总结只按问题整改第3行写一次；如确是两件事，请在本行备注中写明区别。",
    "其他指标!C4 “发放安全用电宣传资料”2000份与宣传投放第4行记的是同一件事，总结只按宣传投放第4行写一次；如确是两件事，请在本行备注中写明区别。",
  ]);
});
