/**
 * New-user test 60 (docs/new-user-test-pane-60.md), D1, D5, D9, D11: import reads the whole institution's name from a title
 * (`红旗乡卫生院2025年上半年创文活动登记表` → 红旗乡卫生院, 企事业单位, never 红旗乡 乡镇); a name that opens with its
 * verb is not given it again (`召开年级组创文工作会` → `七年级组召开年级组创文工作会3次`); a school's roll-up of its
 * 年级组 names them by their kind (`各年级组`, `3个年级组`) in their natural order (七、八、九), never `上述各单位` with
 * nothing listed before it; a 年级组's own 工作亮点 is told in the roll-up.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { resolveProfile } from "../src/core/import/profile";
import { summaryTextOf } from "./support/summaries";
import { cli } from "./support/cli";
import type { Ledgers } from "./support/rollup";

jest.setTimeout(120000);

describe("D1: a title's institution name is read to its institution word", () => {
  const profileOf = (title: string) => resolveProfile({}, [{ text: title, cell: "创文活动!A1" }], []).map((f) => [f.item, f.value]);

  it("`红旗乡卫生院2025年上半年创文活动登记表` → 红旗乡卫生院, 企事业单位", () => {
    expect(profileOf("红旗乡卫生院2025年上半年创文活动登记表")).toEqual([
      ["单位名称", "红旗乡卫生院"],
      ["单位类型", "企事业单位"],
      ["报告年度", 2025],
      ["报告期", "上半年"],
    ]);
  });

  it("other institutions inside a 乡/镇/街道 keep their whole name, with or without a year", () => {
    const name = (t: string) => profileOf(t)[0][1];
    const type = (t: string) => profileOf(t)[1][1];
    expect(name("青山镇敬老院创文工作台账")).toBe("青山镇敬老院");
    expect(type("青山镇敬老院创文工作台账")).toBe("企事业单位");
    expect(name("城关镇农技站2025年上半年活动登记表")).toBe("城关镇农技站");
    expect(name("红旗乡卫生院活动登记表")).toBe("红旗乡卫生院");
    expect(name("城南街道文化站活动登记表")).toBe("城南街道文化站");
    // A place's own title still names the place.
    expect(name("红旗乡2025年上半年创文活动登记表")).toBe("红旗乡");
    expect(type("红旗乡2025年上半年创文活动登记表")).toBe("乡镇");
    expect(name("红星村村民委员会活动登记表")).not.toBe("红星村村民委");
    expect(name("青山镇活动登记表（镇文化站）")).toBe("青山镇");
    expect(name("车站社区活动登记表")).toBe("车站社区");
  });
});

const schoolDir = async (units: readonly (readonly [string, Ledgers])[]): Promise<string> => {
  const dir = mkdtempSync(join(tmpdir(), "nu60-kb-"));
  for (const [name, ledgers] of units) {
    const profile = { 单位名称: `平安县第二中学${name}`, 单位类型: "学校", 上级指导单位: "平安县第二中学", 报告年度: 2025, 报告期: "上半年" };
    writeFileSync(join(dir, `${name}.xlsx`), await writeWorkbook(standardV1, { profile, ledgers }));
  }
  return dir;
};
const rolled = async (dir: string): Promise<string> => {
  const out = join(dir, "汇总", "二中汇总.xlsx");
  const r = await cli("rollup", "--dir", dir, "-o", out, "--unit", "平安县第二中学", "--type", "学校");
  // A unit with errors is left out (exit 1), the others rolled up.
  if (!/已写入汇总台账/u.test(r.out + r.err)) throw new Error(r.err);
  return (await cli("summarize", out, "--force", "-o", join(dir, "汇总"), "--text", "-")).out;
};

const seventh: Ledgers = {
  组织保障: [{ 事项类型: "工作会议", 名称或内容: "召开年级组创文工作会", 数量: 3, 单位: "次", 日期: "2025-03-01" }],
  活动台账: [
    { 日期: "2025-03-05", 活动名称: "学雷锋主题班会", 活动类型: "宣传教育", 参与数量: 400, 单位: "人", 地点: "各班教室" },
    { 日期: "2025-04-03", 活动名称: "清明节祭扫烈士陵园", 活动类型: "我们的节日", 参与数量: 200, 单位: "人", 地点: "烈士陵园" },
  ],
  文字材料: [{ 类型: "工作亮点", 内容: "开展“文明礼仪伴我行”主题教育" }],
};
const eighth: Ledgers = { 活动台账: [{ 日期: "2025-05-20", 活动名称: "心理健康讲座", 活动类型: "宣传教育", 参与数量: 300, 单位: "人", 地点: "报告厅" }] };
const ninth: Ledgers = { 活动台账: [{ 日期: "2025-06-12", 活动名称: "中考誓师大会", 活动类型: "其他", 参与数量: 600, 单位: "人", 地点: "操场" }] };

describe("D5, D9, D11: a school's roll-up of its 年级组", () => {
  let text = "";
  beforeAll(async () => {
    text = await rolled(await schoolDir([["八年级组", eighth], ["九年级组", ninth], ["七年级组", seventh]]));
  });

  it("D5: `召开年级组创文工作会` is said once with its verb", () => {
    expect(text).toContain("七年级组召开创文工作会3次。"); // the part's kind not said again after its name (review run 32, AV 材料4 item 2)
    expect(text).not.toContain("召开召开");
  });

  it("D9: the 年级组 are named by their kind, in their natural order", () => {
    expect(text).toContain("平安县第二中学统筹各年级组推进创建工作。");
    expect(text).toContain("全校3个年级组共开展各类活动4场");
    expect(text).not.toMatch(/\d家单位|各单位|上述/u);
    const rows = text.split("\n").filter((l) => /^[七八九]年级组\t/u.test(l)).map((l) => l.split("\t")[0]);
    expect(rows).toEqual(["七年级组", "八年级组", "九年级组"]);
  });

  it("D11: a 年级组's own 工作亮点 is told", () => {
    expect(text).toContain("七年级组开展“文明礼仪伴我行”主题教育");
  });
});

describe("D9: two of three 年级组 named in order (the third has errors), never `上述各单位`", () => {
  it("`七年级组和八年级组共开展各类活动3场`", async () => {
    const wrong: Ledgers = { ...ninth, 问题整改: [{ 问题类别: "卫生死角", 发现数: 10, 已整改数: 12, 单位: "处" }] };
    const text = await rolled(await schoolDir([["八年级组", eighth], ["九年级组", wrong], ["七年级组", seventh]]));
    expect(text).toContain("平安县第二中学统筹各年级组推进创建工作。七年级组和八年级组共开展各类活动3场。");
    // The opening has named the two: the first mention after it points back to them by their kind (new-user test 30, D9).
    // Two events of a kind are told one by one since run 31 (fix-jc): no `上述` sentence at all.
    expect(text).toContain("3月5日七年级组在各班教室开展“学雷锋主题班会”，参与400人；5月20日八年级组在报告厅开展“心理健康讲座”，参与300人。");
    expect(text).not.toContain("上述");
    expect(text).not.toMatch(/\d家单位|各单位/u);
  });
});

it("D5 (single unit): a meeting whose name opens with 召开 is not given 召开 again", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "平安县第二中学七年级组", 单位类型: "学校", 上级指导单位: "平安县第二中学", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 组织保障: [{ 事项类型: "工作会议", 名称或内容: "召开年级组创文工作会", 数量: 3, 单位: "次" }] },
  });
  expect(text).not.toContain("召开召开");
  expect(text).toContain("召开年级组创文工作会3次");
});
