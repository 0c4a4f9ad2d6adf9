import { actionOf, closingActionOf, peopleWords, placeFigureRow, problemActions, SERVED_TRAINING, thingKindOf, unitTypeTraits } from "./domain";
import { Enums } from "./standard-v1";

describe("the domain tables (narrative v2 rules 1, 3, 8)", () => {
  it.each([
    ["出动巡查人员", "出动"], ["清理小广告", "清理"], ["与商户签订门前三包责任书", "签订"], ["走访慰问困难群众", "走访慰问"],
    ["宣传栏", undefined], ["服务站", undefined], ["保洁员", undefined], ["清运机动车辆", undefined], ["创建测评任务", undefined], ["教育培训机构", undefined],
  ])("actionOf(%s) = %s", (name, verb) => {
    expect(actionOf(name)).toBe(verb);
  });

  it.each([
    ["小区保洁员", "staff"], ["垃圾桶", "equipment"], ["志愿服务站", "facility"], ["文明礼仪培训", "lecture"], ["创建工作推进会", "meeting"],
    ["受益群众", "people"], ["困难家庭", "households"], ["开工率", "rate"], ["女领导干部捐书", "other"], ["测评点位", "other"],
  ])("thingKindOf(%s) = %s", (name, kind) => {
    expect(thingKindOf(name)).toBe(kind);
  });

  it("turns a name that closes with an action round, unless it is an action already", () => {
    expect(closingActionOf("老旧小区改造")).toEqual({ verb: "改造", object: "老旧小区" });
    expect(closingActionOf("配合部门专项整治")).toBeUndefined();
    expect(closingActionOf("改造")).toBeUndefined();
  });

  it("has an action for every 问题类别", () => {
    for (const k of Enums.problemKind) expect(problemActions[k]?.verb).toMatch(/^[\u4e00-\u9fff]{2}$/u);
  });

  it("keeps the 板块 a user chose and places 其他 rows by their words", () => {
    expect(placeFigureRow("宣传教育", "清理小广告")).toBe("publicity");
    expect(placeFigureRow("其他", "清理小广告")).toBe("environment");
    expect(placeFigureRow("其他", "召开创建动员会")).toBe("organization");
    expect(placeFigureRow("其他", "走访慰问困难群众")).toBe("care");
    expect(placeFigureRow("其他", "某某事项")).toBe("other");
  });
});

it("a verb that opens a day's name opens no action (植树节义务植树; new-user test 4, D2), 日常 still does", () => {
  expect(actionOf("植树节义务植树")).toBeUndefined();
  expect(actionOf("开展日常巡查")).toBe("开展");
  expect(actionOf("清理小广告")).toBe("清理");
});

describe("unitTypeTraits", () => {
  it("has the traits of every 单位类型 of the list, and a district body's for an unreadable one", () => {
    expect(Enums.unitType.map((t) => `${t} ${unitTypeTraits(t).ownHonourLevel} ${unitTypeTraits(t).territorial} ${unitTypeTraits(t).combines}`)).toEqual([
      "社区 社区/村 true area", "村 社区/村 true area", "街道 街道/乡镇 true area", "乡镇 街道/乡镇 true area", "机关部门 县/区 true area",
      "群团组织 县/区 false area", "学校 本单位 false school", "企事业单位 本单位 false org", "其他 本单位 true area",
    ]);
    expect(unitTypeTraits("单位")).toEqual({ ownHonourLevel: "县/区", territorial: true, combines: "area" });
  });
});

describe("peopleWords: one table of people words by role", () => {
  const words = (role: Parameters<typeof peopleWords>[0]): string[] => peopleWords(role).split("|");
  test("each role's words", () => {
    expect(words("supervised")).toEqual(["矫正对象", "刑满释放人员", "帮教对象", "吸毒人员", "监管对象"]);
    expect(words("given")).toEqual(["残疾人", "老人", "居民", "村民", "群众", "低保户", "家庭", "儿童", "困难户", "五保户", "特困户", "军属", "烈属"]);
  });
  test("no word of a role begins another of it (the alternation's order never changes a match)", () => {
    for (const role of ["served", "given", "named", "supervised"] as const) {
      const all = words(role);
      expect(all.filter((w) => all.some((o) => o !== w && o.startsWith(w)))).toEqual([]);
    }
  });
  test("a training of the people served is one; of the unit's own workers serving them, none", () => {
    expect(SERVED_TRAINING.test("残疾人就业技能培训")).toBe(true);
    expect(SERVED_TRAINING.test("社区矫正对象集中教育")).toBe(true);
    expect(SERVED_TRAINING.test("残疾人专职委员培训")).toBe(false);
  });
});
