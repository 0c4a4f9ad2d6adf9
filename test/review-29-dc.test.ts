/**
 * docs/narrative-quality.md run 29 (reviewer AS): single phrases and clauses the editor marked, items dc-1 … dc-8:
 * a plan said with 搞好 (材料1 item 6), `教老人用手机银行` (材料1 item 3), conduct counted in 处 (材料1 item 1), a show
 * held (材料2 item 3), a festival name that restates its date and staff counted in 户 (材料4 item 3), a frequency of the
 * work, not of the people (材料7 item 6), shops counted in 家 (材料7 item 7), a name that says its own cycle and a dated row
 * that says it recurred (材料3 items 2–3), and a 领导小组 row that says its own action (材料6 item 2).
 */
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { analyzeWorkbook, documentText, standardV1, summarize } from "../src/core";
import { summaryTextOf } from "./support/summaries";

async function findingsOf(content: WorkbookContent, rule: string): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);
}

const bank = { 单位名称: "县农商银行城关支行", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "上半年", 成文日期: "2025-07-03" };
const culture = { 单位名称: "县文化馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第三季度", 起始日期: "2025-07-01", 截止日期: "2025-09-30" };
const court = { 单位名称: "县人民法院", 单位类型: "机关部门", 报告年度: 2024, 报告期: "全年", 起始日期: "2024-01-01", 截止日期: "2024-12-31" };
const market = { 单位名称: "城东农贸市场管理有限公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年", 起始日期: "2025-01-01", 截止日期: "2025-06-30" };
const town = { 单位名称: "青山镇人民政府", 单位类型: "乡镇（街道）", 报告年度: 2025, 报告期: "全年", 起始日期: "2025-01-01", 截止日期: "2025-12-31" };
const fire = { 单位名称: "县消防救援大队", 单位类型: "机关部门", 报告年度: 2025, 报告期: "第三季度", 起始日期: "2025-07-01", 截止日期: "2025-09-30" };

const activity = { 日期: "2025-03-08", 活动名称: "三八节金融知识进社区", 活动类型: "宣传教育", 参与数量: 100, 单位: "人", 地点: "城关社区" };

describe("dc-1 (材料1 item 6): a plan said with 搞好 is printed in its written form", () => {
  const content: WorkbookContent = {
    profile: bank,
    ledgers: {
      活动台账: [activity],
      文字材料: [
        { 类型: "下一步打算", 内容: "继续搞好文明服务窗口创建" },
        { 类型: "下一步打算", 内容: "加大反诈宣传力度，争取每个月进一次社区" },
      ],
    },
  };
  it("`继续搞好文明服务窗口创建` → `继续做好文明服务窗口创建工作`", async () => {
    const text = await summaryTextOf(content);
    expect(text).toContain("继续做好文明服务窗口创建工作");
    expect(text).toContain("争取每月深入社区1次");
    expect(text).not.toContain("搞");
  });
  it("no 提示 when the rewrite is certain", async () => {
    expect(await findingsOf(content, "text.spoken")).toEqual([]);
  });
});

describe("dc-2 (材料1 item 3): `教老人用手机银行` in a team's 主要服务内容", () => {
  it("→ `指导老年人使用手机银行`", async () => {
    const text = await summaryTextOf({
      profile: bank,
      ledgers: {
        志愿服务: [{ 队伍名称: "城关支行青年志愿服务队", 队伍类型: "青年志愿者", 注册人数: 35, 服务次数: 12, "服务时长（小时）": 120, 主要服务内容: "反诈宣传、金融知识进社区、教老人用手机银行" }],
      },
    });
    expect(text).toContain("主要参与反诈宣传、金融知识进社区、指导老年人使用手机银行");
  });
});

describe("dc-3 (材料1 item 1): conduct counted in 处 is a 问题", () => {
  it("`网点门口乱停车` 5处 → `乱停车问题5处，均已整改到位`", async () => {
    const text = await summaryTextOf({
      profile: bank,
      ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 5, 已整改数: 5, 单位: "处", 备注: "网点门口乱停车" }] },
    });
    expect(text).toContain("排查发现网点门口乱停车问题5处，均已整改到位");
    expect(text).not.toContain("行为5处");
  });
  it("counted in 起 it stays conduct", async () => {
    const text = await summaryTextOf({
      profile: bank,
      ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 5, 已整改数: 5, 单位: "起", 备注: "网点门口乱停车" }] },
    });
    expect(text).toContain("乱停车行为5起");
  });
});

describe("dc-4 (材料2 item 3): a show is held (举办), its place said once", () => {
  it("`迎国庆广场文艺演出` at 人民广场 → `在人民广场举办迎国庆文艺演出`", async () => {
    const text = await summaryTextOf({
      profile: culture,
      ledgers: { 活动台账: [{ 日期: "2025-09-30", 活动名称: "迎国庆广场文艺演出", 活动类型: "文体活动", 参与数量: 2000, 单位: "人次", 地点: "人民广场" }] },
    });
    expect(text).toContain("9月30日在人民广场举办迎国庆文艺演出，参与2000人次");
  });
});

describe("dc-5 (材料4 item 3): a festival name that restates its date; staff counted in 户", () => {
  it("`八一走访慰问退役军人干警` on 8月1日, 12户 → `8月1日走访慰问退役军人干警家庭12户`", async () => {
    const text = await summaryTextOf({
      profile: court,
      ledgers: { 活动台账: [{ 日期: "2024-08-01", 活动名称: "八一走访慰问退役军人干警", 活动类型: "关爱帮扶", 参与数量: 12, 单位: "户" }] },
    });
    expect(text).toContain("8月1日走访慰问退役军人干警家庭12户");
    expect(text).not.toContain("八一");
  });
});

describe("dc-6 (材料7 items 6–7): the frequency is of the work; shops in 家", () => {
  it("`出动保洁人员` 1200人次, 备注 `每日两次保洁` → `坚持每日保洁2次，累计出动保洁人员1200人次`", async () => {
    const text = await summaryTextOf({
      profile: market,
      ledgers: { 其他指标: [{ 板块: "环境整治", 指标名称: "出动保洁人员", 数值: 1200, 单位: "人次", 备注: "每日两次保洁" }] },
    });
    expect(text).toContain("坚持每日保洁2次，累计出动保洁人员1200人次");
  });
  it("`县级文明经营户` 2户 → `2家商户获评`", async () => {
    const text = await summaryTextOf({
      profile: market,
      ledgers: { 先进典型: [{ 荣誉名称: "县级文明经营户", 级别: "县/区", 类别: "诚实守信", 人数: 2, 日期: "2025-05-20" }] },
    });
    expect(text).toContain("2家商户获评");
    expect(text).not.toContain("户商户");
  });
});

describe("dc-7 (材料3 items 2–3): a name that says its cycle; a dated row that says it recurred", () => {
  it("`人居环境整治月度评比` 12次, 每月1次 → `坚持开展人居环境整治月度评比，累计开展12次`", async () => {
    const text = await summaryTextOf({
      profile: town,
      ledgers: { 组织保障: [{ 事项类型: "督查检查", 名称或内容: "人居环境整治月度评比", 数量: 12, 单位: "次", 频次: "每月1次" }] },
    });
    expect(text).toContain("坚持开展人居环境整治月度评比，累计开展12次");
  });
  it("a 其他指标 row alike: `文明户月度评比` 12次, 频次 每月1次 → `坚持开展文明户月度评比，累计开展12次`", async () => {
    const text = await summaryTextOf({
      profile: town,
      ledgers: { 其他指标: [{ 板块: "组织保障", 指标名称: "文明户月度评比", 数值: 12, 单位: "次", 频次: "每月1次" }] },
    });
    expect(text).toContain("坚持开展文明户月度评比，累计开展12次");
  });
  it("`四月份每周都搞` on 4月12日 → `4月每周开展人居环境整治集中行动，各村干部带头参与，累计参与1500人次`", async () => {
    const text = await summaryTextOf({
      profile: town,
      ledgers: { 活动台账: [{ 日期: "2025-04-12", 活动名称: "人居环境整治集中行动", 活动类型: "环境整治", 参与数量: 1500, 单位: "人次", 简要内容: "四月份每周都搞，各村干部带头" }] },
    });
    expect(text).toContain("4月每周开展人居环境整治集中行动，各村干部带头参与，累计参与1500人次");
    expect(text).not.toContain("4月12日");
  });
});

describe("dc-8 (材料6 item 2): a 领导小组 row that says its own action keeps it", () => {
  it("`调整创文工作领导小组` → `大队调整创文工作领导小组`", async () => {
    const text = await summaryTextOf({
      profile: fire,
      ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "调整创文工作领导小组", 数量: 1, 单位: "个" }] },
    });
    expect(text).toMatch(/大队调整(?:充实)?创文工作领导小组/u);
    expect(text).not.toContain("继续发挥");
  });
  it("carried by 开始下一期 (no 日期) it was adjusted in the period before: it goes on (new-user test 24, D14)", async () => {
    const content: WorkbookContent = {
      profile: { ...fire, 单位简称: "大队" },
      ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "调整创文工作领导小组", 数量: 1, 单位: "个" }] },
    };
    const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
    const carried = { ...analysis, facts: { ...analysis.facts, organization: analysis.facts.organization.map((i) => ({ ...i, carried: true })) } };
    const text = documentText(summarize(carried, standardV1, { includeNames: false, today: 45900 }).document);
    expect(text).toContain("大队继续发挥创文工作领导小组统筹作用。");
    expect(text).not.toMatch(/大队调整/u);
  });
});
