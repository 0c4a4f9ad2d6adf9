/**
 * Review run 30 (docs/narrative-quality.md run 30, reviewer AT), single-unit items:
 * 1. t57-procuratorate item 5 (new-user test 57, D12): a 问题整改 其他 row of leads (`公益诉讼线索`) whose 备注 says the step
 *    taken (`已经发了诉前检察建议`) was told `办理公益诉讼线索8件，均已办结。摸排公益诉讼线索15条。`: its completion is the step the
 *    备注 says, and the leads surveyed (其他指标) come first, one measure word: `摸排公益诉讼线索15条，办理8条，均已发出诉前检察建议`.
 * 2. t57-elder item 4: `注册志愿者165人，其中老年志愿者120人` in a 老年大学, whose teams are all of elderly learners: the members
 *    told per team (`其中银龄志愿服务队120人、夕阳红文艺队45人`), or no breakdown.
 * 3. t57-elder item 2: `4月开展“文明礼仪课堂”宣传教育活动，每个班上一节文明礼仪课，参与200余人次` (备注 `全年共上了8期`): a class
 *    given in each class said `各班级开设文明礼仪课`; the sessions the 备注 counts of a row dated in one month said
 *    `4月起……，全年共开展8期`.
 */
import { readRemark } from "../src/core/facts/remark";
import { summaryTextOf } from "./support/summaries";
import { ledgers } from "./support/ledger-rows";

const lineWith = (text: string, part: string): string | undefined => text.split("\n").find((l) => l.includes(part) && !l.includes("现将"));

const procuratorate = (remark: string, surveyed?: string) => ({
  profile: { 单位名称: "县人民检察院", 单位简称: "我院", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
  ledgers: ledgers({
    组织保障: [["领导小组", "成立创文工作领导小组", "1", "个", "2025.1.6"]],
    问题整改: [
      ["其他", "8", "8", "件", "", "第五检察部", "2025.6.30", "", remark],
      ["卫生死角", "5", "4", "处", "", "办公室"],
    ],
    活动台账: [["2025.5.20", "检察开放日", "宣传教育", "80", "人", "院机关"]],
    其他指标: surveyed ? [["环境整治", surveyed, "15", "条"]] : [],
  }),
});

describe("item 1: leads are told with the step the 备注 says, surveyed first", () => {
  it("reads the step a 备注 says was taken, as written", () => {
    expect(readRemark("公益诉讼线索，食品安全和占道的都有，已经发了诉前检察建议").step).toBe("发出诉前检察建议");
    expect(readRemark("公益诉讼线索，已制发检察建议书").step).toBe("制发检察建议书");
    expect(readRemark("问题线索，都立案了").step).toBe("立案");
    expect(readRemark("涉嫌违法线索，已移送公安机关").step).toBe("移送公安机关");
    expect(readRemark("举报线索，移交纪委了").step).toBe("移送纪委");
    expect(readRemark("商户占道，已约谈负责人").step).toBe("约谈负责人");
    expect(readRemark("已下发整改通知书").step).toBe("下发整改通知书");
    // No step said: none made up.
    expect(readRemark("公益诉讼线索，食品安全和占道的都有").step).toBeUndefined();
    expect(readRemark("准备发检察建议").step).toBeUndefined();
    expect(readRemark("还没立案").step).toBeUndefined();
  });

  it("t57-procuratorate: `摸排公益诉讼线索15条，办理8条，均已发出诉前检察建议`", async () => {
    const text = await summaryTextOf(procuratorate("公益诉讼线索，食品安全和占道的都有，已经发了诉前检察建议", "摸排公益诉讼线索"));
    expect(lineWith(text, "线索")).toBe("　　发现卫生死角问题5处，已整改4处；摸排公益诉讼线索15条，办理8条，均已发出诉前检察建议。");
  });

  it("no surveyed row: the leads handled with the step; no step said: 办结 as before", async () => {
    const alone = await summaryTextOf(procuratorate("公益诉讼线索，已经发了诉前检察建议"));
    expect(lineWith(alone, "线索")).toBe("　　发现卫生死角问题5处，已整改4处；办理公益诉讼线索8件，均已发出诉前检察建议。");
    const plain = await summaryTextOf(procuratorate("公益诉讼线索"));
    expect(lineWith(plain, "线索")).toBe("　　发现卫生死角问题5处，已整改4处；办理公益诉讼线索8件，均已办结。");
  });
});

const elderSchool = (teams: string[][]) => ({
  profile: { 单位名称: "县老年大学", 单位类型: "企事业单位", 上级指导单位: "县委老干部局", 报告年度: 2025, 报告期: "全年" },
  ledgers: ledgers({
    组织保障: [["领导小组", "创文工作领导小组", "1", "个", "2025年2月10日"]],
    志愿服务: teams,
    活动台账: [["2025.3.5", "学雷锋老年学员志愿服务", "志愿服务", "80", "人", "人民广场"]],
  }),
});

describe("item 2: a 老年大学's members are all elderly: per team, never `其中老年志愿者`", () => {
  it("t57-elder: `注册志愿者165人，其中银龄志愿服务队120人、夕阳红文艺队45人`", async () => {
    const text = await summaryTextOf(elderSchool([
      ["银龄志愿服务队", "老年志愿者", "一百二十", "40余", "1,500", "文明劝导、义务写春联、陪伴独居老人"],
      ["夕阳红文艺队", "其他", "45", "12", "", "文艺下乡"],
    ]));
    expect(lineWith(text, "注册志愿者")).toContain("现有银龄志愿服务队和夕阳红文艺队共2支志愿服务队伍，注册志愿者165人，其中银龄志愿服务队120人、夕阳红文艺队45人；");
    expect(text).not.toContain("其中老年志愿者");
  });

  it("a team without its count: no breakdown", async () => {
    const text = await summaryTextOf(elderSchool([
      ["银龄志愿服务队", "老年志愿者", "120", "40", "", "文明劝导"],
      ["书画志愿队", "老年志愿者", "", "12", "", "义务写春联"],
      ["夕阳红文艺队", "其他", "45", "12", "", "文艺下乡"],
    ]));
    expect(lineWith(text, "注册志愿者")).toContain("志愿服务队伍，注册志愿者165人；");
  });
});

const lessons = (remark: string, date = "2025年4月") => ({
  profile: { 单位名称: "县老年大学", 单位类型: "企事业单位", 上级指导单位: "县委老干部局", 报告年度: 2025, 报告期: "全年" },
  ledgers: ledgers({
    组织保障: [["领导小组", "创文工作领导小组", "1", "个", "2025年2月10日"]],
    活动台账: [
      [date, "文明礼仪课堂", "宣传教育", "200余", "人次", "", "", "每个班上一节文明礼仪课", remark],
      ["2025.3.5", "学雷锋老年学员志愿服务", "志愿服务", "80", "人", "人民广场"],
    ],
  }),
});

describe("item 3: a class in each class, and the sessions the 备注 counts", () => {
  it("t57-elder: `4月起开展“文明礼仪课堂”宣传教育活动，各班级开设文明礼仪课，全年共开展8期，参与200余人次`", async () => {
    const text = await summaryTextOf(lessons("全年共上了8期"));
    expect(lineWith(text, "文明礼仪课")).toContain("4月起开展“文明礼仪课堂”宣传教育活动，各班级开设文明礼仪课，全年共开展8期，参与200余人次。");
    // No year typed: none added.
    const done = await summaryTextOf(lessons("共开展8期"));
    expect(lineWith(done, "文明礼仪课")).toContain("4月起开展“文明礼仪课堂”宣传教育活动，各班级开设文明礼仪课，共开展8期，参与200余人次。");
  });

  it("no count of sessions, or a count of something else: left out", async () => {
    const text = await summaryTextOf(lessons("全年共发了800份资料"));
    expect(lineWith(text, "文明礼仪课")).toContain("4月开展“文明礼仪课堂”宣传教育活动，各班级开设文明礼仪课，参与200余人次。");
    const day = await summaryTextOf(lessons("全年共上了8期", "2025.4.10"));
    expect(lineWith(day, "文明礼仪课")).not.toContain("8期");
  });
});
