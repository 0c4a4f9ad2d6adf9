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
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { cli } from "./support/cli";
import type { Ledgers } from "./support/rollup";

type Unit = readonly [profile: Record<string, string | number>, ledgers: Ledgers];
const profile = (单位名称: string, 单位类型: string, more: Record<string, string | number> = {}): Record<string, string | number> => ({ 单位名称, 单位类型, 报告年度: 2025, 报告期: "上半年", ...more });
const lineWith = (text: string, part: string): string | undefined => text.split("\n").find((l) => l.includes(part));

/** The CLI's forced roll-up of `units` into `--unit unit` and the forced summary of it. */
async function rolledUp(unit: string, units: readonly Unit[], force = true): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "r30-ha-"));
  const files = await Promise.all(units.map(async ([p, ledgers], i) => {
    const file = join(dir, `${i + 1}-${String(p.单位名称)}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: p, ledgers }));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  const rolled = await cli("rollup", ...files, "-o", out, "--unit", unit, ...(force ? ["--force"] : []));
  if (rolled.code > 1) throw new Error(rolled.err);
  return (await cli("summarize", out, "-o", dir, "--force", "--date", "2025-07-08", "--text", "-")).out;
}

const sub = (name: string, short?: string): Record<string, string | number> => profile(name, "企事业单位", { 上级指导单位: "县交通运输局", ...(short ? { 单位简称: short } : {}) });
const transport: readonly Unit[] = [
  [profile("县交通运输局", "机关部门", { 单位简称: "县交通局", 上级指导单位: "县文明办", 成文日期: "2025-07-10" }), {
    组织保障: [
      { 事项类型: "领导小组", 名称或内容: "局创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-15" },
      { 事项类型: "工作会议", 名称或内容: "创文推进会", 数量: 2, 单位: "次" },
      { 事项类型: "督查检查", 名称或内容: "对下属单位督查", 数量: 6, 单位: "次", 频次: "每月1次" },
    ],
    活动台账: [{ 日期: "2025-06-10", 活动名称: "文明交通宣传进企业", 活动类型: "宣传教育", 参与数量: 150, 单位: "人", 简要内容: "给货运司机讲安全驾驶和文明行车" }],
    文字材料: [{ 类型: "下一步打算", 内容: "加强对下属单位的督促指导" }],
  }],
  [sub("县道路运输服务中心"), { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "创文领导小组", 数量: 1, 单位: "个" }] }],
  [sub("县公路养护中心"), {
    组织保障: [{ 事项类型: "领导小组", 名称或内容: "创文领导小组", 数量: 1, 单位: "个" }, { 事项类型: "督查检查", 名称或内容: "路段巡查", 数量: "周周都查", 单位: "次" }],
    志愿服务: [{ 队伍名称: "养护先锋队", 队伍类型: "党员志愿者", 注册人数: "-", 服务次数: 10 }],
    问题整改: [{ 问题类别: "占道堆放", 发现数: 30, 已整改数: 35, 单位: "处" }, { 问题类别: "渣土偷倒", 发现数: "约20", 已整改数: 18, 单位: "车" }],
    活动台账: [
      { 日期: "2025.13.5", 活动名称: "国省干线环境整治", 活动类型: "环境整治", 参与数量: 120, 单位: "人次", 简要内容: "清理路肩垃圾，拔草" },
      { 日期: "2025-05-01", 活动名称: "劳动节道路保洁", 活动类型: "环境整治", 参与数量: 80, 单位: "人", 备注: "养护工老周带队" },
    ],
    其他指标: [{ 板块: "环境整治", 指标名称: "清理路面抛洒物", 数值: 300, 单位: "立方米", 表述: "约" }],
  }],
  [sub("县客运站"), {
    组织保障: [{ 事项类型: "领导小组", 名称或内容: "客运站创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-02-12" }],
    宣传投放: [
      { 类型: "电子屏", 位置或内容: "候车大厅电子屏播放公益广告", 数量: 4, 单位: "块", 方式: "维护" },
      { 类型: "公益广告", 位置或内容: "站前广场公益广告牌", 数量: 12, 单位: "块", 方式: "新设", "投入金额（元）": 8000, 日期: "2025-03-15" },
    ],
    志愿服务: [{ 队伍名称: "“春运暖冬”志愿服务队", 队伍类型: "青年志愿者", 注册人数: 28, 服务次数: 50, "服务时长（小时）": 600 }],
    问题整改: [{ 问题类别: "乱摆卖", 发现数: 15, 已整改数: 15, 单位: "处", 责任单位: "站务科" }],
    活动台账: [
      { 日期: "2025-01-20", 活动名称: "春运爱心服务站", 活动类型: "志愿服务", 参与数量: 12000, 单位: "人次", 地点: "候车大厅", 简要内容: "给旅客送热水、帮老人提行李" },
      { 日期: "2025-04-04", 活动名称: "清明文明祭扫宣传", 活动类型: "我们的节日", 参与数量: "500余", 单位: "人次" },
    ],
    其他指标: [{ 板块: "其他", 指标名称: "发送旅客", 数值: 356000, 单位: "人次" }],
  }],
];

const housing: readonly Unit[] = [
  [profile("青山县住房和城乡建设局", "机关部门", { 单位简称: "县住建局", 上级指导单位: "县文明办", 成文日期: "2025-07-10" }), {
    组织保障: [
      { 事项类型: "领导小组", 名称或内容: "成立局创建文明城市工作领导小组，局长任组长", 数量: 1, 单位: "个", 日期: "2025-01-08" },
      { 事项类型: "督查检查", 名称或内容: "开展在建工地文明施工督查", 数量: 24, 单位: "次", 频次: "每周1次" },
    ],
    宣传投放: [{ 类型: "围挡公益广告", 位置或内容: "在建工地围挡公益广告", 数量: 3200, 单位: "平方米", 方式: "新设", "投入金额（元）": "约8万" }],
    问题整改: [{ 问题类别: "渣土偷倒", 发现数: 35, 已整改数: 33, 单位: "起", 责任单位: "县城管执法大队" }, { 问题类别: "其他", 发现数: 60, 已整改数: 58, 单位: "处", 备注: "工地围挡破损" }],
    活动台账: [
      { 日期: "2025-04-22", 活动名称: "“文明施工 美丽工地”观摩会", 活动类型: "会议培训", 参与数量: 150, 单位: "人", 地点: "城南安置房项目" },
      { 日期: "2025-03-05", 活动名称: "机关干部学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 45, 单位: "人", 简要内容: "局机关干部到社区清理小广告" },
    ],
    文字材料: [{ 类型: "下一步打算", 内容: "持续开展工地围挡公益广告提升行动" }],
  }],
  [profile("青山县燃气有限公司", "企事业单位", { 单位简称: "县燃气公司", 上级指导单位: "县住房和城乡建设局" }), {
    组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立燃气安全和文明创建领导小组", 数量: 1, 单位: "个", 日期: "2025-01-15" }],
    宣传投放: [
      { 类型: "宣传单", 位置或内容: "燃气安全使用宣传单", 数量: 3000, 单位: "份", 方式: "发放", 日期: "2025-03-15" },
      { 类型: "横幅", 位置或内容: "“安全用气 文明用气”横幅", 数量: 15, 单位: "条", 方式: "新设", "投入金额（元）": 900, 日期: "2025-04-01" },
    ],
    志愿服务: [{ 队伍名称: "燃气党员服务队", 队伍类型: "党员志愿者", 注册人数: 30, 服务次数: 20, "服务时长（小时）": 80, 主要服务内容: "独居老人燃气隐患免费检修" }],
    问题整改: [{ 问题类别: "其他", 发现数: 120, 已整改数: 115, 单位: "户", 责任单位: "安检所", 备注: "燃气隐患，胶管老化、无熄火保护" }],
    活动台账: [
      { 日期: "2025-03-15", 活动名称: "“3·15”燃气安全进社区", 活动类型: "宣传教育", 参与数量: "约300", 单位: "人", 地点: "锦华社区", 简要内容: "现场讲解安全用气，发放宣传资料" },
      { 日期: "2025-05-20", 活动名称: "独居老人燃气安检上门服务", 活动类型: "志愿服务", 参与数量: 60, 单位: "户", 地点: "城关镇", 简要内容: "免费更换胶管，张师傅他们几个跑了一整天" },
    ],
    其他指标: [{ 板块: "其他", 指标名称: "入户安检", 数值: 5200, 单位: "户" }],
    文字材料: [{ 类型: "存在不足", 内容: "老旧小区管道老化问题突出，整改难度大" }],
  }],
  [profile("青山县园林绿化管理所", "企事业单位", { 单位简称: "县园林绿化所", 上级指导单位: "县住房和城乡建设局" }), {
    宣传投放: [{ 类型: "公益广告", 位置或内容: "公园内公益广告牌", 数量: 20, 单位: "块", 方式: "新设", "投入金额（元）": 12000, 日期: "2025-03-12" }],
    问题整改: [{ 问题类别: "卫生死角", 发现数: 15, 已整改数: 18, 单位: "处" }, { 问题类别: "其他", 发现数: 8, 已整改数: -2, 单位: "处", 备注: "绿地毁损" }],
    活动台账: [
      { 日期: "2025-03-12", 活动名称: "植树节义务植树", 活动类型: "志愿服务", 参与数量: "两百余", 单位: "人", 地点: "滨河公园", 简要内容: "种了樟树、桂花800多棵" },
      { 日期: "2025.6.31", 活动名称: "公园文明游园劝导", 活动类型: "志愿服务", 参与数量: 50, 单位: "人次" },
    ],
    其他指标: [{ 板块: "环境整治", 指标名称: "修剪绿化带", 数值: 120000, 单位: "平方米", 表述: "约" }],
  }],
  [profile("青山县建筑工程质量监督站", "企事业单位"), { 组织保障: [{ 事项类型: "工作会议", 名称或内容: "传达县创建文明城市动员会精神", 数量: 1, 单位: "次" }] }],
];

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
    expect(transportText.split("\n")[2]).toBe("　　2025年上半年，县交通运输局在县文明办的指导下，统筹系统内各单位推进创建工作。全系统共开展各类活动5场。现将有关情况总结如下。");
  });
});

describe("t57-transport item 2 (test-58 list item 4): one row's meeting by its name", () => {
  it("`县交通局召开创文推进会2次`, never `召开工作会议2次`", () => {
    expect(lineWith(transportText, "领导小组")).toBe("　　县交通局及3家单位均成立创建工作领导小组，县交通局召开创文推进会2次，对下属单位开展督查6次。");
  });
});

describe("t56-housing item 7: one unit's registered volunteers are no headline of the system", () => {
  it("the opening keeps the activities only", () => {
    expect(housingText.split("\n")[2]).toBe("　　2025年上半年，青山县住房和城乡建设局在县文明办的指导下，统筹系统内各单位推进创建工作。全系统共开展各类活动6场。现将有关情况总结如下。");
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
