/**
 * New-user test 62 (docs/new-user-test-pane-62.md), D2, D3, D17, and review run 32 (reviewer AV, 材料4 items 2–3), on the roll-up's text:
 * D2 (the units' own 存在不足 are told with their names, as README now says; `站内` after stations' names is not said again),
 * D3 (a company's 加油站 are `各加油站`, never `各部门`; parts of no shared kind `各基层单位`; 站 and 所 `各站所`),
 * D17 (no `公司本级 — — — — —` row in the 附表), 材料4 (a part's name not said again before a name that holds it),
 * (材料6 item 2, the combining unit as `我局`, is left: older tests expect its 单位简称 as the subject).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { SeedValue } from "../src/adapters/xlsx/content";
import { cli } from "./support/cli";

type Ledgers = Record<string, Record<string, SeedValue>[]>;
type Unit = readonly [profile: Record<string, SeedValue>, ledgers: Ledgers];

/** The CLI's roll-up of `units` (each with its own profile items) into `unit` of `type`, and its summary text with the 附表. */
async function rolledUp(unit: string, type: string, units: readonly Unit[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "nu62-mc-"));
  const files = await Promise.all(units.map(async ([profile, ledgers], i) => {
    const file = join(dir, `${i}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: { 报告年度: 2025, 报告期: "上半年", ...profile }, ledgers }));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  const rolled = await cli("rollup", ...files, "-o", out, "--unit", unit, "--type", type);
  if (rolled.code !== 0) throw new Error(rolled.err);
  return (await cli("summarize", out, "-o", dir, "--appendix", "--date", "2025-07-10", "--text", "-")).out;
}

const station = (name: string, n: number): Unit => [
  { 单位名称: name, 单位类型: "企事业单位" },
  {
    宣传投放: [{ 类型: "公益广告", 位置或内容: "“讲文明树新风”公益广告", 数量: 6 + n, 单位: "块", 方式: "新设", "投入金额（元）": 800 * n }],
    问题整改: [{ 问题类别: "卫生死角", 发现数: 5 + n, 已整改数: 4 + n, 单位: "处" }],
    活动台账: [{ 日期: `2025-03-0${4 + n}`, 活动名称: "学雷锋便民服务", 活动类型: "志愿服务", 参与数量: 20 + n, 单位: "人次" }],
    文字材料: [{ 类型: "存在不足", 内容: "站内文明宣传形式较单一。" }],
  },
];
const company: Unit = [
  { 单位名称: "清河县石油分公司", 单位类型: "企事业单位" },
  {
    组织保障: [{ 事项类型: "督查检查", 名称或内容: "加油站创城督查", 数量: 24, 单位: "次" }],
    文字材料: [{ 类型: "导语", 内容: "分公司坚持把创建文明城市作为服务窗口建设的重要抓手。" }, { 类型: "下一步打算", 内容: "推动各加油站“爱心驿站”提档升级。" }],
  },
];

describe("new-user test 62 (mc): the roll-up's text", () => {
  it("D3, D17, D2: a company's 加油站 are `各加油站`, its own row of no figure is no 附表 row, the stations' 不足 said once", async () => {
    const text = await rolledUp("清河县石油分公司", "企事业单位", [station("清河县石油分公司城关加油站", 1), station("清河县石油分公司城东加油站", 2), company]);
    expect(text).toContain("统筹各加油站推进创建工作。");
    expect(text).toContain("全公司2个加油站共开展各类活动2场");
    expect(text).toContain("附表：各加油站主要指标统计表");
    expect(text).not.toContain("部门");
    expect(text).not.toContain("公司本级");
    expect(text).toContain("城关加油站、城东加油站文明宣传形式较单一。");
    expect(text).not.toContain("站站内");
  });

  it("D3: a company's parts of no shared kind are `各基层单位`, counted by their own words", async () => {
    const outlet = (name: string): Unit => [{ 单位名称: name, 单位类型: "企事业单位" }, station(name, 1)[1]];
    const text = await rolledUp("清河县石油分公司", "企事业单位", [outlet("清河县石油分公司城关加油站"), outlet("清河县石油分公司城东营业厅"), company]);
    expect(text).toContain("统筹各基层单位推进创建工作。");
    expect(text).toContain("附表：各基层单位主要指标统计表");
    expect(text).not.toContain("部门");
  });

  it("材料4 item 2: `七年级组召开创文工作会3次`, never `七年级组召开年级组创文工作会`", async () => {
    const text = await rolledUp("平安县第二中学", "学校", [
      [{ 单位名称: "平安县第二中学七年级组", 单位类型: "学校" }, { 组织保障: [{ 事项类型: "工作会议", 名称或内容: "召开年级组创文工作会", 数量: 3, 单位: "次" }] }],
      [{ 单位名称: "平安县第二中学九年级组", 单位类型: "学校" }, { 活动台账: [{ 日期: "2025-05-20", 活动名称: "心理健康讲座", 活动类型: "宣传教育", 参与数量: 300, 单位: "人" }] }],
    ]);
    expect(text).toContain("七年级组召开创文工作会3次。");
    expect(text).not.toContain("召开年级组");
  });

  it("材料4 item 3: a team whose name holds its part's (`七年级红领巾志愿服务队`) is said without the part's name before it", async () => {
    const text = await rolledUp("平安县第二中学", "学校", [
      [{ 单位名称: "平安县第二中学七年级组", 单位类型: "学校" }, { 志愿服务: [{ 队伍名称: "七年级红领巾志愿服务队", 队伍类型: "少年志愿者", 注册人数: 80, 服务次数: 10, "服务时长（小时）": 120 }] }],
      [{ 单位名称: "平安县第二中学九年级组", 单位类型: "学校" }, { 志愿服务: [{ 队伍名称: "九年级志愿服务队", 队伍类型: "青年志愿者", 注册人数: 50 }] }],
    ]);
    expect(text).toContain("其中七年级组80人、九年级组50人；“七年级红领巾志愿服务队”开展服务10次，服务时长120小时。");
    expect(text).not.toContain("七年级组“七年级");
  });

  it("D3: a bureau's units that are all 站 are `各站所` (`全系统3个站所`), never `3家单位`", async () => {
    const text = await rolledUp("青川县农业农村局", "机关部门", [
      [{ 单位名称: "青川县农业农村局", 单位简称: "县农业农村局", 单位类型: "机关部门" }, { 组织保障: [{ 事项类型: "督查检查", 名称或内容: "对下属站所创文工作督查", 数量: 6, 单位: "次" }] }],
      [{ 单位名称: "青川县农技站", 单位类型: "机关部门" }, { 活动台账: [{ 日期: "2025-03-15", 活动名称: "春耕技术下乡", 活动类型: "志愿服务", 参与数量: 260, 单位: "人次" }] }],
      [{ 单位名称: "青川县农机站", 单位类型: "机关部门" }, { 活动台账: [{ 日期: "2025-06-06", 活动名称: "农机安全文明驾驶宣传", 活动类型: "宣传教育", 参与数量: 80, 单位: "人" }] }],
      [{ 单位名称: "青川县畜牧兽医站", 单位类型: "机关部门" }, { 活动台账: [{ 日期: "2025-04-30", 活动名称: "动物防疫宣传进村", 活动类型: "宣传教育", 参与数量: 300, 单位: "人次" }] }],
    ]);
    expect(text).toContain("统筹系统内各站所推进创建工作。");
    expect(text).toContain("全系统3个站所共开展各类活动3场");
    expect(text).toContain("附表：各站所主要指标统计表");
  });
});
