/**
 * New-user test 29 (docs/new-user-test-pane-29.md), defects D23 and D24: a 上期遗留 total beyond what 上期指标 left open, and a
 * roll-up of roll-ups.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";

/** A workbook as 开始下一期 leaves it: 上期指标 (发现158/已整改151 → 7 open) and `problems` in 问题整改. */
function nextPeriodWorkbook(problems: Record<string, string | number>[], previous: (string | number)[][] = [["发现问题数", 158, "处"], ["已整改数", 151, "处"]]): Promise<string> {
  return workbookFile({
    profile: { 单位名称: "锦绣苑社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "下半年" },
    ledgers: { 问题整改: problems },
    extraSheets: [{
      name: "上期指标", title: "上期指标（2025年上半年）",
      columns: [{ header: "项目" }, { header: "内容" }, { header: "" }, { header: "" }],
      rows: [["单位名称", "锦绣苑社区居委会", null, null], ["报告年度", 2025, null, null], ["报告期", "上半年", null, null], [null, null, null, null], ["指标", "数值", "单位", "约数"], ...previous.map((r) => [r[0], r[1], r[2], null])],
    }],
  }, "a-H2-b.xlsx");
}

const carried = [
  { 问题类别: "乱张贴", 发现数: 2, 已整改数: 2, 单位: "处", 来源: "上期遗留" },
  { 问题类别: "违章搭建", 发现数: 3, 已整改数: 1, 单位: "处", 来源: "上期遗留" },
];

it("D23: 上期遗留 rows finding 85处 where 上期指标 left 7 open get a 提示 at the first one's 发现数, naming rows and figures", async () => {
  const file = await nextPeriodWorkbook([...carried, { 问题类别: "乱张贴", 发现数: 80, 已整改数: 80, 单位: "处", 来源: "上期遗留" }, { 问题类别: "卫生死角", 发现数: 40, 已整改数: 36, 单位: "处" }]);
  const out = (await cli("check", file)).out;
  expect(out.split("\n").filter((l) => l.includes("rect.carried-over-previous"))).toEqual([
    "提示 问题整改!B3 [rect.carried-over-previous] 来源为“上期遗留”的问题（第3、4、5行）发现数合计85处，多于上期未整改的7处（上期指标：上期发现问题158处、已整改151处）；总结会写“上期遗留问题85处”，与上期总结不符。请核对这些行的“来源”：本期新发现的问题，来源应为“本期发现”或留空。",
  ]);
});

it("D23: 上期遗留 rows within what was open (5 of 7), or with the previous period's own 上期遗留 counted, get no such 提示", async () => {
  const within = await nextPeriodWorkbook([...carried, { 问题类别: "卫生死角", 发现数: 40, 已整改数: 36, 单位: "处" }]);
  expect((await cli("check", within)).out).not.toContain("rect.carried-over-previous");
  // 158 − 158 this period, but 5 of the period before still open: 5 may be carried.
  const older = await nextPeriodWorkbook(carried, [["发现问题数", 158, "处"], ["已整改数", 158, "处"], ["上期遗留问题数", 6, "处"], ["上期遗留问题已整改数", 1, "处"]]);
  expect((await cli("check", older)).out).not.toContain("rect.carried-over-previous");
  // Counted in 起 where the previous period counted in 处: no bound to compare with.
  const other = await nextPeriodWorkbook([{ 问题类别: "乱张贴", 发现数: 80, 已整改数: 80, 单位: "起", 来源: "上期遗留" }]);
  expect((await cli("check", other)).out).not.toContain("rect.carried-over-previous");
});

it("D24: a roll-up of two street roll-ups is refused, each named with its units and the advice to roll those up, never `2个街道均成立了…`", async () => {
  const { mkdtempSync, existsSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { writeWorkbook } = await import("../src/adapters/xlsx/write-workbook");
  const { standardV1 } = await import("../src/core");
  const dir = mkdtempSync(join(tmpdir(), "cl-nu29-k-"));
  const org = { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立创建文明城市工作领导小组", 数量: 1, 单位: "个", 日期: { date: "2025-03-01" } }] };
  const street = async (name: string, communities: string[]): Promise<string> => {
    const files = await Promise.all(communities.map(async (c) => {
      const file = join(dir, `${c}.xlsx`);
      writeFileSync(file, await writeWorkbook(standardV1, { profile: { 单位名称: c, 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" }, ledgers: org }));
      return file;
    }));
    const out = join(dir, `${name}-汇总.xlsx`);
    expect((await cli("rollup", ...files, "-o", out, "--unit", name, "--type", "街道")).code).toBe(0);
    return out;
  };
  const south = await street("城南街道办事处", ["东风社区", "南山社区", "西湖社区"]);
  const north = await street("城北街道办事处", ["北关社区", "北苑社区", "北塔社区", "北湖社区"]);
  const district = join(dir, "district.xlsx");
  const r = await cli("rollup", south, north, "-o", district, "--unit", "青山区文明办", "--type", "机关部门");
  expect(r.code).toBe(2);
  expect(r.err.split("\n").filter((l) => l.includes("汇总台账（"))).toEqual([
    "城南街道办事处（城南街道办事处-汇总.xlsx）是汇总台账（由东风社区、南山社区、西湖社区3个单位的台账汇总而成），未汇总：再汇总会把这些单位的工作当作城南街道办事处一个单位的工作来写。请直接汇总各单位自己的台账。",
    "城北街道办事处（城北街道办事处-汇总.xlsx）是汇总台账（由北关社区、北湖社区、北塔社区等4个单位的台账汇总而成），未汇总：再汇总会把这些单位的工作当作城北街道办事处一个单位的工作来写。请直接汇总各单位自己的台账。",
  ]);
  expect(existsSync(district)).toBe(false);
  // Forced, a roll-up is still left out; beside a community's own ledger, only the ledger is rolled up.
  const mixed = join(dir, "mixed.xlsx");
  const m = await cli("rollup", south, join(dir, "北关社区.xlsx"), "-o", mixed, "--unit", "青山区文明办", "--type", "机关部门", "--force");
  expect(m.code).toBe(1);
  expect(m.out).toContain("汇总1个单位");
  expect(m.out).toContain("未汇总1个：\n  城南街道办事处（城南街道办事处-汇总.xlsx）是汇总台账（由东风社区、南山社区、西湖社区3个单位的台账汇总而成），未汇总");
});

it("D24: the core's roll-up builder (as the pane and the 网页版 use it) gives the unit status `rollup` and the finding", async () => {
  const { writeWorkbook } = await import("../src/adapters/xlsx/write-workbook");
  const { readWorkbook } = await import("../src/adapters/xlsx/read-workbook");
  const { rollupCatalog, standardV1, startRollup } = await import("../src/core");
  const unit = (name: string) => writeWorkbook(standardV1, { profile: { 单位名称: name, 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" }, ledgers: { 活动台账: [{ 日期: { date: "2025-03-05" }, 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务" }] } });
  const first = startRollup({ unitName: "城南街道办事处", unitType: "街道" });
  first.add("a.xlsx", await readWorkbook(Buffer.from(await unit("东风社区"))));
  first.add("b.xlsx", await readWorkbook(Buffer.from(await unit("南山社区"))));
  const street = first.finish();
  const bytes = await writeWorkbook(rollupCatalog(), { ...street.content, extraSheets: [street.summary] });
  const second = startRollup({ unitName: "青山区文明办", unitType: "机关部门", force: true });
  second.add("street.xlsx", await readWorkbook(Buffer.from(bytes)));
  const result = second.finish();
  expect(result.units.map((u) => [u.label, u.status, u.reason])).toEqual([["street.xlsx", "rollup", "是汇总台账（由东风社区、南山社区2个单位的台账汇总而成）"]]);
  expect(result.findings.map((f) => f.rule)).toEqual(["rollup.rollup-input"]);
  expect(result.exitCode).toBe(2);
});
