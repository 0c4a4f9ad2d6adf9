import { lintText } from "./lint";

const rules = (text: string): string[] => lintText(text).map((i) => i.rule);

describe("lintText", () => {
  it("passes a clean text with headings, 一是/二是, decimals, a level-3 heading and nested quotes", () => {
    const text = [
      "某社区2023年上半年创建文明城市工作总结",
      "",
      "　　2023年上半年，社区开展各类活动23场，整改率为97.5%，投入4万余元。",
      "一、加强组织领导",
      "　　一是健全机构。注册志愿者550余人，约14800人次，近100名。",
      "　　二是开展“‘一老一小’关爱”活动（参与30人）。",
      "1.细化任务。制定方案12项。",
      "二、存在的不足",
      "　　一是宣传不够；二是整改不彻底。",
    ].join("\n");
    expect(lintText(text)).toEqual([]);
  });

  it("finds zero figures", () => {
    expect(rules("　　共开展0期道德讲堂。")).toEqual(["zero-figure"]);
    expect(rules("　　参与0人。")).toEqual(["zero-figure"]);
    expect(rules("　　2020年投入0.5万元，100%。")).toEqual([]);
  });

  it("finds doubled punctuation", () => {
    expect(rules("　　开展活动，，参与10人。")).toEqual(["doubled-punctuation"]);
    expect(rules("　　开展活动。。")).toEqual(["doubled-punctuation"]);
    expect(rules("　　开展活动；。")).toEqual(["doubled-punctuation"]);
  });

  it("finds half-width punctuation inside Chinese but not decimals or a level-3 heading", () => {
    expect(rules("　　开展活动,参与10人。")).toEqual(["half-width-punctuation"]);
    expect(rules("　　开展“3.8妇女节”活动(参与10人)。")).toEqual(["half-width-punctuation", "half-width-punctuation"]);
    expect(rules("　　开展活动.")).toEqual(["half-width-punctuation"]);
    expect(rules("1.加强领导。整改率为96.5%。")).toEqual([]);
  });

  it("finds a space between Chinese and digits", () => {
    expect(rules("　　开展活动 3场。")).toEqual(["space-cjk-digit"]);
    expect(rules("　　开展活动3 场。")).toEqual(["space-cjk-digit"]);
  });

  it("allows approximation words only as the narrative spec (v2 rule 4) does", () => {
    expect(rules("　　注册志愿者552余人。")).toEqual(["approximation"]);
    expect(rules("　　注册志愿者552多人。")).toEqual(["approximation"]);
    expect(rules("　　整改率约96%。")).toEqual(["approximation"]);
    expect(rules("　　知晓率达90余%。")).toEqual(["approximation"]);
    expect(rules("　　公益广告80多块。")).toEqual(["approximation"]);
    expect(rules("　　约80余块。")).toEqual(["approximation"]);
    expect(rules("　　资助100近名。")).toEqual(["approximation"]);
    expect(rules("　　公益广告80余块，志愿者550余人，4万余元，约14800人次，近100名，达90%以上。")).toEqual([]);
  });

  it("finds unbalanced quotes and brackets, and double quotes nested in double quotes", () => {
    expect(rules("　　开展“全民大清扫活动。")).toEqual(["unbalanced"]);
    expect(rules("　　开展活动（参与10人。")).toEqual(["unbalanced"]);
    expect(rules("　　开展活动）。")).toEqual(["unbalanced"]);
    expect(rules("　　开展““一老一小”关爱”活动。")).toEqual(["unbalanced"]);
  });

  it("takes the unit type as an option and keeps the one-argument call", () => {
    expect(rules("　　我局结合实际推进创建。")).toEqual([]);
    expect(lintText("　　我局结合实际推进创建。", { unitType: "社区" }).map((i) => i.rule)).toEqual(["wrong-subject"]);
    expect(lintText("　　我局结合实际推进创建。", { unitType: "机关部门" })).toEqual([]);
  });

  it("skips table rows (the appendix) for the prose rules", () => {
    expect(rules("东湖社区\t5场\t139人\t26处、6起\t26处、6起\t100%")).toEqual([]);
    expect(rules("　　发现问题26处、6起。")).toEqual(["mixed-units"]);
  });

  it("finds breaks in the numbering of headings and of 一是、二是", () => {
    expect(rules("一、甲\n三、乙")).toEqual(["numbering"]);
    expect(rules("一、甲\n（一）子\n（三）子")).toEqual(["numbering"]);
    expect(rules("一、甲\n1.子\n3.子")).toEqual(["numbering"]);
    expect(rules("一、甲\n　　一是甲。\n　　三是乙。")).toEqual(["numbering"]);
    expect(rules("一、甲\n　　一是甲；三是乙。")).toEqual(["numbering"]);
    expect(rules("一、甲\n　　一是甲。\n二、乙\n　　一是乙；二是丙。")).toEqual([]);
  });
});
