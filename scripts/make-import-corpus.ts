/**
 * Regenerates test/import-corpus/ (`npm run import-corpus`): ad-hoc workbooks in the layouts offices
 * really keep (issue #16), each with the standard rows it must become and where each source cell
 * must land (`<name>.expected.json`). The expected rows are written here by hand, beside the messy
 * values typed for them — never produced by the importer.
 * Layouts: activity list (merged title, spacer, 合计 row, 填表人 line); two-row merged header;
 * per-problem 问题清单; volunteer 花名册 with personal data; honours list; publicity list with
 * 数量（块）; several blocks on one sheet; a GBK CSV from a volunteer platform; and a second activity
 * list of the first one's layout with other figures (for the saved mapping).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { cellAddress, ledgersOf, standardV1, type CellValue } from "../src/core";

const OUT = join(__dirname, "..", "..", "..", "test", "import-corpus");

type Row = Record<string, string | number | { date: string }>;
interface SheetDef {
  readonly name: string;
  readonly rows: readonly (readonly (CellValue | Date)[])[];
  readonly merges?: readonly string[];
}
interface Case {
  readonly name: string;
  readonly ext: "xlsx" | "csv";
  readonly sheets: readonly SheetDef[];
  readonly options: { unitName: string; unitType: string; year: number; period: string };
  readonly ledgers: Record<string, Row[]>;
  /** Source cell (`Sheet!B4`) → standard cell (`活动台账!A3`). */
  readonly cells: Record<string, string>;
  /** Sentences the summary of the imported workbook must contain, exactly (its figures). */
  readonly figures: readonly string[];
  /** Name of the case whose saved mapping must import this one exactly. */
  readonly mappingFrom?: string;
}

const opts = { unitName: "幸福里社区居委会", unitType: "社区", year: 2023, period: "上半年" };
const d = (iso: string): { date: string } => ({ date: iso });
const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** The standard cell of a ledger header in the n-th (0-based) data row. */
function dest(sheet: string, header: string, n: number): string {
  const ledger = ledgersOf(standardV1).find((l) => l.sheet === sheet)!;
  const col = ledger.columns.findIndex((c) => c.header === header) + 1;
  if (col === 0) throw new Error(`${sheet} has no ${header}`);
  return `${sheet}!${cellAddress(3 + n, col)}`;
}

/** Cells of source rows `first..` mapped column letter → standard header, for rows 0.. of the ledger (offset `from`). */
function mapCells(srcSheet: string, firstRow: number, count: number, ledger: string, columns: Record<string, string>, from = 0): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < count; i++) for (const [letter, header] of Object.entries(columns)) out[`${srcSheet}!${letter}${firstRow + i}`] = dest(ledger, header, from + i);
  return out;
}

// ---- 1. activity list: merged title, spacer, 合计, 填表人 ----
const activityHeader = ["序号", "活动时间", "活动名称", "参加人数", "活动地点", "主办单位", "备注"];
const activity1: Case = {
  name: "ok.activity-list",
  ext: "xlsx",
  sheets: [{
    name: "活动开展",
    merges: ["A1:G1"],
    rows: [
      ["幸福里社区2023年上半年创文活动台账"],
      [],
      activityHeader,
      [1, "2023.3.5", "学雷锋志愿服务活动", "80人", "社区广场", "社区党委", null],
      [2, "3月12日", "环境卫生大扫除", "约50", "各小区", "社区居委会", "联合物业"],
      [3, utc("2023-04-20"), "道德讲堂第三期", "一百二十", "社区活动室", "社区居委会", null],
      [4, "2023/5/20", "关爱空巢老人走访", "１５", "辖区住户", "社区党委", null],
      [5, "6月22日", "端午节包粽子", 60, "社区活动室", "社区妇联", "邀请辖区商户"],
      ["合计", null, null, "325人", null, null, null],
      [],
      ["填表人：王某", null, null, "审核人：李某", null, "填表日期：2023年7月3日"],
    ],
  }],
  options: opts,
  ledgers: {
    活动台账: [
      { 日期: d("2023-03-05"), 活动名称: "学雷锋志愿服务活动", 活动类型: "志愿服务", 参与数量: 80, 单位: "人", 地点: "社区广场", 主办或协办单位: "社区党委" },
      { 日期: d("2023-03-12"), 活动名称: "环境卫生大扫除", 活动类型: "环境整治", 参与数量: 50, 单位: "人", 地点: "各小区", 主办或协办单位: "社区居委会", 备注: "联合物业；〔约数〕参与数量：约50" },
      { 日期: d("2023-04-20"), 活动名称: "道德讲堂第三期", 活动类型: "道德讲堂", 参与数量: 120, 单位: "人", 地点: "社区活动室", 主办或协办单位: "社区居委会" },
      { 日期: d("2023-05-20"), 活动名称: "关爱空巢老人走访", 活动类型: "关爱帮扶", 参与数量: 15, 单位: "人", 地点: "辖区住户", 主办或协办单位: "社区党委" },
      { 日期: d("2023-06-22"), 活动名称: "端午节包粽子", 活动类型: "我们的节日", 参与数量: 60, 单位: "人", 地点: "社区活动室", 主办或协办单位: "社区妇联", 备注: "邀请辖区商户" },
    ],
  },
  cells: {
    ...mapCells("活动开展", 4, 5, "活动台账", { B: "日期", C: "活动名称", D: "参与数量", E: "地点", F: "主办或协办单位" }),
    "活动开展!G5": dest("活动台账", "备注", 1),
    "活动开展!G8": dest("活动台账", "备注", 4),
  },
  figures: ["2023年上半年，幸福里社区居委会开展各类活动5场。", "开展1期道德讲堂。"],
};

// ---- 9. the same layout, other figures (imported with the mapping saved from case 1) ----
const activity2: Case = {
  ...activity1,
  name: "ok.activity-list-same-layout",
  mappingFrom: "ok.activity-list",
  sheets: [{
    name: "活动开展",
    merges: ["A1:G1"],
    rows: [
      ["幸福里社区2023年上半年创文活动台账"],
      [],
      activityHeader,
      [1, "2023.1.15", "迎新春写春联", "40人", "社区广场", "社区党委", null],
      [2, "2月5日", "元宵猜灯谜", "90余人", "社区活动室", "社区居委会", null],
      [3, "2023.3.28", "文明交通劝导", 24, "幸福路口", "社区党委", "每周一次"],
      ["合计", null, null, 154, null, null, null],
      [],
      ["填表人：王某", null, null, "审核人：李某"],
    ],
  }],
  ledgers: {
    活动台账: [
      { 日期: d("2023-01-15"), 活动名称: "迎新春写春联", 活动类型: "我们的节日", 参与数量: 40, 单位: "人", 地点: "社区广场", 主办或协办单位: "社区党委" },
      { 日期: d("2023-02-05"), 活动名称: "元宵猜灯谜", 活动类型: "我们的节日", 参与数量: 90, 单位: "人", 地点: "社区活动室", 主办或协办单位: "社区居委会", 备注: "〔约数〕参与数量：90余人" },
      { 日期: d("2023-03-28"), 活动名称: "文明交通劝导", 活动类型: "其他", 参与数量: 24, 单位: "人", 地点: "幸福路口", 主办或协办单位: "社区党委", 备注: "每周一次" },
    ],
  },
  cells: {
    ...mapCells("活动开展", 4, 3, "活动台账", { B: "日期", C: "活动名称", D: "参与数量", E: "地点", F: "主办或协办单位" }),
    "活动开展!G6": dest("活动台账", "备注", 2),
  },
  figures: ["3月28日联合社区党委在幸福路口开展“文明交通劝导”活动，参与24人。", "围绕春节和元宵节，先后开展2场“我们的节日”主题活动，参与130余人，其中春节和元宵节各1场。"],
};

// ---- 2. two-row header under merged group headers ----
const twoRow: Case = {
  name: "ok.two-row-header",
  ext: "xlsx",
  sheets: [{
    name: "Sheet1",
    merges: ["A1:G1", "A2:A3", "B2:B3", "C2:E2", "F2:G2"],
    rows: [
      ["2023年上半年幸福里社区文明实践活动统计表"],
      ["序号", "开展时间", "活动情况", null, null, "参与情况", null],
      [null, null, "活动名称", "活动类型", "活动地点", "参加人数", "参与对象"],
      [1, "2023.2.18", "理论宣讲进小区", "理论学习", "3号楼前", 45, "居民"],
      [2, "2023.4.1", "清明文明祭扫宣传", "宣传教育", "社区广场", "30人", "党员"],
      [3, "2023.5.4", "青年志愿者义诊", "志愿服务", "卫生服务站", "近200", "居民"],
    ],
  }],
  options: opts,
  ledgers: {
    活动台账: [
      { 日期: d("2023-02-18"), 活动名称: "理论宣讲进小区", 活动类型: "理论学习", 参与数量: 45, 单位: "人", 地点: "3号楼前" },
      { 日期: d("2023-04-01"), 活动名称: "清明文明祭扫宣传", 活动类型: "宣传教育", 参与数量: 30, 单位: "人", 地点: "社区广场" },
      { 日期: d("2023-05-04"), 活动名称: "青年志愿者义诊", 活动类型: "志愿服务", 参与数量: 200, 单位: "人", 地点: "卫生服务站", 备注: "〔约数〕参与数量：近200" },
    ],
  },
  cells: mapCells("Sheet1", 4, 3, "活动台账", { B: "日期", C: "活动名称", D: "活动类型", E: "地点", F: "参与数量" }),
  figures: ["2月18日在3号楼前开展“理论宣讲进小区”活动，参与45人。"],
};

// ---- 3. per-problem 问题清单 ----
const problems: Case = {
  name: "ok.problem-list",
  ext: "xlsx",
  sheets: [{
    name: "问题清单",
    merges: ["A1:G1"],
    rows: [
      ["幸福里社区创文实地测评问题整改清单"],
      ["序号", "问题地点", "问题描述", "责任单位", "整改时限", "整改情况", "发现时间"],
      [1, "幸福路12号", "沿街店铺店外经营", "城管中队", "2023.4.30", "已整改", "2023.4.10"],
      [2, "3栋楼道", "楼道堆放杂物", "物业公司", "5月10日", "整改中", "2023.4.12"],
      [3, "小区东门", "电线杆张贴小广告", "网格员", "2023.4.20", "已整改", "2023.4.12"],
      [4, "菜市场北侧", "流动摊贩占道", "城管中队", "2023.5.15", "已完成", "2023.4.15"],
      [5, "5号楼后", "绿化带卫生死角", "物业公司", "2023.4.25", "未整改", "2023.4.15"],
    ],
  }],
  options: opts,
  ledgers: {
    问题整改: [
      { 问题类别: "占道经营", 发现数: 1, 已整改数: 1, 单位: "处", 责任单位: "城管中队", 整改时限: d("2023-04-30"), 备注: "幸福路12号；沿街店铺店外经营；发现时间：2023.4.10" },
      { 问题类别: "占道堆放", 发现数: 1, 已整改数: 0, 单位: "处", 责任单位: "物业公司", 整改时限: d("2023-05-10"), 备注: "3栋楼道；楼道堆放杂物；发现时间：2023.4.12；整改情况：整改中" },
      { 问题类别: "乱张贴", 发现数: 1, 已整改数: 1, 单位: "处", 责任单位: "网格员", 整改时限: d("2023-04-20"), 备注: "小区东门；电线杆张贴小广告；发现时间：2023.4.12" },
      { 问题类别: "流动摊点", 发现数: 1, 已整改数: 1, 单位: "处", 责任单位: "城管中队", 整改时限: d("2023-05-15"), 备注: "菜市场北侧；流动摊贩占道；发现时间：2023.4.15" },
      { 问题类别: "卫生死角", 发现数: 1, 已整改数: 0, 单位: "处", 责任单位: "物业公司", 整改时限: d("2023-04-25"), 备注: "5号楼后；绿化带卫生死角；发现时间：2023.4.15；整改情况：未整改" },
    ],
  },
  cells: {
    ...mapCells("问题清单", 3, 5, "问题整改", { B: "备注", C: "备注", D: "责任单位", E: "整改时限", F: "已整改数", G: "备注" }),
  },
  figures: ["累计排查发现占道经营、流动摊点和乱张贴等问题5处，已整改3处，整改率为60%。"],
};

// ---- 4. volunteer 花名册 with personal data ----
const rosterRows: [string, string, number, string, string, string, number][] = [
  ["张某华", "男", 45, "110101197801011234", "13800001111", "党员先锋服务队", 12],
  ["李某梅", "女", 38, "110101198502021234", "13800002222", "巾帼志愿服务队", 20],
  ["王某军", "男", 52, "110101197103031234", "13800003333", "党员先锋服务队", 8.5],
  ["赵某", "女", 24, "110101199904041234", "13800004444", "青年志愿服务队", 6],
  ["刘某芳", "女", 41, "110101198205051234", "13800005555", "巾帼志愿服务队", 10],
  ["陈某", "男", 23, "110101200006061234", "13800006666", "青年志愿服务队", 4],
  ["杨某", "男", 60, "110101196307071234", "13800007777", "党员先锋服务队", 15],
];
const roster: Case = {
  name: "ok.volunteer-roster",
  ext: "xlsx",
  sheets: [{
    name: "志愿者花名册",
    merges: ["A1:H1"],
    rows: [
      ["幸福里社区注册志愿者花名册"],
      ["序号", "姓名", "性别", "年龄", "身份证号", "联系电话", "所属队伍", "服务时长（小时）"],
      ...rosterRows.map((r, i) => [i + 1, ...r]),
      [],
      ["填表人：王某", null, null, null, "联系电话：010-12345678"],
    ],
  }],
  options: opts,
  ledgers: {
    志愿服务: [
      { 队伍名称: "党员先锋服务队", 队伍类型: "党员志愿者", 注册人数: 3, "服务时长（小时）": 35.5 },
      { 队伍名称: "巾帼志愿服务队", 队伍类型: "巾帼志愿者", 注册人数: 2, "服务时长（小时）": 30 },
      { 队伍名称: "青年志愿服务队", 队伍类型: "青年志愿者", 注册人数: 2, "服务时长（小时）": 10 },
    ],
  },
  cells: Object.fromEntries(rosterRows.flatMap((r, i) => {
    const team = ["党员先锋服务队", "巾帼志愿服务队", "青年志愿服务队"].indexOf(r[5]);
    return [[`志愿者花名册!G${3 + i}`, dest("志愿服务", "队伍名称", team)], [`志愿者花名册!H${3 + i}`, dest("志愿服务", "服务时长（小时）", team)]];
  })),
  figures: ["2023年上半年，幸福里社区居委会扎实推进创建工作，现有注册志愿者7人。"],
};

// ---- 5. honours list ----
const honours: Case = {
  name: "ok.honours-list",
  ext: "xlsx",
  sheets: [{
    name: "先进典型",
    rows: [
      ["幸福里社区2023年上半年先进典型名单"],
      ["序号", "姓名", "荣誉称号", "授予单位", "表彰时间", "备注"],
      [1, "周某", "十佳孝老爱亲模范", "区文明办", "2023.1.20", "照顾瘫痪婆婆十年"],
      [2, "吴某、郑某", "社区好人", "幸福里社区", "2023年3月8日", null],
      [3, "孙某", "最美志愿者", "市文明办", "2023.5.5", null],
    ],
  }],
  options: opts,
  ledgers: {
    先进典型: [
      { 荣誉名称: "十佳孝老爱亲模范", 级别: "县/区", 类别: "孝老爱亲", 人数: 1, 姓名: "周某", 日期: d("2023-01-20"), 备注: "授予单位：区文明办；照顾瘫痪婆婆十年" },
      { 荣誉名称: "社区好人", 级别: "社区/村", 类别: "助人为乐", 人数: 2, 姓名: "吴某、郑某", 日期: d("2023-03-08"), 备注: "授予单位：幸福里社区" },
      { 荣誉名称: "最美志愿者", 级别: "市", 人数: 1, 姓名: "孙某", 日期: d("2023-05-05"), 备注: "授予单位：市文明办" },
    ],
  },
  cells: mapCells("先进典型", 3, 3, "先进典型", { B: "姓名", C: "荣誉名称", D: "级别", E: "日期" }),
  figures: ["评选表彰十佳孝老爱亲模范1人、社区好人2人和最美志愿者1人，共4人。"],
};

// ---- 6. publicity list with 数量（块） ----
const publicity: Case = {
  name: "ok.publicity-list",
  ext: "xlsx",
  sheets: [{
    name: "宣传阵地",
    merges: ["A1:F1"],
    rows: [
      ["幸福里社区公益广告及宣传阵地投放情况"],
      ["序号", "宣传类型", "投放位置", "数量（块）", "投入金额（元）", "投放时间"],
      [1, "公益广告", "幸福路沿线围挡", "120", "4万余元", "2023.3.1"],
      [2, "宣传栏", "各小区出入口", "１２", 6000, "2023.3.15"],
      [3, "电子屏", "社区服务中心", 2, null, "2023.4.2"],
      ["合计", null, null, 134, null, null],
    ],
  }],
  options: opts,
  ledgers: {
    宣传投放: [
      { 类型: "公益广告", 位置或内容: "幸福路沿线围挡", 数量: 120, 单位: "块", "投入金额（元）": 40000, 日期: d("2023-03-01"), 备注: "〔约数〕投入金额（元）：4万余元" },
      { 类型: "宣传栏", 位置或内容: "各小区出入口", 数量: 12, 单位: "块", "投入金额（元）": 6000, 日期: d("2023-03-15") },
      { 类型: "电子屏", 位置或内容: "社区服务中心", 数量: 2, 单位: "块", 日期: d("2023-04-02") },
    ],
  },
  cells: {
    ...mapCells("宣传阵地", 3, 2, "宣传投放", { B: "类型", C: "位置或内容", D: "数量", E: "投入金额（元）", F: "日期" }),
    ...mapCells("宣传阵地", 5, 1, "宣传投放", { B: "类型", C: "位置或内容", D: "数量", F: "日期" }, 2),
  },
  figures: ["投入宣传经费4.6万余元，设置公益广告120块、宣传栏12块和电子屏2块。"],
};

// ---- 7. several blocks on one sheet ----
const blocks: Case = {
  name: "ok.several-blocks",
  ext: "xlsx",
  sheets: [{
    name: "工作台账",
    merges: ["A1:E1"],
    rows: [
      ["幸福里社区2023年上半年创建全国文明城市工作台账"],
      [],
      ["一、活动开展情况"],
      ["活动日期", "活动名称", "活动类型", "参与人数", "活动地点"],
      ["2023.3.5", "学雷锋日志愿服务", "志愿服务", 60, "社区广场"],
      ["2023.4.4", "清明节缅怀先烈", "我们的节日", 35, "烈士陵园"],
      [],
      ["二、问题整改情况"],
      ["问题类别", "发现问题数", "已整改数", "责任单位"],
      ["乱张贴", 30, 28, "网格员"],
      ["占道经营", "12处", 12, "城管中队"],
      ["小计", 42, 40, null],
      [],
      ["三、宣传投放情况"],
      ["类型", "位置", "数量", "单位"],
      ["横幅", "主干道", 20, "条"],
      ["宣传单", "入户发放", "2000份", null],
      [],
      ["注：本表数据截至2023年6月30日。"],
    ],
  }],
  options: opts,
  ledgers: {
    活动台账: [
      { 日期: d("2023-03-05"), 活动名称: "学雷锋日志愿服务", 活动类型: "志愿服务", 参与数量: 60, 单位: "人", 地点: "社区广场" },
      { 日期: d("2023-04-04"), 活动名称: "清明节缅怀先烈", 活动类型: "我们的节日", 参与数量: 35, 单位: "人", 地点: "烈士陵园" },
    ],
    问题整改: [
      { 问题类别: "乱张贴", 发现数: 30, 已整改数: 28, 单位: "处", 责任单位: "网格员" },
      { 问题类别: "占道经营", 发现数: 12, 已整改数: 12, 单位: "处", 责任单位: "城管中队" },
    ],
    宣传投放: [
      { 类型: "横幅", 位置或内容: "主干道", 数量: 20, 单位: "条" },
      { 类型: "宣传单", 位置或内容: "入户发放", 数量: 2000, 单位: "份" },
    ],
  },
  cells: {
    ...mapCells("工作台账", 5, 2, "活动台账", { A: "日期", B: "活动名称", C: "活动类型", D: "参与数量", E: "地点" }),
    ...mapCells("工作台账", 10, 2, "问题整改", { A: "问题类别", B: "发现数", C: "已整改数", D: "责任单位" }),
    ...mapCells("工作台账", 16, 1, "宣传投放", { A: "类型", B: "位置或内容", C: "数量", D: "单位" }),
    ...mapCells("工作台账", 17, 1, "宣传投放", { A: "类型", B: "位置或内容", C: "数量" }, 1),
  },
  figures: ["累计排查发现乱张贴和占道经营问题42处，已整改40处，整改率为95.2%。", "2023年上半年，幸福里社区居委会整改各类问题40处。"],
};

// ---- 8. a GBK CSV exported from a volunteer platform ----
const csv: Case = {
  name: "ok.platform-export-gbk",
  ext: "csv",
  sheets: [{
    name: "ok.platform-export-gbk",
    rows: [
      ["活动名称", "活动时间", "活动地点", "参与人数", "服务时长", "发布组织"],
      ["垃圾分类宣传志愿服务", "2023-03-18 09:00", "幸福里社区", "25", "50", "幸福里社区志愿服务站"],
      ["重阳节敬老慰问", "2023-04-22 14:30", "社区养老驿站", "18", "36", "幸福里社区志愿服务站"],
      ["文明餐桌光盘行动", "2023-05-30 11:00", "社区食堂", "30", "30", "幸福里社区志愿服务站"],
    ],
  }],
  options: opts,
  ledgers: {
    活动台账: [
      { 日期: d("2023-03-18"), 活动名称: "垃圾分类宣传志愿服务", 活动类型: "宣传教育", 参与数量: 25, 单位: "人", 地点: "幸福里社区", 主办或协办单位: "幸福里社区志愿服务站" },
      { 日期: d("2023-04-22"), 活动名称: "重阳节敬老慰问", 活动类型: "我们的节日", 参与数量: 18, 单位: "人", 地点: "社区养老驿站", 主办或协办单位: "幸福里社区志愿服务站" },
      { 日期: d("2023-05-30"), 活动名称: "文明餐桌光盘行动", 活动类型: "其他", 参与数量: 30, 单位: "人", 地点: "社区食堂", 主办或协办单位: "幸福里社区志愿服务站" },
    ],
  },
  cells: mapCells("ok.platform-export-gbk", 2, 3, "活动台账", { A: "活动名称", B: "日期", C: "地点", D: "参与数量", F: "主办或协办单位" }),
  figures: ["3月18日联合幸福里社区志愿服务站在幸福里社区开展“垃圾分类宣传志愿服务”活动，参与25人。"],
};

/** Every case of the corpus, in file order. */
export const cases: readonly Case[] = [activity1, twoRow, problems, roster, honours, publicity, blocks, csv, activity2];

/** GBK bytes of a text, from the inverse of the platform's GBK decoder (no encoder dependency). */
function encodeGbk(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder("gbk");
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) {
    if (b === 0x7f) continue;
    const ch = dec.decode(new Uint8Array([a, b]));
    if (ch.length === 1 && ch !== "\ufffd" && !table.has(ch)) table.set(ch, [a, b]);
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

async function writeCase(c: Case): Promise<void> {
  if (c.ext === "csv") {
    const text = c.sheets[0].rows.map((r) => r.map((v) => String(v ?? "")).join(",")).join("\r\n") + "\r\n";
    writeFileSync(join(OUT, `${c.name}.csv`), encodeGbk(text));
  } else {
    const wb = new Workbook();
    for (const s of c.sheets) {
      const ws = wb.addWorksheet(s.name);
      s.rows.forEach((r, i) => r.forEach((v, j) => {
        if (v !== null && v !== undefined) ws.getCell(i + 1, j + 1).value = v as never;
      }));
      for (const m of s.merges ?? []) ws.mergeCells(m);
    }
    writeFileSync(join(OUT, `${c.name}.xlsx`), new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  }
  const { name, ext, options, ledgers, cells, figures, mappingFrom } = c;
  writeFileSync(join(OUT, `${c.name}.expected.json`), `${JSON.stringify({ name, file: `${name}.${ext}`, options, ledgers, cells, figures, ...(mappingFrom ? { mappingFrom } : {}) }, null, 2)}\n`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const c of cases) await writeCase(c);
  console.log(`已生成 ${cases.length} 个导入样例：${OUT}`);
}

if (require.main === module) void main();
