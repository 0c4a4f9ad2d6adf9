/** The measure-word table (narrative v2 rule 11): what it knows, what it prints, and where it keeps silent. */
import { isEchoClassifier, isWrongMeasureWord, measureRuleFor, measureWordRules, printedMeasureWord } from "./measure-words";

describe("measure-word table", () => {
  it("knows the kinds of thing the spec names, by the head noun at the end of the name", () => {
    const cases: readonly (readonly [string, string, string])[] = [
      ["出动执法人员", "people", "人"], ["执法队员", "people", "人"], ["注册志愿者", "people", "人"], ["小区保洁员", "people", "人"], ["专职网格员", "people", "人"],
      ["机关干部", "people", "人"], ["干部职工", "people", "人"], ["党员", "people", "人"], ["困难群众", "people", "人"], ["居民", "people", "人"],
      ["贫困学生", "people", "人"], ["教师", "people", "人"], ["抽调警力", "people", "人"], ["民警", "people", "人"],
      ["走访困难家庭", "households", "户"], ["悬挂横幅", "banners", "条"], ["展板", "boards", "块"], ["更换宣传栏", "boards", "块"], ["公益广告牌", "boards", "块"],
      ["道旗", "flags", "面"], ["道德讲堂", "moral-lectures", "期"], ["文明礼仪培训", "lectures", "场"], ["法治讲座", "lectures", "场"], ["创建工作推进会", "meetings", "次"],
      ["专项整治行动", "operations", "次"], ["日常巡查", "operations", "次"], ["社区学校", "schools", "所"], ["健身场所", "places", "处"], ["测评点位", "places", "处"],
      ["功能室", "rooms", "个"], ["执法车辆", "vehicles", "辆"], ["补植行道树", "trees", "棵"], ["发放慰问金", "money", "元"], ["绿化面积", "area", "平方米"],
      ["清运建筑垃圾", "weight", "吨"], ["发放宣传资料", "materials", "份"], ["签订门前三包责任书", "materials", "份"],
      // Facilities (new-user test 29, D22): a 垃圾桶 is counted (个), never weighed as its 垃圾.
      ["垃圾桶", "bins", "个"], ["新增充电桩", "chargers", "个"], ["安装路灯", "lamps", "盏"], ["增设休闲座椅", "seats", "张"], ["安装健身器材", "fitness", "套"], ["新增监控探头", "cameras", "个"],
    ];
    for (const [thing, id, preferred] of cases) expect([thing, measureRuleFor(thing)?.id, measureRuleFor(thing)?.preferred]).toEqual([thing, id, preferred]);
  });

  it("does not know what it cannot judge (precision first)", () => {
    for (const thing of ["创建测评任务", "拆除违章建筑", "创建工作领导小组", "人员密集场所巡查", "志愿者注册率", "志愿服务时长", "违规停车", "驻区单位共驻共建协议", "", "  "]) {
      const r = measureRuleFor(thing);
      // 人员密集场所巡查 is an operation, never people or a place.
      expect([thing, r?.id]).toEqual([thing, thing === "人员密集场所巡查" ? "operations" : undefined]);
    }
  });

  it("accepts every word a careful colleague lets stand", () => {
    const good: readonly (readonly [string, string])[] = [
      ["出动执法人员", "人次"], ["注册志愿者", "名"], ["困难群众", "户"], ["抽调警力", "名"], ["走访困难家庭", "户"], ["悬挂横幅", "幅"], ["公益广告", "块"],
      ["道旗", "面"], ["道德讲堂", "个"], ["培训", "人次"], ["推进会", "场"], ["入户排查", "户"], ["社区学校", "个"], ["家长学校", "期"],
      ["功能室", "间"], ["执法车辆", "台次"], ["乱停放非机动车", "起"], ["补植树木", "株"], ["发放慰问金", "万元"], ["清运垃圾", "车"], ["发放宣传资料", "册"],
      ["签订门前三包责任书", "户"], ["改造楼栋", "栋"], ["老旧小区", "个"], ["清理移动广告牌", "起"], ["清理小广告", "张"],
    ];
    for (const [thing, word] of good) expect([thing, word, isWrongMeasureWord(thing, word)]).toEqual([thing, word, false]);
  });

  it("prints the table's word where the typed one is wrong for the thing, the typed one otherwise", () => {
    expect(printedMeasureWord("执法队员", "个")).toBe("人");
    expect(printedMeasureWord("社区学校", "校")).toBe("所");
    expect(printedMeasureWord("功能室", "室")).toBe("个");
    expect(printedMeasureWord("健身场所", "场所")).toBe("处");
    expect(printedMeasureWord("悬挂横幅", "块")).toBe("条");
    // Review run 5: flags are 面, shelters 座.
    expect(printedMeasureWord("道旗", "块")).toBe("面");
    expect(printedMeasureWord("新建公交站亭", "个")).toBe("座");
    expect(printedMeasureWord("创建工作推进会", "个")).toBe("次");
    expect(printedMeasureWord("出动执法人员", "人次")).toBe("人次");
    expect(printedMeasureWord("创建测评任务", "项")).toBe("项");
    expect(printedMeasureWord("执法队员", "")).toBe("");
    // Units of measurement: only synonyms are replaced; another word would change the figure.
    expect(printedMeasureWord("发放慰问金", "块")).toBe("元");
    expect(printedMeasureWord("清运垃圾", "个")).toBe("个");
    expect(isWrongMeasureWord("清运垃圾", "个")).toBe(true);
  });

  it("tells echo classifiers from measure words that happen to repeat the thing", () => {
    expect(isEchoClassifier("社区学校", "校")).toBe(true);
    expect(isEchoClassifier("健身场所", "场所")).toBe(true);
    expect(isEchoClassifier("场所", "场所")).toBe(true);
    expect(isEchoClassifier("功能室", "室")).toBe(true);
    expect(isEchoClassifier("志愿服务站", "站")).toBe(true);
    expect(isEchoClassifier("社区学校", "所")).toBe(false);
    expect(isEchoClassifier("困难户", "户")).toBe(false);
    expect(isEchoClassifier("东湖好人", "人")).toBe(false);
    expect(isEchoClassifier("改造楼栋", "栋")).toBe(false);
    expect(isEchoClassifier("受理案件", "件")).toBe(false);
  });

  it("has unique ids, a preferred word among the acceptable ones, and no import from the narrative", () => {
    const ids = measureWordRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of measureWordRules) expect([r.id, r.words.includes(r.preferred)]).toEqual([r.id, true]);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const source: string = require("node:fs").readFileSync(require("node:path").join(__dirname, "measure-words.ts"), "utf8");
    expect(source).not.toMatch(/from\s+"/u);
  });
});

describe("printedMeasureWord and Object's own names", () => {
  it("prints a unit typed `toString` or `constructor` as typed, never a function (a fuzzed workbook, 2026-12-05)", () => {
    expect(printedMeasureWord("1", "toString")).toBe("toString");
    expect(printedMeasureWord("公益广告", "toString")).toBe("块");
    expect(printedMeasureWord("1", "constructor")).toBe("constructor");
  });
});
