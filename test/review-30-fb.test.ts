/**
 * Review run 30 (docs/narrative-quality.md run 30, reviewer AT), the two roll-up texts:
 * t57-transport (材料9) item 1: the 县公路养护中心's 渣土偷倒 row (约20车 found, 18车 rectified) was left out for its measure
 * word 车 (not in the list), the opening said `排查发现各类问题15处，已整改15处` as if all were done and no 存在的不足 was
 * written. 车 is now a measure of problems (loads dumped); each unit's problems are told with the unit when no measure word
 * is shared, and what is left open names its kind.
 * t56-housing (材料2) item 2 and 5 (problems): `燃气隐患问题120户` → `燃气隐患120户`, told with the unit that found them.
 * t56-housing item 3: the bureau's own `围挡公益广告` 3200平方米 (a 类型 the list lacks, forced) was told nowhere while its
 * 约8万元 was in the spend, and `全系统共设置公益广告20块` was the 园林所's alone: such a 类型 is read as the choice the check
 * names (公益广告), and a few units' publicity is told unit by unit.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { cli } from "./support/cli";
import type { Ledgers } from "./support/rollup";

type Unit = readonly [profile: Record<string, string | number>, ledgers: Ledgers];
const profile = (单位名称: string, 单位类型: string, more: Record<string, string | number> = {}): Record<string, string | number> => ({ 单位名称, 单位类型, 报告年度: 2025, 报告期: "上半年", ...more });
const lineWith = (text: string, part: string): string | undefined => text.split("\n").find((l) => l.includes(part));

/** The CLI's forced roll-up of `units` into `--unit unit` and the forced summary of it. */
async function rolledUp(unit: string, units: readonly Unit[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "r30-fb-"));
  const files = await Promise.all(units.map(async ([p, ledgers], i) => {
    const file = join(dir, `${i + 1}-${String(p.单位名称)}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: p, ledgers }));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  const rolled = await cli("rollup", ...files, "-o", out, "--unit", unit, "--force");
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

describe("t57-transport item 1: every unit's problems told with the unit, the open ones in 存在的不足", () => {
  it("车 is a measure word of problems: the row is valid and counted", async () => {
    const content = { profile: profile("县公路养护中心", "企事业单位"), ledgers: { 问题整改: [{ 问题类别: "渣土偷倒", 发现数: 20, 已整改数: 18, 单位: "车" }] } };
    const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("the opening sums no problems of different measure words; the section names each unit", () => {
    expect(transportText).not.toContain("排查发现各类问题15处");
    expect(lineWith(transportText, "抓好问题排查整改")).toBe("　　一是抓好问题排查整改。县公路养护中心排查发现渣土偷倒问题约20车，已整改18车；县客运站排查发现乱摆乱卖问题15处，均已整改到位。");
  });

  it("存在的不足 says what is left open with its kind", () => {
    expect(lineWith(transportText, "未整改到位")).toBe("　　县公路养护中心尚有渣土偷倒问题约2车未整改到位，需持续跟进。");
  });
});

describe("t56-housing items 2 and 5 (problems): each unit's problems, 燃气隐患 counted in 户 without 问题", () => {
  it("二: the bureau's and the gas company's problems each with its unit", () => {
    expect(lineWith(housingText, "抓好问题排查整改")).toBe("　　一是抓好问题排查整改。县住建局排查发现渣土偷倒问题35起，已整改33起；工地围挡破损问题60处，已整改58处；县燃气公司排查发现燃气隐患120户，已整改115户。");
  });

  it("存在的不足: `尚有燃气隐患5户未整改到位`", () => {
    expect(lineWith(housingText, "未整改到位")).toBe("　　一是县住建局尚有渣土偷倒问题2起、工地围挡破损问题2处未整改到位，县燃气公司尚有燃气隐患5户未整改到位，需持续跟进；二是县燃气公司老旧小区管道老化问题突出，整改难度大。");
  });
});

describe("t56-housing item 3: every unit's publicity told with its unit, the spend then matches", () => {
  it("三: the bureau's 3200平方米, the company's banners and leaflets, the 园林所's 20块, then the whole's spend", () => {
    expect(lineWith(housingText, "扩大公益宣传覆盖面")).toBe("　　一是扩大公益宣传覆盖面。县住建局设置公益广告3200平方米；县燃气公司悬挂横幅15条，发放宣传单3000份；县园林绿化所设置公益广告20块。全系统共投入宣传经费约9.3万元，其中县住建局本级约8万元、县燃气公司900元、县园林绿化所1.2万元。");
    expect(housingText).not.toContain("全系统共设置公益广告");
  });

  it("one unit's publicity stays as it was", () => {
    expect(lineWith(transportText, "扩大公益宣传覆盖面")).toBe("　　一是扩大公益宣传覆盖面。县客运站设置公益广告12块，维护电子屏4块，投入宣传经费8000元。");
  });
});
