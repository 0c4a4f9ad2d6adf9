/**
 * New-user test 43 (docs/new-user-test-pane-43.md), defects D11 and D2: free text of 简要内容 and 组织保障 copied into the
 * summary as typed — a person by surname and office leading the sentence (`刘书记带队`), a nickname's spoken clause
 * (`胖姐也来了`), a bare name left beside an imported phone (`李建国`), staff chatter and impressions (`小刘拍照`, `顺便宣传`,
 * `很感人`, `家长都说好`, `帮着跑`). Such a clause is left out, and check says so at the cell.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { hasPersonalData, whoLed, withoutNamedContacts } from "../src/core/facts/remark";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

const community = { 单位名称: "柳岸社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" };
const street = { 单位名称: "中山路步行街社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" };

const activity = (date: string, name: string, kind: string, count: number, unit: string, summary: string, place?: string) =>
  ({ 日期: date, 活动名称: name, 活动类型: kind, 参与数量: count, 单位: unit, 简要内容: summary, ...(place ? { 地点: place } : {}) });

async function findingsOf(content: WorkbookContent): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.filter((f) => f.rule === "value.personal" || f.rule === "text.placeholder" || f.rule === "org.spoken-name").map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`);
}

describe("D11: `刘书记带队 胖姐也来了 李建国13812340000`", () => {
  it.each([
    ["刘书记带队", true], ["王主任带领", true], ["李队长带队", true], ["张局带队", true], ["由刘书记带队", true], ["市委刘书记带队", true],
    ["镇党委书记带队", false], ["社区书记带队", false], ["党支部书记带队", false], ["妇联主席带队", false], ["工会主席带队", false],
  ])("hasPersonalData(%s) is %s: a single surname and an office is a person", (text, personal) => {
    expect(hasPersonalData(text)).toBe(personal);
  });

  it("whoLed: a person never leads the sentence, a title still does", () => {
    expect(whoLed("刘书记带队")).toEqual({});
    expect(whoLed("张局带队")).toEqual({});
    expect(whoLed("社区书记带队")).toEqual({ lead: "社区书记带队" });
    expect(whoLed("镇党委书记带队")).toEqual({ lead: "镇党委书记带队" });
  });

  it("the import cuts the bare name typed before a phone together with the number", () => {
    expect(withoutNamedContacts("刘书记带队 胖姐也来了 李建国13812340000")).toBe("刘书记带队 胖姐也来了");
    expect(withoutNamedContacts("李建国：0731-84561234，发放资料")).toBe("发放资料");
    expect(withoutNamedContacts("李建国 138-1234-0000")).toBe("");
    // A place or a body before a number is no name (`高新区`, `万达广场`): only the number goes.
    expect(withoutNamedContacts("高新区13812340000")).toBe("高新区");
    expect(withoutNamedContacts("万达广场 13812340000")).toBe("万达广场");
  });

  it.each([
    ["刘书记带队 胖姐也来了 李建国"],
    ["刘书记带队 胖姐也来了 李建国13812340000"],
  ])("the summary of 简要内容 %s names nobody", async (summary) => {
    const text = await summaryTextOf({ profile: community, ledgers: { 活动台账: [activity("2025-03-05", "学雷锋大扫除", "志愿服务", 35, "人", summary, "小区广场")] } });
    expect(text).toContain("3月5日在小区广场开展“学雷锋大扫除”志愿服务活动，参与35人。");
    expect(text).not.toMatch(/刘书记|胖姐|李建国|也来了/u);
  });

  it("a leader by title still leads: `社区书记带队 清理楼道杂物`", async () => {
    const text = await summaryTextOf({ profile: community, ledgers: { 活动台账: [activity("2025-03-05", "学雷锋大扫除", "志愿服务", 35, "人", "社区书记带队 清理楼道杂物", "小区广场")] } });
    expect(text).toContain("3月5日社区书记带队在小区广场开展“学雷锋大扫除”志愿服务活动，清理楼道杂物，参与35人。");
  });

  it("`发了宣传单12块展板` (spoken, two things in one) is left out", async () => {
    const text = await summaryTextOf({ profile: community, ledgers: { 活动台账: [activity("2025-03-05", "垃圾分类宣传", "宣传教育", 20, "户", "发了宣传单12块展板")] } });
    expect(text).not.toMatch(/发了|12块/u);
    expect(text).toContain("3月5日开展“垃圾分类宣传”活动，覆盖20户。");
  });

  it("check: value.personal for 刘书记, a 提示 for the spoken clause", async () => {
    expect(await findingsOf({ profile: community, ledgers: { 活动台账: [
      activity("2025-03-05", "学雷锋大扫除", "志愿服务", 35, "人", "刘书记带队 胖姐也来了 李建国", "小区广场"),
      activity("2025-03-05", "垃圾分类宣传", "宣传教育", 20, "户", "发了宣传单12块展板"),
    ] } })).toEqual([
      // `胖姐` is a nickname (new-user test 47, D11): her clause is value.personal's, told with 刘书记.
      // Who led, by surname and office, is said as who did it too (new-user test 50, D1).
      "text.placeholder 活动台账!H3 简要内容中“刘书记带队”说的是由谁来做，不是活动内容：总结不写这一句；请写明活动的实际内容，个人姓名不必写入。",
      "value.personal 活动台账!H3 “简要内容”中有个人姓名或称呼“刘书记、胖姐”，总结不会写出这一部分；个人信息请不要填在这一列。",
      "text.placeholder 活动台账!H4 “简要内容”中“发了宣传单12块展板”是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。",
    ]);
  });
});

describe("D2: spoken 简要内容 and 备注 are not copied as clauses", () => {
  it.each([
    ["端午包粽子", "关爱帮扶", 40, "人", "社区老人一起包粽子 小刘拍照", "6月20日开展“端午包粽子”关爱帮扶活动，参与40人。", /小刘|拍照|一起/u],
    ["三八节巾帼志愿服务", "志愿服务", 35, "人", "帮商户分垃圾 顺便宣传", "6月20日开展“三八节巾帼志愿服务”活动，为商户分垃圾，参与35人。", /顺便/u],
    ["夜市文明劝导", "志愿服务", 100, "人次", "劝导流动摊贩 共享单车摆放", "6月20日开展“夜市文明劝导”志愿服务活动，劝导流动摊贩，参与100人次。", /共享单车摆放/u],
    ["暑托班开班", "关爱帮扶", 200, "人", "小朋友很多 家长都说好", "6月20日开展“暑托班开班”关爱帮扶活动，参与200人。", /小朋友|都说好/u],
    ["七一理论宣讲", "理论学习", 45, "人", "老党员讲党史 很感人", "6月20日开展“七一理论宣讲”，老党员讲党史，参与45人。", /感人/u],
  ])("%s: 简要内容 %#", async (name, kind, count, unit, summary, sentence, never) => {
    const text = await summaryTextOf({ profile: street, ledgers: { 活动台账: [activity("2025-06-20", name, kind, count, unit, summary)] } });
    expect(text).toContain(sentence);
    expect(text).not.toMatch(never);
  });

  it("good 简要内容 after a space survive: `猜灯谜 发汤圆`, `楼道长带头 清理楼道杂物`, `消防演练 全园师生参加`", async () => {
    const text = await summaryTextOf({ profile: street, ledgers: { 活动台账: [
      activity("2025-02-12", "元宵猜灯谜", "我们的节日", 200, "人次", "猜灯谜 发汤圆"),
      activity("2025-03-12", "楼道清洁日", "环境整治", 30, "人", "楼道长带头 清理楼道杂物"),
    ] } });
    expect(text).toContain("猜灯谜，发汤圆");
    expect(text).toContain("楼道长带头，清理楼道杂物");
  });

  it("组织保障 `包联社区 帮着跑` is `包联社区2个`", async () => {
    const text = await summaryTextOf({ profile: { 单位名称: "城南区应急管理局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "月度", 起始日期: "2025-05-01", 截止日期: "2025-05-31" }, ledgers: { 组织保障: [{ 事项类型: "其他", 名称或内容: "包联社区 帮着跑", 数量: 2, 单位: "个" }] } });
    expect(text).toContain("包联社区2个。");
    expect(text).not.toContain("帮着跑");
  });

  it("check says where: 小刘 is a person, `顺便宣传`, `很感人`, `帮着跑` are spoken", async () => {
    expect(await findingsOf({ profile: street, ledgers: {
      活动台账: [
        activity("2025-06-20", "端午包粽子", "关爱帮扶", 40, "人", "社区老人一起包粽子 小刘拍照"),
        activity("2025-03-08", "三八节巾帼志愿服务", "志愿服务", 35, "人", "帮商户分垃圾 顺便宣传"),
        activity("2025-06-01", "七一理论宣讲", "理论学习", 45, "人", "老党员讲党史 很感人"),
      ],
      组织保障: [{ 事项类型: "其他", 名称或内容: "包联社区 帮着跑", 数量: 2, 单位: "个" }],
    } })).toEqual([
      "org.spoken-name 组织保障!B3 名称或内容“包联社区 帮着跑”中有口语，总结按“包联社区”理解；请写成书面的名称，说明写在“备注”中。",
      // `社区老人一起包粽子` is content (共同包粽子: new-user test 46, D7), no talk; the summary leaves it as the name's echo.
      "value.personal 活动台账!H3 “简要内容”中有个人姓名或称呼“小刘”，总结不会写出这一部分；个人信息请不要填在这一列。",
      "text.placeholder 活动台账!H4 “简要内容”中“顺便宣传”是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。",
      "text.placeholder 活动台账!H5 “简要内容”中“很感人”是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。",
    ]);
  });
});
