/**
 * New-user test 39 (docs/new-user-test-pane-39.md), defects D1 and D2: each as the tester typed it.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

const community = { 单位名称: "鼓楼社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" };

/** The body lines of a summary of 组织保障 rows (title, lead and signature left out). */
async function organizationLines(rows: Array<Record<string, string | number>>): Promise<string> {
  const text = await summaryTextOf({ profile: community, ledgers: { 组织保障: rows } });
  return text.split("\n").slice(4, -3).join("\n").trim();
}

describe("D1: a 称呼 or name at the head of a 组织保障 名称或内容 is cut with its verb, the rest told as the action", () => {
  it.each([
    ["老张牵头楼道长例会", 30, "每周1次", "累计召开楼道长例会30次。"],
    ["王书记带队楼道长例会", 30, "每周1次", "累计召开楼道长例会30次。"],
    ["张三负责楼道长例会", 30, "每周1次", "累计召开楼道长例会30次。"],
    ["老张牵头楼道长例会", 6, "每月1次", "坚持每月召开楼道长例会1次，累计召开6次。"],
  ] as const)("%s %s %s", async (content, count, every, expected) => {
    const text = await organizationLines([{ 事项类型: "其他", 名称或内容: content, 数量: count, 单位: "次", 频次: every, 备注: "老张=张福贵，电话15866667777" }]);
    expect(text).toContain(expected);
    expect(text).not.toMatch(/老张|王书记|张三|牵头|带队|负责/u);
  });

  it("check tells the name at 名称或内容", async () => {
    const file = await workbookFile({ profile: community, ledgers: { 组织保障: [{ 事项类型: "其他", 名称或内容: "老张牵头楼道长例会", 数量: 30, 单位: "次" }] } });
    expect((await cli("check", file)).out).toContain("提示 组织保障!B3 [value.personal] “名称或内容”中有个人姓名或称呼“老张”，总结不会写出这一部分；这一列请只写工作内容，如“召开楼道长例会”。");
  });
});

describe("D2: a person by title in brackets in a 组织保障 备注 never reaches the text", () => {
  it("与鸿运物业（王经理）共同召开 is said with the meeting, the bracket cut", async () => {
    const text = await organizationLines([{ 事项类型: "工作机制", 名称或内容: "红色物业联席会议制度", 数量: 6, 单位: "次", 频次: "每月1次", 备注: "与鸿运物业（王经理）共同召开" }]);
    expect(text).toContain("建立红色物业联席会议制度，坚持每月与鸿运物业共同召开联席会议1次，累计6次。");
    expect(text).not.toContain("王经理");
  });

  it.each(["（李书记）", "（张主任）", "（李书记、张主任）"])("a bracket %s is cut from a 备注 clause", async (bracket) => {
    const text = await organizationLines([{ 事项类型: "工作机制", 名称或内容: "创文例会制度", 频次: "每月", 备注: `与共建单位${bracket}共同召开` }]);
    expect(text).toContain("建立创文例会制度，每月与共建单位共同召开例会。");
  });
});
