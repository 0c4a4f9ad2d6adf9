/**
 * New-user test 65 (report: docs/new-user-test-pane-65.md; the tester's scripts in docs/new-user-test-65-files), defects
 * D7 (a 公益广告 broadcast on television told `设置公益广告1200条`), D8 (存在的不足 saying a user's own 不足 again with its
 * open count), D13 (`我院继续发挥医院……` and `医院于1月15日成立……` beside a 导语's 我院), D10 (the .docx sign-off's unit and
 * date on two pages), D15 (`value.implausible` for 1200000次 of 播放量), D17 (`A 序号 → 备注（无对应的标准列）` of a column
 * not imported).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { writeDocx } from "../src/adapters/docx/write-docx";
import { gbLayout } from "../src/core/document/model";
import { importLedgers, importReport, type ImportSource } from "../src/core/import";
import { summaryTextOf } from "./support/summaries";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require("jszip");

const media = { 单位名称: "澄江县融媒体中心", 单位类型: "机关部门", 上级指导单位: "县委宣传部", 报告年度: 2025, 报告期: "第二季度" };
const hospital = { 单位名称: "澄江县中医院", 单位类型: "企事业单位", 上级指导单位: "县卫生健康局", 报告年度: 2025 };
const intro = { 类型: "导语", 内容: "上半年，我院坚持以人民健康为中心，把创建文明城市与改善医疗服务行动结合起来，扎实推进各项创建任务。" };

describe("D7: a 公益广告 broadcast on a medium is played there, never 设置", () => {
  it("`澄江电视台黄金时段播放创文公益广告` 1200条 is told in its own words", async () => {
    const text = await summaryTextOf({
      profile: media,
      ledgers: {
        宣传投放: [
          { 类型: "公益广告", 位置或内容: "澄江电视台黄金时段播放创文公益广告", 数量: 1200, 单位: "条", "投入金额（元）": 6000 },
          { 类型: "电子屏", 位置或内容: "抚仙湖广场户外大屏", 数量: 3, 单位: "块" },
        ],
      },
    });
    expect(text).toContain("在澄江电视台黄金时段播放创文公益广告1200条");
    expect(text).not.toContain("设置公益广告1200条");
  });
});

describe("D15: a count of views is no unit's work count", () => {
  it("1200000次 of 抖音短视频播放量 draws no value.implausible; 1200000次 of 开展巡查 still does", async () => {
    const figures: Record<string, string | number>[] = [
      { 板块: "宣传教育", 指标名称: "抖音短视频播放量", 数值: 1200000, 单位: "次", 表述: "约" },
      { 板块: "宣传教育", 指标名称: "新媒体阅读量", 数值: 3260000, 单位: "次" },
      { 板块: "宣传教育", 指标名称: "开展文明劝导", 数值: 1200000, 单位: "次" },
    ];
    const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, { profile: media, ledgers: { 其他指标: figures } })), standardV1);
    expect(analysis.findings.filter((f) => f.rule === "value.implausible").map((f) => f.cell)).toEqual(["C5"]);
  });
});

describe("D13: the unit says itself one way", () => {
  it("a group named `医院创建文明城市工作领导小组` set up this period: `我院于1月15日成立……`", async () => {
    const text = await summaryTextOf({
      profile: { ...hospital, 报告期: "上半年" },
      ledgers: {
        组织保障: [{ 事项类型: "领导小组", 名称或内容: "医院创建文明城市工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-15", 备注: "院长任组长，党办牵头" }],
        文字材料: [intro],
      },
    });
    expect(text).toContain("我院于1月15日成立创建文明城市工作领导小组。");
    expect(text).not.toContain("医院于");
  });

  it("one set up before the period goes on: `我院继续发挥创建文明城市工作领导小组统筹作用`, never `我院继续发挥医院……`", async () => {
    const text = await summaryTextOf({
      profile: { ...hospital, 报告期: "下半年" },
      ledgers: {
        组织保障: [{ 事项类型: "领导小组", 名称或内容: "医院创建文明城市工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-15" }],
        文字材料: [{ ...intro, 内容: "下半年，我院持续深化创建工作。" }],
      },
    });
    expect(text).toContain("我院继续发挥创建文明城市工作领导小组统筹作用。");
    expect(text).not.toContain("发挥医院");
  });
});

describe("D8: an open problem the user's own 存在不足 names is told once, with its open count", () => {
  it("H1: 停车场 and 就诊秩序 each join the user's point", async () => {
    const text = await summaryTextOf({
      profile: { ...hospital, 报告期: "上半年" },
      ledgers: {
        问题整改: [
          { 问题类别: "其他", 发现数: 12, 已整改数: 7, 单位: "处", 责任单位: "后勤保障科", 备注: "停车场车辆乱停乱放、占用消防通道" },
          { 问题类别: "其他", 发现数: 8, 已整改数: 6, 单位: "件", 责任单位: "门诊部", 备注: "就诊秩序混乱、插队" },
          { 问题类别: "卫生死角", 发现数: 15, 已整改数: 15, 单位: "处" },
        ],
        文字材料: [
          intro,
          { 类型: "存在不足", 内容: "停车场车位紧张，高峰期车辆乱停乱放现象仍然存在。" },
          { 类型: "存在不足", 内容: "门诊高峰时段就诊秩序有待进一步规范。" },
        ],
      },
    });
    expect(text).toContain("一是停车场车位紧张，高峰期车辆乱停乱放现象仍然存在，12处中尚有5处未整改到位；二是门诊高峰时段就诊秩序有待进一步规范，8件中尚有2件未整改到位。");
    expect(text).not.toContain("三是");
  });

  it("H2: `车辆乱停现象时有发生` names `停车场车辆乱停乱放`", async () => {
    const text = await summaryTextOf({
      profile: { ...hospital, 报告期: "下半年" },
      ledgers: {
        问题整改: [
          { 问题类别: "其他", 发现数: 9, 已整改数: 8, 单位: "处", 备注: "停车场车辆乱停乱放" },
          { 问题类别: "卫生死角", 发现数: 10, 已整改数: 10, 单位: "处" },
        ],
        文字材料: [{ 类型: "存在不足", 内容: "停车场车位仍然不足，节假日前后车辆乱停现象时有发生。" }],
      },
    });
    expect(text).toContain("停车场车位仍然不足，节假日前后车辆乱停现象时有发生，9处中尚有1处未整改到位。");
    expect(text).not.toContain("问题9处中尚有1处");
  });
});

describe("D10: the sign-off's unit keeps with its date", () => {
  it("the unit line has keepNext and both lines keepLines", async () => {
    const bytes = await writeDocx({
      title: "澄江县融媒体中心2025年第二季度创建文明城市工作总结",
      blocks: [{ kind: "paragraph", runs: [{ text: "原创精品少，群众参与互动仍显不足。" }] }],
      signOff: { unit: "澄江县融媒体中心", date: "2026年12月7日" },
      layout: gbLayout,
    });
    const xml: string = await (await JSZip.loadAsync(bytes)).file("word/document.xml").async("string");
    const para = (text: string): string => xml.split("</w:p>").find((p) => p.includes(text) && p.includes("SignOff")) ?? "";
    expect(para("澄江县融媒体中心</w:t>")).toMatch(/<w:keepNext\/>/u);
    expect(para("澄江县融媒体中心</w:t>")).toMatch(/<w:keepLines\/>/u);
    expect(para("2026年12月7日")).toMatch(/<w:keepLines\/>/u);
    expect(para("2026年12月7日")).not.toMatch(/<w:keepNext\/>/u);
  });
});

describe("D17: a 序号 column not imported says 不导入", () => {
  it("a second table's imported column A says nothing of the first's 序号", () => {
    const source: ImportSource = {
      label: "客运站自制表.xlsx",
      snapshot: {
        sheets: [
          {
            name: "创文工作统计",
            originRow: 1,
            originCol: 1,
            tables: [],
            values: [
              ["序号", "日期", "活动内容", "类别", "参加人数", "备注"],
              [1, "2025-03-05", "学雷锋志愿服务", "志愿服务", 20, ""],
              [2, "2025-04-04", "清明文明祭扫宣传", "宣传教育", 15, ""],
              [3, "2025-05-20", "候车厅环境整治", "环境整治", 30, ""],
              [],
              [],
              ["问题整改情况"],
              ["问题", "发现数", "已整改", "单位"],
              ["站前广场出租车乱停乱放", 6, 5, "处"],
              ["候车厅吸烟", 4, 4, "处"],
            ],
          },
        ],
      },
    };
    const outcome = importLedgers([source], { unitName: "澄江县汽车客运站", unitType: "企事业单位", year: 2025, period: "上半年" });
    const lines = importReport(outcome);
    expect(lines).toContain("    A 序号 → 不导入");
    expect(lines.some((l) => l.includes("A 问题 → 问题类别"))).toBe(true);
  });
});
