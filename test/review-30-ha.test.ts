/**
 * Review run 30 (docs/narrative-quality.md run 30, reviewer AT), the roll-up texts left by the first pass, and new-user
 * test 58 D12 (docs/new-user-test-pane-58.md):
 * t57-transport (材料9) item 5: `全系统共组建志愿服务队伍2支，注册志愿者28人；累计开展服务60次，服务时长600小时` — 28 and 600 were
 * the 县客运站 team's alone (the 养护先锋队 left them blank): a figure not every team gave is said team by team, never as the
 * whole's; nor is it the opening's (`注册志愿者28人`), nor one team's members the opening's headline of a system (t56-housing
 * item 7: `注册志愿者30人`).
 * New-user test 58 D12: `县税务局及城东税务分局、开发区税务所共开展各类活动4场` while 开发区税务所 held none: the subject names
 * only the units the figures come from; a figure of other units is left to its section.
 * t56-housing item 4: `约9.29万元`, an approximate sum said in 万 with two decimals, is said to one decimal (`约9.3万元`).
 */

import { profile, lineWith, rolledUp, transport, housing } from "./support/run-30-rollups";

let transportText = "";
let housingText = "";
beforeAll(async () => {
  [transportText, housingText] = await Promise.all([rolledUp("交通局", transport), rolledUp("住建局", housing)]);
}, 60000);

describe("t57-transport item 5: volunteer figures not every team gave are said team by team", () => {
  it("四: each team with its unit and its own figures, never `全系统……注册志愿者28人`", () => {
    expect(lineWith(transportText, "壮大志愿服务队伍")).toBe("　　一是壮大志愿服务队伍。县公路养护中心“养护先锋队”开展服务10次；县客运站“春运暖冬”志愿服务队注册志愿者28人，开展服务50次，服务时长600小时。");
  });

  it("the opening says no registered volunteers of one team", () => {
    expect(transportText.split("\n")[2]).toBe("　　2025年上半年，县交通局在县文明办的指导下，统筹系统内各单位推进创建工作。全系统共开展各类活动5场。现将有关情况总结如下。");
  });
});

describe("t57-transport item 2 (test-58 list item 4): one row's meeting by its name", () => {
  it("`县交通局召开创文推进会2次`, never `召开工作会议2次`", () => {
    expect(lineWith(transportText, "领导小组")).toBe("　　县交通局及3家单位均成立创建工作领导小组，县交通局召开创文推进会2次，对下属单位开展督查6次。");
  });
});

describe("t56-housing item 7: one unit's registered volunteers are no headline of the system", () => {
  it("the opening keeps the activities only", () => {
    expect(housingText.split("\n")[2]).toBe("　　2025年上半年，县住建局在县文明办的指导下，统筹系统内各单位推进创建工作。全系统共开展各类活动6场。现将有关情况总结如下。");
  });

  it("the one team's figures stay in its section", () => {
    expect(lineWith(housingText, "壮大志愿服务队伍")).toBe("　　一是壮大志愿服务队伍。县燃气公司组建志愿服务队伍1支，注册志愿者30人；累计开展服务20次，服务时长80小时。");
  });
});

describe("t56-housing item 4: an approximate sum in 万 to one decimal", () => {
  it("`约9.3万元`, never `约9.29万元`", () => {
    expect(lineWith(housingText, "投入宣传经费")).toContain("全系统共投入宣传经费约9.3万元，其中县住建局本级约8万元、县燃气公司900元、县园林绿化所1.2万元。");
  });
});

describe("new-user test 58 D12: the opening's subject names only the units its figures come from", () => {
  it("`我局及城东税务分局共开展各类活动4场`, never with 开发区税务所 that held none", async () => {
    const tax = (name: string): Record<string, string | number> => profile(name, "机关部门", { 上级指导单位: "县税务局" });
    const text = await rolledUp("县税务局", [
      [profile("县税务局", "机关部门"), { 活动台账: [{ 日期: "2025-04-01", 活动名称: "税收宣传月“税法进校园”", 活动类型: "宣传教育", 参与数量: 300, 单位: "人" }] }],
      [tax("城东税务分局"), {
        活动台账: [
          { 日期: "2025-05-20", 活动名称: "文明窗口服务礼仪培训", 活动类型: "会议培训", 参与数量: 32, 单位: "人" },
          { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 20, 单位: "人" },
          { 日期: "2025-06-05", 活动名称: "环境日清洁", 活动类型: "环境整治", 参与数量: 20, 单位: "人" },
        ],
        志愿服务: [{ 队伍名称: "税务青年志愿服务队", 队伍类型: "青年志愿者", 注册人数: 26, 服务次数: 18 }],
        问题整改: [{ 问题类别: "其他", 发现数: 12, 已整改数: 12, 单位: "件", 备注: "纳税人排队时间长" }],
      }],
      [tax("城西税务分局"), { 问题整改: [{ 问题类别: "其他", 发现数: 5, 已整改数: 8, 单位: "件", 备注: "窗口秩序" }] }],
      [tax("开发区税务所"), { 志愿服务: [{ 队伍名称: "开发区税务所志愿服务队", 队伍类型: "青年志愿者", 注册人数: 8 }] }],
    ], false);
    const opening = text.split("\n")[2];
    expect(opening).toContain("我局及城东税务分局共开展各类活动4场，排查发现各类问题12件，已整改12件。");
    expect(opening).not.toContain("开发区税务所");
    // Members every team gave stay the whole's; the services only one team gave are that team's.
    expect(lineWith(text, "壮大志愿服务队伍")).toBe("　　一是壮大志愿服务队伍。上述各单位共组建志愿服务队伍2支，注册志愿者34人，其中城东税务分局26人、开发区税务所8人；城东税务分局“税务青年志愿服务队”开展服务18次。");
  });
});
