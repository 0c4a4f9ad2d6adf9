/**
 * New-user test 42 (docs/new-user-test-pane-42.md), defects D1, D8, D11, D23, D24: staff free text in 简要内容 and 组织保障 as a
 * colleague would write it.
 */
import { summaryTextOf } from "./support/summaries";

const profile = { 单位名称: "青石镇人民政府", 单位类型: "乡镇", 报告年度: 2025, 报告期: "上半年" } as const;

const activity = (name: string, kind: string, count: number, unit: string, summary: string, date = "2025-03-05") => ({ 日期: date, 活动名称: name, 活动类型: kind, 参与数量: count, 单位: unit, 简要内容: summary });

it("D23: every clause naming a person by nickname is left out, never only the first", async () => {
  const text = await summaryTextOf({ profile, ledgers: { 活动台账: [activity("学雷锋便民服务", "志愿服务", 35, "人", "理发、修家电，志愿者老周和小李负责，联系老周")] } });
  expect(text).not.toMatch(/老周|小李/u);
  expect(text).toContain("3月5日开展“学雷锋便民服务”活动，内容包括理发、修家电，参与35人。");
});

it("D11: who led an activity is no content: a leader's title leads the sentence", async () => {
  const text = await summaryTextOf({ profile, ledgers: { 活动台账: [activity("其他", "理论学习", 120, "人", "党的二十届四中全会精神宣讲，镇党委书记带队", "2025-05-12")] } });
  expect(text).toContain("5月12日镇党委书记带队开展党的二十届四中全会精神宣讲，参与120人。");
});

it("D24: a leader named with her title, and a 简要内容 of who took part, are no content", async () => {
  const text = await summaryTextOf({ profile, ledgers: { 活动台账: [
    activity("三八节插花", "文体活动", 20, "人", "妇联主席张桂芳带队", "2025-03-05"),
    activity("防灾减灾演练", "志愿服务", 5, "家", "辖区商户", "2025-05-12"),
  ] } });
  expect(text).not.toMatch(/为主要内容|张桂芳/u);
  expect(text).toContain("3月5日妇联主席带队开展“三八节插花”文体活动，参与20人。");
  expect(text).toContain("5月12日开展“防灾减灾演练”志愿服务活动，5家商户参加。");
});

it("D8: a 其他 row whose 简要内容 opens with a drill is told as that drill, never a section of 开展1场活动", async () => {
  const text = await summaryTextOf({ profile: { 单位名称: "阳光幼儿园", 单位类型: "学校", 报告年度: 2025, 报告期: "上半年" }, ledgers: { 活动台账: [activity("其他", "其他", 120, "人", "消防演练 全园师生参加", "2025-03-15")] } });
  expect(text).not.toContain("开展1场活动");
  expect(text).toContain("3月15日开展消防演练，全园师生120人参加。");
});

it("D1: a 其他 activity's spoken clauses are written or left out, self-praise never told", async () => {
  const text = await summaryTextOf({ profile: { ...profile, 单位名称: "福园社区居委会", 单位类型: "社区" }, ledgers: { 活动台账: [activity("其他", "其他", 15, "人", "广场舞队开会 定了音量不超过60分贝 晚上八点半前结束 群众反映好", "2025-06-10")] } });
  expect(text).not.toMatch(/反映好|定了/u);
  expect(text).toContain("6月10日召开广场舞队会议，商定音量不超过60分贝、晚上八点半前结束，15人参加。");
});

it("D8: the drill typed without a count is told with who took part as typed", async () => {
  const text = await summaryTextOf({ profile: { 单位名称: "阳光幼儿园", 单位类型: "学校", 报告年度: 2025, 报告期: "上半年" }, ledgers: { 活动台账: [{ 日期: "2025-03-15", 活动名称: "其他", 活动类型: "其他", 简要内容: "消防演练 全园师生参加" }] } });
  expect(text).not.toContain("开展1场活动");
  expect(text).toContain("3月15日开展消防演练，全园师生参加。");
});

it("D1: a 组织保障 其他 row's spoken result clause goes, its count with the action", async () => {
  const text = await summaryTextOf({ profile: { ...profile, 单位名称: "福园回迁安置社区居委会", 单位类型: "社区" }, ledgers: { 组织保障: [
    { 事项类型: "其他", 名称或内容: "网格员入户摸排，回迁户底数摸清了", 数量: 2000, 单位: "户" },
  ] } });
  expect(text).not.toContain("摸清了");
  expect(text).toContain("组织网格员入户摸排回迁户2000户");
});
