/**
 * New-user test 44 (docs/new-user-test-pane-44.md), D4, D6 and D15: free text naming staff or carrying a comment.
 * D4: a 组织保障 备注 naming staff (`管理员小李、小张轮流巡`) was spliced into the sentence as places visited
 * (`累计深入管理员小李、小张轮流巡开展市场巡查100余次`); a clause naming people is never quoted, and check names them.
 * D6: a 问题整改 其他 备注's comment (`游客投诉多`) was made the problem's name (`受理游客投诉多问题15处`); the name comes
 * from the clause that names a problem (`厕所异味、缺纸`), never from a comment.
 * D15: the people cut out of an activity's 简要内容 took its content with them (`志愿者王大妈、李叔帮居民理发、量血压`).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

const findingsOf = async (content: WorkbookContent, rule: string): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);

const market: WorkbookContent = {
  profile: { 单位名称: "城西农贸市场管理办公室", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
  ledgers: {
    组织保障: [
      { 事项类型: "督查检查", 名称或内容: "市场巡查", 数量: "百余", 单位: "次", 频次: "每天", 备注: "管理员小李、小张轮流巡，有事打 13805712345" },
      { 事项类型: "督查检查", 名称或内容: "消防安全检查", 数量: 12, 单位: "次", 备注: "安全员老周和小陈负责，重点是活禽区" },
    ],
  },
};

describe("D4: staff named in a 备注 are never quoted, nor read as places", () => {
  it("builds the sentence without the clause", async () => {
    const text = await summaryTextOf(market);
    expect(text).toContain("　　累计开展市场巡查100余次，开展消防安全检查12次。\n");
    expect(text).not.toMatch(/小李|小张|老周|小陈|轮流巡|深入/u);
  });
  it("check names the people at the 备注", async () => {
    expect(await findingsOf(market, "value.personal")).toEqual([
      "组织保障!G3 “备注”中有手机号码，总结不会写出；台账报送时请注意保护个人信息，如无必要请删去。",
      "组织保障!G3 “备注”中有个人姓名或称呼“小李、小张”，总结不会写出这一部分；个人信息请不要填在这一列。",
      "组织保障!G4 “备注”中有个人姓名或称呼“老周、小陈”，总结不会写出这一部分；个人信息请不要填在这一列。",
    ]);
  });
});

const stalls = { 问题类别: "流动摊点", 发现数: 22, 已整改数: 20, 单位: "个" };
const scenic: WorkbookContent = {
  profile: { 单位名称: "青山风景区管理处", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第三季度" },
  ledgers: {
    问题整改: [
      stalls,
      { 问题类别: "其他", 发现数: 15, 已整改数: 9, 单位: "处", 备注: "厕所异味、缺纸，游客投诉多" },
    ],
  },
};

describe("D6: a comment in a 问题整改 其他 备注 is never the problem's name", () => {
  it("names the problem from the clause that names it", async () => {
    const text = await summaryTextOf(scenic);
    expect(text).toContain("　　排查发现流动摊点问题22个，已整改20个；厕所异味、缺纸问题15处，已整改9处。\n");
    expect(text).toContain("　　流动摊点22个中尚有2个未整改到位，厕所异味、缺纸问题15处中尚有6处未整改到位，需持续跟进。\n");
    expect(text).not.toContain("投诉多");
    expect(await findingsOf(scenic, "rect.spoken-remark")).toEqual([]);
  });
  it("a comment typed first gives way to the name after it", async () => {
    const text = await summaryTextOf({ profile: scenic.profile, ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 8, 已整改数: 8, 单位: "处", 备注: "群众反映强烈，步道护栏松动" }] } });
    expect(text).toContain("　　排查发现步道护栏松动问题8处，均已整改到位。\n");
    expect(text).not.toContain("反映强烈");
  });
  it("a 备注 that is only a comment is 其他问题, and check says so", async () => {
    const only: WorkbookContent = { profile: scenic.profile, ledgers: { 问题整改: [stalls, { 问题类别: "其他", 发现数: 15, 已整改数: 9, 单位: "处", 备注: "游客投诉多" }] } };
    const text = await summaryTextOf(only);
    expect(text).toContain("　　排查发现流动摊点问题22个，已整改20个；其他问题15处，已整改9处。\n");
    expect(text).not.toContain("投诉多");
    expect(await findingsOf(only, "rect.spoken-remark")).toEqual([
      "问题整改!I4 “备注”中“游客投诉多”是评价，不是问题名称，总结不引用；请在备注中写明问题名称（如“化粪池外溢”“楼道堆物”）。",
    ]);
  });
});

describe("D15: the content stays when the people are cut out of a 简要内容", () => {
  it("keeps `为居民理发、量血压`", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "东门社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
      ledgers: { 活动台账: [
        { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 60, 单位: "人", 简要内容: "志愿者王大妈、李叔帮居民理发、量血压" },
        { 日期: "2025-04-12", 活动名称: "楼道清理", 活动类型: "环境整治", 参与数量: 30, 单位: "人", 简要内容: "网格员小刘和老陈带着居民清理楼道杂物" },
      ] },
    });
    expect(text).toContain("　　3月5日开展“学雷锋志愿服务”活动，志愿者为居民理发、量血压，参与60人。\n");
    expect(text).toContain("　　4月12日清理楼道，网格员带领居民清理楼道杂物，参与30人。\n");
    expect(text).not.toMatch(/王大妈|李叔|小刘|老陈/u);
  });
});
