/**
 * New-user test 56 (docs/new-user-test-pane-56.md): D3, D12, D13, D14.
 * D3: the 附表's `参与人数（宣传教育）` added the 80 of a drill typed 其他 (told in the 宣传 section) while its 场次 stayed under
 *     其他: now participants are counted by the typed 活动类型, as the 场次 are.
 * D12: `check` asked to change a 领导小组's 单位 个 to 人 because its content names `成员` / `任组长`: now no finding.
 * D13: the 附表 wrote `约15000` where the text says `约1.5万台次`: now one form per figure, the text's.
 * D14: `1.2万` + 120 + 85 注册人数 printed `12205人`: now a sum no finer than its part typed in 万 (`1.2万余人`).
 */
import { analyzeWorkbook, comparePeriods, documentText, standardV1, summarize } from "../src/core";
import { fixPlan } from "../src/core/fix";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";

const q3 = { 单位名称: "锦华苑小区物业服务中心", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第三季度" } as const;

const analysisOf = async (content: WorkbookContent) => analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);

/** The summary text with the 附表 (its cells joined by tabs). */
async function withAppendix(content: WorkbookContent): Promise<string> {
  return documentText(summarize(await analysisOf(content), standardV1, { includeNames: false, today: 45900, appendix: true }).document);
}

describe("D3: 参与人数 in the 附表 by the typed 活动类型, as 活动场次", () => {
  const ledger: WorkbookContent = {
    profile: q3,
    ledgers: {
      活动台账: [
        { 日期: "2025-08-15", 活动名称: "垃圾分类宣传进楼栋", 活动类型: "宣传教育", 参与数量: 200, 单位: "户", 主办或协办单位: "锦华社区", 简要内容: "入户发宣传单" },
        { 日期: "2025-09-30", 活动名称: "高空抛物警示宣传", 活动类型: "宣传教育", 参与数量: 150, 单位: "人", 地点: "小区广场" },
        { 日期: "2025-09-10", 活动名称: "电动车火灾消防演练", 活动类型: "其他", 参与数量: 80, 单位: "人", 地点: "地下车库", 主办或协办单位: "县消防救援大队" },
      ],
    },
  };

  it("the drill's 80 go to 参与人数（其他）, beside 活动场次（其他）1", async () => {
    const text = await withAppendix(ledger);
    const rows = text.split("\n").filter((l) => /^(?:活动场次|参与人数|覆盖户数)/u.test(l));
    expect(rows).toEqual([
      "活动场次\t3\t场",
      "活动场次（宣传教育）\t2\t场",
      "活动场次（其他）\t1\t场",
      // Households reached are 覆盖户数, never 参与人数 (new-user test 67, D12).
      "参与人数（宣传教育）\t150\t人",
      "覆盖户数（宣传教育）\t200\t户",
      "参与人数（其他）\t80\t人",
    ]);
  });
});

describe("D12: a 领导小组 counts the body, 个", () => {
  it("no measure-word finding for `…任组长，各车队队长为成员` 1 个", async () => {
    const analysis = await analysisOf({
      profile: { ...q3, 单位名称: "青山县公共交通有限公司" },
      ledgers: {
        组织保障: [
          { 事项类型: "领导小组", 名称或内容: "成立公司文明创建工作领导小组，总经理任组长，各车队队长为成员", 数量: 1, 单位: "个" },
          { 事项类型: "其他", 名称或内容: "成立文明创建工作专班，抽调骨干人员为成员", 数量: 1, 单位: "个" },
        ],
      },
    });
    expect(analysis.findings.filter((f) => f.sheet === "组织保障" && f.cell.startsWith("D")).map((f) => `${f.cell} ${f.message}`)).toEqual([]);
  });
});

describe("D14: a sum with a part typed in 万 is no finer than that part", () => {
  it("`1.2万` + 120 + 85 注册人数 is `1.2万余人`, never `12205人`", async () => {
    const text = await withAppendix({
      profile: { 单位名称: "共青团青山县委员会", 单位简称: "团县委", 单位类型: "群团组织", 报告年度: 2025, 报告期: "全年" },
      ledgers: {
        志愿服务: [
          { 队伍名称: "青山县青年志愿者协会", 队伍类型: "青年志愿者", 注册人数: "1.2万", 服务次数: 300, 主要服务内容: "学雷锋、文明交通劝导" },
          { 队伍名称: "大学生暑期返家乡志愿服务队", 队伍类型: "青年志愿者", 注册人数: "120", 服务次数: 15, 主要服务内容: "留守儿童课业辅导" },
          { 队伍名称: "关爱留守儿童志愿服务队", 队伍类型: "青年志愿者", 注册人数: "85人", 主要服务内容: "关爱留守儿童" },
        ],
      },
    });
    expect(text).not.toContain("12205");
    expect(text).toContain("注册青年志愿者1.2万余人");
    expect(text).toContain("志愿者注册人数\t1.2万余\t人");
  });
});

describe("D13: a figure in the 附表 in the text's form, 本期 and 上期 in one", () => {
  const half = (period: "上半年" | "下半年", spend: string, washed: string): WorkbookContent => ({
    profile: { 单位名称: "青山县公共交通有限公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: period },
    ledgers: {
      宣传投放: [{ 类型: "宣传资料", 方式: "发放", 数量: 3000, 单位: "份", "投入金额（元）": spend }],
      其他指标: [
        { 板块: "环境整治", 指标名称: "清洗消毒公交车辆", 数值: washed, 单位: "台次" },
        { 板块: "其他", 指标名称: "志愿服务时长", 数值: "两万余", 单位: "小时" },
      ],
    },
  });

  it("`约1.5万台次` is `约1.5万`, `2万余小时` is `2万余`", async () => {
    const text = await withAppendix(half("上半年", "18600", "约1.5万"));
    expect(text).toContain("约1.5万台次");
    expect(text).toContain("清洗消毒公交车辆\t约1.5万\t台次");
    expect(text).toContain("志愿服务时长\t2万余\t小时");
    expect(text).toContain("宣传投入金额\t1.86万\t元");
  });

  it("`2.4万` beside an earlier 18600 is `1.86万`; `约1.8万` beside `约1.5万`", async () => {
    const now = await analysisOf(half("下半年", "2.4万", "约1.8万"));
    const before = await analysisOf(half("上半年", "18600", "约1.5万"));
    const compared = comparePeriods(now.facts, before.facts, standardV1);
    if (!compared.ok) throw new Error(compared.message);
    const text = documentText(summarize(now, standardV1, { includeNames: false, today: 46030, appendix: true, comparison: compared.comparison }).document);
    const row = (name: string): string[] => text.split("\n").find((l) => l.startsWith(`${name}\t`))?.split("\t").slice(0, 4) ?? [];
    expect(row("宣传投入金额")).toEqual(["宣传投入金额", "2.4万", "元", "1.86万"]);
    expect(row("清洗消毒公交车辆")).toEqual(["清洗消毒公交车辆", "约1.8万", "台次", "约1.5万"]);
  });
});

describe("D14: check says `1.2万` is read as approximate", () => {
  it("value.approximate at 志愿服务!C3, nothing for `2万` nor for money", async () => {
    const analysis = await analysisOf({
      profile: { 单位名称: "共青团青山县委员会", 单位类型: "群团组织", 报告年度: 2025, 报告期: "全年" },
      ledgers: {
        志愿服务: [
          { 队伍名称: "青山县青年志愿者协会", 队伍类型: "青年志愿者", 注册人数: "1.2万", 主要服务内容: "学雷锋" },
          { 队伍名称: "青山县文明交通志愿服务队", 队伍类型: "青年志愿者", 注册人数: "2万", 主要服务内容: "文明交通劝导" },
        ],
      },
    });
    expect(analysis.findings.filter((f) => f.sheet === "志愿服务").map((f) => `${f.rule} ${f.cell} ${f.message}`)).toEqual([
      "value.approximate C3 “注册人数”是约数“1.2万”，已读作12000（按“万”填写，视为约数；与其他行相加时，总结不写到个位）。如知道准确数字，请填写准确数字。",
      "value.as-text C4 “注册人数”是文本“2万”，已读作20000。可用“规范数据”转换为数值。",
    ]);
  });

  it("规范数据 leaves `1.2万` as typed (converted it would read as exact), converts `2万`", async () => {
    const snapshot = await readWorkbook(await writeWorkbook(standardV1, {
      profile: { 单位名称: "共青团青山县委员会", 单位类型: "群团组织", 报告年度: 2025, 报告期: "全年" },
      ledgers: { 志愿服务: [{ 队伍名称: "青年志愿者协会", 队伍类型: "青年志愿者", 注册人数: "1.2万" }, { 队伍名称: "文明交通志愿服务队", 队伍类型: "青年志愿者", 注册人数: "2万" }] },
    }));
    const plan = fixPlan(snapshot, standardV1);
    expect(plan.changes.filter((c) => c.sheet === "志愿服务").map((c) => `${c.cell} ${String(c.after)}`)).toEqual(["C4 20000"]);
    expect(plan.skipped.filter((x) => x.sheet === "志愿服务").map((x) => `${x.cell} ${x.typed} ${x.reason}`)).toEqual(["C3 1.2万 按“万”填写的约数，转换为数字会被当作准确数，保留原样；如知道准确数字，请直接填写"]);
  });
});
