/** @jest-environment node */
/**
 * New-user test 48 (docs/new-user-test-pane-48.md), D4, D16 and D17.
 * D4: a vertical 工作情况统计表 (序号 | 项目 | 数量 | 单位 | 备注) was imported as 宣传投放 rows: `整改问题 | 一百二十 | 处`
 *   and `走访困难家庭 | 约50 | 户` became 宣传投放 其他 (户 → 个), the summary said `整改问题120处，走访困难家庭约50个` under 宣传.
 * D16: `新换了8块` in a 宣传栏 备注 was not read into 方式 更换.
 * D17: a roll-up unit whose ledgers are nearly empty (only one 领导小组 row) passed silently.
 */
import { rollupSnapshots, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { importLedgers } from "../src/core/import";
import type { Ledgers } from "./support/rollup";
import type { CellValue, SheetGrid } from "../src/core/grid/types";

const stats: SheetGrid = {
  name: "上半年工作情况", originRow: 1, originCol: 1, tables: [], merges: ["A1:E1", "A3:A4", "B3:D3", "E3:E4"],
  values: [
    ["城东社区2025年上半年创建文明城市工作情况统计表"],
    ["填报单位：城东社区居委会        填报日期：2025年7月2日"],
    ["序号", "工作情况", null, null, "备注"],
    [null, "项目", "数量", "单位", null],
    [1, "宣传栏", "１２", "块", "新换了8块，老宣传栏刷新"],
    [1.1, "展板", "6", "块", "全部换新"],
    [2, "公益广告", "六十余", "块", null],
    [3, "注册志愿者", "356人", "人", null],
    [4, "整改问题", "一百二十", "处", "主要是楼道堆物"],
    [5, "发放宣传资料", "3,000", "份", null],
    [6, "走访困难家庭", "约50", "户", null],
    ["合计", null, null, null, null],
  ] as readonly (readonly CellValue[])[],
};
const opts = { unitName: "城东社区居委会", unitType: "社区", year: 2025, period: "上半年" } as const;

describe("D4 and D16: each row of a 工作情况统计表 goes where its 项目 says", () => {
  const { result } = importLedgers([{ label: "城东社区工作情况.xlsx", snapshot: { sheets: [stats] } }], opts);

  it("keeps only publicity in 宣传投放, 更换 read from `换新`, not from `新换了8块` of 12", () => {
    expect(result.content.ledgers["宣传投放"]).toEqual([
      // 8 of 12 were replaced: 方式 is left for the office, never 更换宣传栏12块.
      { 类型: "宣传栏", 数量: 12, 单位: "块", 备注: "新换了8块，老宣传栏刷新" },
      { 类型: "展板", 数量: 6, 单位: "块", 方式: "更换", 备注: "全部换新" },
      { 类型: "公益广告", 数量: 60, 单位: "块", 备注: "〔约数〕数量：六十余" },
      { 类型: "宣传资料", 数量: 3000, 单位: "份", 方式: "发放", 备注: "工作情况/项目：发放宣传资料" },
    ]);
  });

  it("puts a problem count and a household count in 其他指标 with the word typed, never 个", () => {
    const figures = result.content.ledgers["其他指标"];
    expect(figures).toEqual([
      { 板块: "志愿服务", 指标名称: "注册志愿者", 数值: 356, 单位: "人" },
      { 板块: "环境整治", 指标名称: "整改问题", 数值: 120, 单位: "处", 备注: "主要是楼道堆物" },
      { 板块: "关爱帮扶", 指标名称: "走访困难家庭", 数值: 50, 单位: "户", 表述: "约" },
    ]);
    expect(result.content.ledgers["问题整改"] ?? []).toEqual([]);
    const moved = result.findings.filter((f) => f.rule === "import.not-publicity").map((f) => f.message);
    expect(moved).toEqual([
      "上半年工作情况!C8：“注册志愿者 356人”以“人”计，不是宣传品，已导入其他指标（注册志愿者356人），未计入宣传投放，请核对。",
      "上半年工作情况!D9：“整改问题 120处”是问题数，不是宣传品，已导入其他指标（板块 环境整治，整改问题120处），未计入宣传投放；如需计入问题整改，请在问题整改表中按问题类别填写发现数和已整改数。",
      "上半年工作情况!D11：“走访困难家庭 约50户”以“户”计，不是宣传品，已导入其他指标（走访困难家庭约50户），未计入宣传投放，请核对。",
    ]);
    expect(result.cells.find((c) => c.cell === "上半年工作情况!D11")).toEqual({ cell: "上半年工作情况!D11", status: "imported", destination: "其他指标!D5" });
    expect(JSON.stringify(result.findings)).not.toContain("其他通常以“个”计");
  });
});

it("D16: a 备注 with a name and a phone says both (`王大姐带着志愿者打扫楼道，联系电话138…`)", () => {
  const acts: SheetGrid = {
    name: "活动", originRow: 1, originCol: 1, tables: [], merges: [],
    values: [
      ["序号", "活动时间", "活动名称", "参加人数", "备注"],
      [1, "2025.3.5", "学雷锋志愿服务进小区", "80人", "王大姐带着志愿者打扫楼道，联系电话13800001111"],
      [2, "2025年4月4日", "清明节文明祭扫宣传", "三十余人", "联系电话13800002222"],
    ] as readonly (readonly CellValue[])[],
  };
  const { result } = importLedgers([{ label: "a.xlsx", snapshot: { sheets: [acts] } }], opts);
  expect(result.findings.filter((f) => f.rule === "import.personal").map((f) => f.message)).toEqual([
    "活动!E2：含电话号码或身份证号，导入时已去掉号码，其余内容导入备注（原文件未改动）；其中含姓名或称呼，姓名总结不会写出，如不需要保留，请在标准台账中删去。",
    "活动!E3：是联系人及其电话号码或身份证号，未导入（原文件未改动）。",
  ]);
});

describe("D17: a unit whose ledgers are nearly empty is rolled up with a 提示", () => {
  const unit = async (name: string, ledgers: Ledgers) => ({
    name: `${name}.xlsx`,
    snapshot: await readWorkbook(await writeWorkbook(standardV1, { profile: { 单位名称: name, 单位类型: "乡镇", 报告年度: 2025, 报告期: "上半年" }, ledgers })),
  });
  const leader = { 日期: "2025-02-10", 事项类型: "领导小组", 名称或内容: "成立创建工作领导小组" };

  it("names what 柳塘乡 filled (one ledger, or ≤ 2 rows), none for a unit that filled more", async () => {
    const units = [
      await unit("城关镇", {
        组织保障: [leader, { 日期: "2025-03-01", 事项类型: "工作会议", 名称或内容: "创文推进会" }],
        活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 80, 单位: "人" }],
      }),
      await unit("柳塘乡", { 组织保障: [leader] }),
      await unit("石门乡", {
        组织保障: [leader],
        活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 30, 单位: "人" }],
      }),
    ];
    const result = rollupSnapshots(units, { unitName: "某县文明办", unitType: "机关部门" });
    expect(result.units.map((u) => [u.unitName, u.status])).toEqual([["城关镇", "included"], ["柳塘乡", "included"], ["石门乡", "included"]]);
    expect(result.findings.filter((f) => f.rule === "rollup.thin").map((f) => [f.severity, f.unit, f.message])).toEqual([
      ["warning", "柳塘乡.xlsx", "柳塘乡（柳塘乡.xlsx）的台账只填了组织保障1行，其余台账均为空；已汇总，请核实该单位是否漏报。"],
      ["warning", "石门乡.xlsx", "石门乡（石门乡.xlsx）的台账只填了组织保障1行、活动台账1行，其余台账均为空；已汇总，请核实该单位是否漏报。"],
    ]);
  });
});
