/**
 * Run-27 review (docs/reviews/run-27-f5d7a19-tester50-reviewer-AQ.md) of new-user test 50's six workbooks:
 * 材料6 item 1 and 材料1 item 5 (the ledger label 其他 printed as the problem), 材料1 item 8, 材料3 items 1/9, 材料4 item 6
 * (things told under the wrong section), 材料1 item 3, 材料5 item 1, 材料3 items 4/7 (headings and subheads), 材料4 item 1
 * (a 导语 whose only figure is a small spend).
 */
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { analyzeWorkbook, standardV1 } from "../src/core";
import { Enums } from "../src/core/catalog";
import { profileFor, repeatedHeadingWords, withFoundHow, withOwnPremises, withPublicCulture, withServiceWindow, type Profile } from "../src/core/narrative/profiles";
import { summaryTextOf } from "./support/summaries";

async function findingsOf(content: WorkbookContent, rule: string): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);
}

const estate = { 单位名称: "阳光小区物业服务中心", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "月度", 起始日期: "2025-06-01", 截止日期: "2025-06-30" };
const town = { 单位名称: "城关镇人民政府", 单位类型: "乡镇（街道）", 报告年度: 2025, 报告期: "年度" };

describe("材料1 item 5, 材料6 item 1: a 其他 row is named from its 备注 in written words", () => {
  it("`楼下有人乱扔垃圾 网格员说的` → 乱扔垃圾问题", async () => {
    const text = await summaryTextOf({
      profile: estate,
      ledgers: {
        问题整改: [
          { 问题类别: "其他", 发现数: 7, 已整改数: 7, 单位: "处", 备注: "楼下有人乱扔垃圾 网格员说的" },
          { 问题类别: "乱张贴", 发现数: 20, 已整改数: 20, 单位: "处" },
        ],
      },
    });
    expect(text).toContain("乱扔垃圾问题7处");
    expect(text).not.toContain("其他问题");
  });

  it("`村民说院子里鸡鸭乱跑` → 畜禽散养问题, in the section and in 不足", async () => {
    const text = await summaryTextOf({
      profile: town,
      ledgers: {
        问题整改: [
          { 问题类别: "卫生死角", 发现数: 460, 已整改数: 452, 单位: "处" },
          { 问题类别: "其他", 发现数: 56, 已整改数: 50, 单位: "户", 备注: "村民说院子里鸡鸭乱跑" },
        ],
      },
    });
    expect(text).toContain("畜禽散养56户，已整改50户");
    expect(text).toContain("畜禽散养56户中尚有6户未整改到位");
    expect(text).not.toContain("其他问题");
  });

  it("other spoken names of common problems: `有人家里养鸡鸭`, `那边老是有人乱倒垃圾`", async () => {
    const text = await summaryTextOf({
      profile: town,
      ledgers: {
        问题整改: [
          { 问题类别: "卫生死角", 发现数: 40, 已整改数: 40, 单位: "处" },
          { 问题类别: "其他", 发现数: 9, 已整改数: 9, 单位: "处", 备注: "那边老是有人乱倒垃圾" },
        ],
      },
    });
    expect(text).toContain("乱倒垃圾问题9处");
    expect(text).not.toContain("其他问题");
  });

  it("check says which written name the summary gave the spoken 备注", async () => {
    const found = await findingsOf({ profile: town, ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 56, 已整改数: 50, 单位: "户", 备注: "村民说院子里鸡鸭乱跑" }] } }, "rect.spoken-remark");
    expect(found).toEqual(["问题整改!I3 “备注”中“村民说院子里鸡鸭乱跑”是口语，总结按书面语写作“畜禽散养问题”；如不确切，请在备注中写明问题名称。"]);
  });
});

/** The body section (heading and its text) that holds `words`, or "" when none. */
function sectionWith(text: string, words: string): string {
  const parts = text.split(/\n(?=[一二三四五六七八九十]+、)/u);
  return parts.find((p, i) => i > 0 && p.includes(words))?.split("\n")[0] ?? "";
}

describe("材料1 item 8, 材料3 items 1/9, 材料4 item 6: things told under the section they belong to", () => {
  it("a 消防演练 typed 其他 is 宣传教育, never 志愿服务", async () => {
    const text = await summaryTextOf({
      profile: estate,
      ledgers: {
        宣传投放: [{ 类型: "横幅", "位置或内容": "小区大门 禁止电动车进楼", 数量: 6, 单位: "条", 方式: "新设", "投入金额（元）": 480 }],
        志愿服务: [{ 队伍名称: "阳光小区业主志愿队", 队伍类型: "综合志愿者", 注册人数: 48, 服务次数: 10, "服务时长（小时）": 80 }],
        活动台账: [
          { 日期: "2025-06-05", 活动名称: "世界环境日垃圾分类宣传", 活动类型: "宣传教育", 参与数量: 80, 单位: "人次" },
          { 日期: "2025-06-20", 活动名称: "消防演练", 活动类型: "其他", 参与数量: "约100", 单位: "人" },
        ],
      },
    });
    expect(sectionWith(text, "消防演练")).toBe("一、加强宣传引导，营造创建氛围");
  });

  it("a hospital's staff training (`投诉处理培训`) is told with 提升职工素质, never `三是职工提升` under 组织领导", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
      ledgers: {
        组织保障: [{ 事项类型: "工作会议", 名称或内容: "创文推进会", 数量: 6, 单位: "次" }],
        先进典型: [{ 荣誉名称: "院级优秀志愿者", 级别: "本单位", 人数: 5 }],
        活动台账: [{ 日期: "2025-04-18", 活动名称: "投诉处理培训", 活动类型: "会议培训", 参与数量: 60, 单位: "人" }],
      },
    });
    expect(sectionWith(text, "投诉处理培训")).toBe("二、加强职业道德建设，提升职工素质");
    expect(text).not.toContain("职工提升");
  });

  it("a hospital's 患者满意度 closes its window-service section, never 关爱服务", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
      ledgers: {
        问题整改: [
          { 问题类别: "其他", 发现数: 12, 已整改数: 10, 单位: "件", 备注: "患者投诉 态度不好" },
          { 问题类别: "卫生死角", 发现数: 15, 已整改数: 15, 单位: "处" },
        ],
        活动台账: [{ 日期: "2025-06-20", 活动名称: "下乡义诊", 活动类型: "关爱帮扶", 参与数量: 120, 单位: "人次", 地点: "城关镇柳塘村" }],
        其他指标: [{ 板块: "其他", 指标名称: "患者满意度", 数值: 96.5, 单位: "%" }],
        文字材料: [{ 类型: "导语", 内容: "今年上半年我院在县卫健委的指导下，以“文明就医”为抓手。" }],
      },
    });
    expect(sectionWith(text, "患者满意度")).toMatch(/^一、优化窗口服务/u);
    expect(text).toContain("已办结10件。此外，患者满意度达96.5%。");
  });
});

describe("材料1 item 3, 材料5 item 1, 材料3 items 4/7: headings and subheads", () => {
  const names = ["某单位", "县人民医院", "县图书馆", "县博物馆", "人民公园管理处", "阳光小区物业服务中心", "县供电公司", "城东农贸市场", "县第一中学", "县实验幼儿园", "青石镇", "县妇联", "县总工会", "新时代文明实践所", "城关镇柳塘村", "某商场", "县税务局办税服务厅"];
  const cases = [...Enums.unitType, "群团组织"].flatMap((t) => names.map((n): [string, string] => [t, n]));

  it("no heading of any profile, or of its variants, says a two-character word in both halves", () => {
    const variants = (p: Profile, name: string): Profile[] => [
      p,
      withServiceWindow(p, name, ["窗口服务态度"]),
      withServiceWindow(p, name, ["窗口服务态度", "噪音扰民"]),
      withOwnPremises(p, name, ["院内吸烟"]),
      withFoundHow(p, name, ["院内吸烟"]),
      withPublicCulture(p, [{ text: "送文化下乡" }], []),
      withPublicCulture(p, [{ text: "送文化下乡" }, { text: "职工运动会" }], []),
    ];
    const repeats = cases.flatMap(([t, n]) => variants(profileFor(t, n), n).flatMap((p) => Object.values(p.headings).filter((h) => repeatedHeadingWords(h).length).map((h) => `${t} ${n}: ${h}`)));
    expect([...new Set(repeats)]).toEqual([]);
  });

  it("an estate's short 设施建设 joins 小区管理 as `完善配套设施`, never `完善小区设施`", async () => {
    const text = await summaryTextOf({
      profile: estate,
      ledgers: {
        问题整改: [{ 问题类别: "乱张贴", 发现数: 20, 已整改数: 20, 单位: "处" }],
        其他指标: [{ 板块: "设施建设", 指标名称: "新增电动车充电桩", 数值: 20, 单位: "个" }],
        宣传投放: [{ 类型: "横幅", "位置或内容": "禁止电动车进楼", 数量: 6, 单位: "条", 方式: "新设" }],
      },
    });
    expect(text).toContain("一、加强小区管理，完善配套设施\n");
  });

  it("a hospital's publicity heading speaks of 文明就医; its volunteer team is 队伍建设, its day activities 主题志愿服务", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
      ledgers: {
        宣传投放: [{ 类型: "展板", "位置或内容": "文明就医、健康知识", 数量: 30, 单位: "块", 方式: "新设" }],
        志愿服务: [{ 队伍名称: "“白衣天使”志愿导医队", 队伍类型: "专业志愿者", 注册人数: 35, 服务次数: 100, "服务时长（小时）": 1200 }],
        活动台账: [
          { 日期: "2025-03-08", 活动名称: "三八节义诊", 活动类型: "志愿服务", 参与数量: 120, 单位: "人次" },
          { 日期: "2025-03-05", 活动名称: "学雷锋志愿导医", 活动类型: "志愿服务", 参与数量: 20, 单位: "人" },
        ],
      },
    });
    expect(text).toContain("、加强宣传引导，倡导文明就医\n");
    expect(text).toMatch(/一是队伍建设。/u);
    expect(text).toMatch(/二是主题志愿服务。/u);
    expect(text).not.toMatch(/职工队伍|常态服务/u);
  });
});

describe("材料4 item 1: a 导语 whose only figure is a small spend", () => {
  it("leads with the library's main work (`接待读者5.2万人次`), never `在……指导下，投入宣传经费800元`", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县图书馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第二季度", 上级指导单位: "县文旅广体局" },
      ledgers: {
        宣传投放: [{ 类型: "宣传栏", "位置或内容": "文明阅读公约", 数量: 4, 单位: "块", 方式: "更换", "投入金额（元）": 800 }],
        活动台账: [{ 日期: "2025-04-23", 活动名称: "世界读书日 全民阅读启动仪式", 活动类型: "宣传教育", 参与数量: "三百余", 单位: "人次" }],
        其他指标: [
          { 板块: "其他", 指标名称: "接待读者", 数值: "5.2万", 单位: "人次" },
          { 板块: "其他", 指标名称: "借阅图书", 数值: "约18000", 单位: "册" },
          { 板块: "其他", 指标名称: "办理借书证", 数值: "1,260", 单位: "张" },
        ],
      },
    });
    expect(text.split("\n")[2]).toBe("\u3000\u30002025年第二季度，县图书馆在县文旅广体局的指导下，接待读者5.2万人次。现将有关情况总结如下。");
  });
});
