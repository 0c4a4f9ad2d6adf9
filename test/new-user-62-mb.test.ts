/**
 * New-user test 62 (docs/new-user-test-pane-62.md), D1 and D9; new-user test 63 (docs/new-user-test-pane-63.md), D13; and
 * review run 32 (docs/reviews/run-32-f15b594-tester60-61-reviewer-AV.md), 材料7 item 2 — honours (先进典型):
 * - D1: a collective title typed with its level before its quoted name (`市级“青年文明号”`, 人数 1) is the unit's own, as the
 *   unquoted title is: `我单位获评市级“青年文明号”`, never `1人获评“市级“青年文明号””`; no person in the roll-up's count; check
 *   gives honour.collective-count as for `市级青年文明号`.
 * - D9: a 县级 honour of a street's 执法队 was received, never `评选表彰县级优秀执法队员2人`.
 * - D13: `孝老爱亲模范` is no sign of a staff member: `先进典型`, never `一是职工典型`.
 * - AV 材料7 item 2: the unit's own title named in the opening is told in 选树先进典型 too, beside the other honours.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";
import { rolledUpText } from "./support/rollup";

const station = (name: string, title: string): WorkbookContent => ({
  profile: { 单位名称: name, 单位类型: "企事业单位", 上级指导单位: "清河县石油分公司", 报告年度: 2025, 报告期: "全年" },
  ledgers: { 先进典型: [{ 荣誉名称: title, 级别: "市", 类别: "敬业奉献", 人数: 1, 日期: "2025.5.4" }] },
});

const findingsOf = async (content: WorkbookContent): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.message}`);

describe("D1: a collective title typed with quotes", () => {
  it("is the unit's own, quoted once, its level before the quotes", async () => {
    const text = await summaryTextOf(station("清河县石油分公司城关加油站", "市级“青年文明号”"));
    expect(text).toContain("　　5月，我单位获评市级“青年文明号”。");
    expect(text).not.toContain("1人获评");
    expect(text).not.toContain("““");
  });
  it("typed without quotes, it is told as before", async () => {
    const text = await summaryTextOf(station("清河县石油分公司城关加油站", "市级青年文明号"));
    expect(text).toContain("　　5月，我单位获评市级青年文明号。");
  });
  it("check hints it as for the unquoted title", async () => {
    const quoted = (await findingsOf(station("清河县石油分公司城关加油站", "市级“青年文明号”"))).filter((f) => f.includes("honour.collective-count"));
    const plain = (await findingsOf(station("清河县石油分公司城关加油站", "市级青年文明号"))).filter((f) => f.includes("honour.collective-count"));
    expect(plain).toEqual(["先进典型!D3 honour.collective-count “市级青年文明号”是集体荣誉，人数1在总结中写作“本单位获评市级青年文明号”，不计入先进典型人数；如确是1名个人获此荣誉，请把荣誉名称改为个人荣誉的正式名称。"]);
    expect(quoted).toEqual(plain);
  });
  it("is no person in the roll-up", async () => {
    const ledgers = { 先进典型: [{ 荣誉名称: "市级“青年文明号”", 级别: "市", 类别: "敬业奉献", 人数: 1, 日期: "2025.5.4" }] };
    const text = await rolledUpText("清河县石油分公司", "企事业单位", [["城关加油站", "企事业单位", ledgers], ["城东加油站", "企事业单位", ledgers]]);
    expect(text).not.toMatch(/先进典型\d+人/u);
    expect(text).not.toContain("““");
  });
});

it("D9: a street's 执法队's 县级 honour was received, not selected", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "清河县城关街道综合行政执法队", 单位类型: "机关部门", 上级指导单位: "城关街道创建办", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 先进典型: [{ 荣誉名称: "县级优秀执法队员", 级别: "县/区", 类别: "敬业奉献", 人数: 2, 姓名: "张强、刘伟", 日期: "2025.12.20" }] },
  });
  expect(text).toContain("　　2人获评“县级优秀执法队员”。");
  expect(text).not.toContain("评选表彰");
});

it("D13 (test 63): a 孝老爱亲模范 is told under 先进典型, never 职工典型", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "南岭县养老服务中心", 单位类型: "企事业单位", 上级指导单位: "南岭县民政局", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      先进典型: [
        { 荣誉名称: "南岭县最美护理员", 级别: "县/区", 类别: "敬业奉献", 人数: 2, 姓名: "李红梅、张桂兰", 日期: "2025.9.9" },
        { 荣誉名称: "孝老爱亲模范", 级别: "市", 类别: "孝老爱亲", 人数: 1, 姓名: "赵德才", 日期: "2025.5.1" },
      ],
      活动台账: [{ 日期: "2025-07-15", 活动名称: "道德讲堂：孝老爱亲", 活动类型: "道德讲堂", 参与数量: 50, 单位: "人", 地点: "活动室" }],
    },
  });
  expect(text).toContain("先进典型。1人获评市级“孝老爱亲模范”，2人获评“南岭县最美护理员”。");
  expect(text).not.toContain("职工典型");
});

it("D13 (test 63): staff titles alone keep 职工典型", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "南岭县养老服务中心", 单位类型: "企事业单位", 上级指导单位: "南岭县民政局", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      先进典型: [{ 荣誉名称: "南岭县最美护理员", 级别: "县/区", 类别: "敬业奉献", 人数: 2, 姓名: "李红梅、张桂兰", 日期: "2025.9.9" }],
      活动台账: [{ 日期: "2025-07-15", 活动名称: "道德讲堂：孝老爱亲", 活动类型: "道德讲堂", 参与数量: 50, 单位: "人", 地点: "活动室" }],
    },
  });
  expect(text).toContain("职工典型。2人获评“南岭县最美护理员”。");
});

it("review run 32, AV 材料7 item 2: the unit's own title is told in 选树先进典型 as in the opening", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "青川县博物馆", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      先进典型: [
        { 荣誉名称: "市级文明单位", 级别: "市", 人数: 1, 日期: "2025.13.2" },
        { 荣誉名称: "最美讲解员", 级别: "县/区", 类别: "敬业奉献", 人数: 2, 姓名: "刘芳、陈静", 日期: "2025-09-10" },
      ],
    },
  });
  expect(text).toContain("获评“市级文明单位”。现将有关情况总结如下。");
  // Under a lead of its own, before the people's titles, since run 33, reviewer AW, 材料4 item 5.
  expect(text).toContain("　　一是创建成果。我馆获评“市级文明单位”。\n　　二是职工典型。2人获评县级“最美讲解员”。");
});
