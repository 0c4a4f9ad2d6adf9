/**
 * New-user test 66 (report: docs/new-user-test-pane-66.md; the tester's scripts in docs/new-user-test-66-files), the
 * 中心小学's roll-up of its 本部 (单位简称 中心校), two 村小 and a 教学点:
 * - D3: a few units (up to three) with a share are named (`中心校及石门村小学、龙潭教学点共开展文体活动3场`), more counted by
 *   their own kind; a school's 村小 and 教学点 are `各村小和教学点`, never `1所学校和1家单位` nor `各单位`.
 * - D4: a sum of a rough 余 part and exact parts is said by its lower bound at two significant digits with 余: `八百余` + 85 is
 *   `880余人`, never `800余人` (the 85 lost).
 * - D10: a unit's name before its text that opens with the unit's own kind word (`村小师资紧张`) replaces that word, and two
 *   units with one text are joined: `石门村小学、河口村小学师资紧张`, never `石门村小学村小师资紧张`.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { cli } from "./support/cli";
import { summaryTextOf } from "./support/summaries";

const school = "云川县第一中心小学";
const base = { 单位类型: "学校", 上级指导单位: "县教育体育局", 报告年度: 2025, 报告期: "上半年" };
const weak = { 类型: "存在不足", 内容: "村小师资紧张，创文活动开展频次不高。" };

/** The tester's four workbooks (docs/new-user-test-66-files/xiaoxue.js), the rows that matter. */
const units: WorkbookContent[] = [
  {
    profile: { ...base, 单位名称: school, 单位简称: "中心校" },
    ledgers: {
      活动台账: [
        { 日期: "2025-04-03", 活动名称: "清明节网上祭英烈", 活动类型: "我们的节日", 参与数量: "八百余", 单位: "人", 地点: "学校" },
        { 日期: "2025-05-30", 活动名称: "庆六一文艺汇演", 活动类型: "文体活动", 参与数量: 900, 单位: "人", 地点: "学校操场" },
      ],
    },
  },
  {
    profile: { ...base, 单位名称: `${school}石门村小学` },
    ledgers: {
      活动台账: [
        { 日期: "2025-04-04", 活动名称: "清明节缅怀先烈", 活动类型: "我们的节日", 参与数量: 85, 单位: "人", 地点: "石门村烈士墓" },
        { 日期: "2025-06-01", 活动名称: "庆六一", 活动类型: "文体活动", 参与数量: 90, 单位: "人", 地点: "学校" },
      ],
      文字材料: [weak],
    },
  },
  {
    profile: { ...base, 单位名称: `${school}河口村小学` },
    ledgers: {
      活动台账: [{ 日期: "2025-05-12", 活动名称: "防灾减灾宣传", 活动类型: "宣传教育", 参与数量: 200, 单位: "人", 地点: "学校" }],
      文字材料: [weak],
    },
  },
  {
    profile: { ...base, 单位名称: `${school}龙潭教学点` },
    ledgers: { 活动台账: [{ 日期: "2025-06-01", 活动名称: "庆六一", 活动类型: "文体活动", 参与数量: 25, 单位: "人", 地点: "教学点" }] },
  },
];

/** 河口村小学 with the tester's wrong row (已整改数 above 发现数): the roll-up leaves it out without --force. */
const wrongRow = { 问题类别: "卫生死角", 发现数: 3, 已整改数: 5, 单位: "处" };
const withHekouWrong: WorkbookContent[] = units.map((u, i) => (i === 2 ? { ...u, ledgers: { ...u.ledgers, 问题整改: [wrongRow] } } : u));

/** The CLI's roll-up of `from` (the four) into the 中心小学 (单位类型 学校), and its summary text. */
async function schoolRollup(from: WorkbookContent[] = units): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "nu66-oc-"));
  const files = await Promise.all(from.map(async (u, i) => {
    const file = join(dir, `${i}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, u));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  const rolled = await cli("rollup", ...files, "-o", out, "--unit", school, "--type", "学校");
  // A unit left out for its error: the roll-up is written and says so (exit code 1), as the tester's 中心小学汇总.xlsx.
  if (rolled.code !== 0 && !existsSync(out)) throw new Error(rolled.err);
  return (await cli("summarize", out, "-o", dir, "--force", "--text", "-")).out;
}

describe("new-user test 66: the 中心小学's roll-up", () => {
  let text = "";
  beforeAll(async () => {
    text = await schoolRollup();
  }, 60000);

  it("D3: the units with a share are named when few, and the 村小 and 教学点 are said by their kind", () => {
    expect(text).toContain("二是丰富校园文化生活。中心校及石门村小学、龙潭教学点共开展文体活动3场，参与1015人。");
    expect(text).toContain("统筹各村小和教学点推进创建工作。");
    expect(text).not.toMatch(/所学校|家单位|各单位/u);
  });

  it("D4: `八百余` + 85 is `880余人`", () => {
    expect(text).toContain("中心校及石门村小学共开展清明节“我们的节日”主题活动2场，参与880余人。");
    expect(text).not.toContain("800余人");
  });

  it("D10: the units' names replace the text's own `村小`, two units with one text joined", () => {
    expect(text).toContain("石门村小学、河口村小学师资紧张，创文活动开展频次不高。");
    expect(text).not.toContain("村小学村小");
  });
});

it("D3, with 河口村小学 left out for its error: the two others named beside 中心校, never `中心校及上述各单位`", async () => {
  const text = await schoolRollup(withHekouWrong);
  expect(text).toContain("统筹各村小和教学点推进创建工作。");
  expect(text).toContain("二是丰富校园文化生活。中心校及石门村小学、龙潭教学点共开展文体活动3场，参与1015人。");
  expect(text).toContain("　　石门村小学师资紧张，创文活动开展频次不高。");
  expect(text).not.toMatch(/上述各单位|所学校|家单位/u);
}, 60000);

describe("D4 in a unit's own summary: a 余 part and exact parts", () => {
  it("`三百余` + 12 is `310余人`, at two significant digits, never `300余人`", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "云川县河西街道幸福里社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
      ledgers: {
        活动台账: [
          { 日期: "2025-01-28", 活动名称: "春节联欢会", 活动类型: "我们的节日", 参与数量: "三百余", 单位: "人", 地点: "社区广场" },
          { 日期: "2025-05-31", 活动名称: "端午包粽子", 活动类型: "我们的节日", 参与数量: 12, 单位: "人", 地点: "社区活动室" },
        ],
      },
    });
    expect(text).toContain("参与310余人");
    expect(text).not.toContain("300余人");
  });
});
