/** @jest-environment node */
/**
 * New-user test 66 (docs/new-user-test-pane-66.md), D5, D8 and D9.
 * D5: with 单位简称 blank, 云川县残疾人联合会's activities with 主办或协办单位 `县残联` or `县残联、县卫健局` were told
 *   `联合县残联、县卫健局……`: `县残联` is the unit's common short name (catalog commonShortName), the unit itself.
 * D8: `三是骨干提升。7月15日开展“残疾人就业技能培训”……` under 组织领导: a 会议培训 for the people the unit serves is
 *   a service, told with 关爱帮扶 (catalog SERVED_TRAINING).
 * D9: a 导语 that names the unit (`县残联坚持……`, `管理处紧扣……`, `我校坚持……`) was followed by a sentence opening with the
 *   unit's full or other name (`云川县残疾人联合会在县文明办的指导下……`): the next sentence takes no second subject.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { SeedValue } from "../src/adapters/xlsx/content";
import { commonShortName } from "../src/core/catalog";
import { cli } from "./support/cli";
import type { Ledgers } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

jest.setTimeout(90000);

const canlian = { 单位名称: "云川县残疾人联合会", 单位类型: "群团组织", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年" } as const;

describe("D5: the unit's common short name is the unit itself", () => {
  it("names the common short name of each body of the table, its level kept", () => {
    expect(commonShortName("云川县残疾人联合会")).toBe("县残联");
    expect(commonShortName("云川县总工会")).toBe("县总工会");
    expect(commonShortName("共青团云川县委员会")).toBe("团县委");
    expect(commonShortName("云川县科学技术协会")).toBe("县科协");
    expect(commonShortName("云川县红十字会")).toBe("县红十字会");
    expect(commonShortName("云川县公园管理处")).toBeUndefined();
  });

  it("is never a partner, alone or beside another body; the other body is", async () => {
    const text = await summaryTextOf({
      profile: canlian,
      ledgers: {
        活动台账: [
          { 日期: "2025-03-03", 活动名称: "全国爱耳日宣传", 活动类型: "宣传教育", 参与数量: 200, 单位: "人", 地点: "县人民广场", 主办或协办单位: "县残联、县卫健局" },
          { 日期: "2025-05-18", 活动名称: "第三十五次全国助残日活动", 活动类型: "关爱帮扶", 参与数量: 500, 单位: "人", 地点: "县人民广场", 主办或协办单位: "县残联" },
        ],
      },
    });
    expect(text).toContain("3月3日联合县卫健局在县人民广场开展“全国爱耳日宣传”活动，参与200人。");
    expect(text).toContain("5月18日在县人民广场开展“第三十五次全国助残日活动”");
    expect(text).not.toContain("联合县残联");
  });
});

it("D8: a training for the people the unit serves is told with its care work, never as 骨干提升", async () => {
  const text = await summaryTextOf({
    profile: canlian,
    ledgers: {
      活动台账: [
        { 日期: "2025-05-18", 活动名称: "第三十五次全国助残日活动", 活动类型: "关爱帮扶", 参与数量: 500, 单位: "人", 地点: "县人民广场" },
        { 日期: "2025-07-15", 活动名称: "残疾人就业技能培训", 活动类型: "会议培训", 参与数量: 60, 单位: "人", 简要内容: "电商、按摩技能" },
      ],
    },
  });
  expect(text).not.toContain("骨干提升");
  expect(text).toContain("先后开展2场关爱帮扶活动，累计参与560人：5月18日在县人民广场开展“第三十五次全国助残日活动”，参与500人；7月15日开展“残疾人就业技能培训”，内容包括电商、按摩技能，参与60人。");
});

describe("D9: after a 导语 that names the unit, the next sentence names it not again", () => {
  it("its common short name (县残联)", async () => {
    const text = await summaryTextOf({
      profile: canlian,
      ledgers: {
        活动台账: [
          { 日期: "2025-05-18", 活动名称: "第三十五次全国助残日活动", 活动类型: "关爱帮扶", 参与数量: 500, 单位: "人", 地点: "县人民广场" },
          { 日期: "2025-12-03", 活动名称: "国际残疾人日文艺汇演", 活动类型: "文体活动", 参与数量: 300, 单位: "人", 地点: "县文化馆" },
        ],
        文字材料: [{ 类型: "导语", 内容: "2025年，县残联坚持以人民为中心的发展思想，把助残服务融入文明城市创建全过程。" }],
      },
    });
    expect(text).toContain("2025年，县残联坚持以人民为中心的发展思想，把助残服务融入文明城市创建全过程。在县文明办的指导下，开展各类活动2场");
  });

  it("the tail of its name (管理处)", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "云川县公园管理处", 单位类型: "企事业单位", 上级指导单位: "县住房和城乡建设局", 报告年度: 2025, 报告期: "第三季度" },
      ledgers: {
        问题整改: [{ 问题类别: "卫生死角", 发现数: 12, 已整改数: 12, 单位: "处" }],
        文字材料: [{ 类型: "导语", 内容: "第三季度，管理处紧扣创文测评要求，扎实推进园区环境和秩序整治。" }],
      },
    });
    expect(text).toContain("第三季度，管理处紧扣创文测评要求，扎实推进园区环境和秩序整治。在县住房和城乡建设局的指导下，");
    expect(text).not.toContain("云川县公园管理处在县住房和城乡建设局的指导下");
  });

  it("a school's 我校, in a roll-up's statement", async () => {
    const text = await rolledUp("云川县第一中心小学", "学校", [
      [{ 单位名称: "云川县第一中心小学", 单位简称: "中心校", 单位类型: "学校", 上级指导单位: "县教育体育局" }, {
        文字材料: [{ 类型: "导语", 内容: "上半年，我校坚持立德树人，把文明创建融入教育教学全过程。" }],
        活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 50, 单位: "人" }],
      }],
      [{ 单位名称: "石门村小学", 单位类型: "学校" }, {
        活动台账: [{ 日期: "2025-04-04", 活动名称: "清明节缅怀先烈", 活动类型: "我们的节日", 参与数量: 85, 单位: "人" }],
      }],
    ]);
    expect(text).toContain("上半年，我校坚持立德树人，把文明创建融入教育教学全过程。在县教育体育局的指导下，统筹");
    expect(text).not.toContain("。中心校在县教育体育局的指导下");
  });
});

/** The roll-up (2025 上半年) of units `[profile, ledgers]` into `unit` of `type`, and the combined summary's text. */
async function rolledUp(unit: string, type: string, units: readonly (readonly [Record<string, SeedValue>, Ledgers])[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "nu66-od-"));
  const files = await Promise.all(units.map(async ([profile, ledgers], i) => {
    const file = join(dir, `${i}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: { 报告年度: 2025, 报告期: "上半年", ...profile }, ledgers }));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  await cli("rollup", ...files, "-o", out, "--unit", unit, "--type", type);
  return (await cli("summarize", out, "-o", dir, "--text", "-")).out;
}
