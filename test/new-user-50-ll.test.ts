/**
 * New-user test 50 (docs/new-user-test-pane-50.md), D5, D6, D13 and D16 (first part).
 * D5: a 问题整改 其他 备注 that reports speech about a spoken place (`村民说院子里鸡鸭乱跑`) was the problem's name
 * (`院子里鸡鸭乱跑56户`), with no warning; it is told as 其他问题, and check names the cell (rect.spoken-remark).
 * D6: a 备注 naming complaints and what they were about (`患者投诉 态度不好`, `纳税人投诉 等候时间长`) was written as
 * problems found by inspection (`排查发现患者投诉、态度不好等问题12件`), and the 其他指标 count of the same complaints was
 * said again (`处理患者投诉12件`).
 * D13: a library's 板块 其他 figures were split: 接待读者 tacked onto a 读书日 event under 宣传, the others only in the opening.
 * D16: `修订村规民约 18 个村` read `修订村规民约18个村`; the villages are the doers (`18个村修订村规民约`).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

const findingsOf = async (content: WorkbookContent, rule: string): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);

const town: WorkbookContent = {
  profile: { 单位名称: "城关镇人民政府", 单位简称: "城关镇", 单位类型: "乡镇", 报告年度: 2025, 报告期: "全年" },
  ledgers: {
    问题整改: [
      { 问题类别: "卫生死角", 发现数: 460, 已整改数: 452, 单位: "处", 责任单位: "各村" },
      { 问题类别: "违章搭建", 发现数: 38, 已整改数: 30, 单位: "处", 责任单位: "镇综合执法办" },
      { 问题类别: "占道堆放", 发现数: 120, 已整改数: 120, 单位: "处" },
      { 问题类别: "其他", 发现数: 56, 已整改数: 50, 单位: "户", 备注: "村民说院子里鸡鸭乱跑" },
    ],
    其他指标: [
      { 板块: "道德建设", 指标名称: "修订村规民约", 数值: "18", 单位: "个村" },
      { 板块: "道德建设", 指标名称: "劝导红白喜事简办", 数值: "86", 单位: "起", 频次: "约" },
    ],
  },
};

describe("D5: a spoken 备注 about a spoken place is never the problem's name", () => {
  // Run-27 review (材料6 item 1): the spoken 备注 is named in written words, 畜禽散养, never the label 其他问题.
  it("tells the row by its written name (畜禽散养), never 其他问题", async () => {
    const text = await summaryTextOf(town);
    expect(text).not.toMatch(/院子里|鸡鸭乱跑/u);
    expect(text).toContain("畜禽散养56户中尚有6户未整改到位");
    expect(text).toContain("辖区共排查出各类问题618处，已整改602处，其中清理卫生死角452处，整治占道堆放120处，拆除违章搭建30处；另有畜禽散养56户，已整改50户。");
  });
  it("check names the cell", async () => {
    expect(await findingsOf(town, "rect.spoken-remark")).toEqual(["问题整改!I6 “备注”中“村民说院子里鸡鸭乱跑”是口语，总结按书面语写作“畜禽散养问题”；如不确切，请在备注中写明问题名称。"]);
  });
});

describe("D16: a count of villages goes before the work they did", () => {
  it("writes 18个村修订村规民约", async () => {
    const text = await summaryTextOf(town);
    expect(text).toContain("　　18个村修订村规民约，劝导群众简办红白喜事约86起。\n");
    expect(text).not.toContain("修订村规民约18个村");
  });
});

const hospital: WorkbookContent = {
  profile: { 单位名称: "县人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
  ledgers: {
    问题整改: [
      { 问题类别: "其他", 发现数: 12, 已整改数: 10, 单位: "件", 责任单位: "门诊部", 备注: "患者投诉 态度不好 已经谈话了" },
      { 问题类别: "卫生死角", 发现数: 15, 已整改数: 15, 单位: "处", 责任单位: "后勤" },
    ],
    其他指标: [
      { 板块: "其他", 指标名称: "处理患者投诉", 数值: "12", 单位: "件", 备注: "办结率100%" },
      { 板块: "其他", 指标名称: "患者满意度", 数值: "96.5", 单位: "%" },
    ],
  },
};

const taxHall: WorkbookContent = {
  profile: { 单位名称: "县税务局办税服务厅", 单位简称: "办税服务厅", 单位类型: "机关部门", 报告年度: 2025, 报告期: "下半年" },
  ledgers: {
    问题整改: [{ 问题类别: "其他", 发现数: 9, 已整改数: 9, 单位: "件", 备注: "纳税人投诉 等候时间长" }],
    活动台账: [{ 日期: "2025年9月1日", 活动名称: "诚信纳税宣传进企业", 活动类型: "宣传教育", 参与数量: 80, 单位: "人" }],
    其他指标: [
      { 板块: "其他", 指标名称: "办理涉税业务", 数值: "3.6万", 单位: "笔" },
      { 板块: "其他", 指标名称: "纳税人满意率", 数值: "99.2", 单位: "%" },
      { 板块: "其他", 指标名称: "处理投诉", 数值: "9", 单位: "件" },
    ],
  },
};

describe("D6: complaints and what they were about are complaints, said once", () => {
  it("hospital", async () => {
    const text = await summaryTextOf(hospital);
    expect(text).not.toMatch(/排查发现患者投诉|态度不好等问题/u);
    expect(text).toContain("　　发现卫生死角问题15处，均已整改到位；受理患者反映服务态度问题等投诉12件，已办结10件。\n");
    expect(text).not.toContain("处理患者投诉");
    expect(text).toContain("患者反映服务态度问题等投诉12件中尚有2件未办结");
  });
  it("tax hall", async () => {
    const text = await summaryTextOf(taxHall);
    expect(text).not.toMatch(/纳税人投诉、等候时间长|开展专项整治/u);
    expect(text.split("现将有关情况总结如下。")[1].match(/9件/gu)?.length).toBe(1);
    expect(text).toContain("一、优化窗口服务，提升群众满意度\n　　受理纳税人反映等候时间长等投诉9件，均已办结。\n");
  });
});

const library: WorkbookContent = {
  profile: { 单位名称: "县图书馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第二季度" },
  ledgers: {
    组织保障: [{ 事项类型: "工作会议", 名称或内容: "馆务会研究创文", 数量: 3, 单位: "次" }],
    活动台账: [
      { 日期: "2025年4月23日", 活动名称: "世界读书日 全民阅读启动仪式", 活动类型: "宣传教育", 参与数量: "三百余", 单位: "人次" },
      { 日期: "2025.6.1", 活动名称: "六一少儿阅读活动", 活动类型: "文体活动", 参与数量: "约150", 单位: "人" },
    ],
    其他指标: [
      { 板块: "其他", 指标名称: "接待读者", 数值: "5.2万", 单位: "人次" },
      { 板块: "其他", 指标名称: "借阅图书", 数值: "约18000", 单位: "册" },
      { 板块: "其他", 指标名称: "办理借书证", 数值: "1,260", 单位: "张" },
      { 板块: "其他", 指标名称: "劝导不文明行为", 数值: "60余", 单位: "人次" },
    ],
  },
};

describe("D13: a library's 板块 其他 figures are told together in the body", () => {
  it("keeps them in one place, never after the 读书日 event", async () => {
    const text = await summaryTextOf(library);
    expect(text).toContain("四、统筹推进其他创建工作\n　　接待读者5.2万人次，借阅图书约1.8万册，办理借书证1260张。劝导不文明行为60余人次。");
    expect(text).not.toMatch(/人次。本季度接待读者/u);
  });
});
