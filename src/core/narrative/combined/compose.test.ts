/** @jest-environment node */
/**
 * The combined (street) summary of a roll-up (issue #7): exact sentences for the totals, the
 * leading units and the lagging ones, the headings in a street office's register, the appendix,
 * and that a dozen units are never all listed in the running text.
 */
import { makeSnapshot } from "../../../../test/support/snapshot";
import { contentSnapshot } from "../../../../test/support/content-snapshot";
import { standardV1, withLedgerExtensions } from "../../catalog";
import type { CellValue } from "../../grid";
import { rollupSnapshots, type UnitInput } from "../../rollup";
import { validateWorkbook } from "../../validate";
import { documentText } from "../compose";
import { composeCombinedSummary, scopeText, shortUnitName, unitGroupText, unitKind } from ".";

const catalog = withLedgerExtensions(standardV1);

/** Rolls the units up, reads the combined content back with 填报单位 and composes the summary. */
function combined(units: readonly UnitInput[], extra: { readonly texts?: readonly Record<string, string>[] } = {}) {
  const r = rollupSnapshots(units, { unitName: "城南街道办事处" });
  const ledgers = { ...r.content.ledgers, ...(extra.texts ? { 文字材料: extra.texts } : {}) };
  const { workbook, findings } = validateWorkbook(contentSnapshot({ ...r.content, ledgers }, catalog), catalog);
  // Without a 下一步打算 of the street's own, the one finding is the note that its summary will lack one.
  const ownPlan = (extra.texts ?? []).some((t) => t.类型 === "下一步打算" && (!t.填报单位 || t.填报单位 === "城南街道办事处"));
  expect(findings.map((f) => f.rule)).toEqual(ownPlan ? [] : ["rollup.own-plans-missing"]);
  return composeCombinedSummary(workbook, catalog, { today: 45117 });
}

const act = (kind: string, n: number, people?: number): Rows =>
  Array.from({ length: n }, (_, i) => ({ 日期: 45000 + i, 活动名称: `${kind}${i + 1}`, 活动类型: kind, ...(people ? { 参与数量: people, 单位: "人次" } : {}) }));
type Rows = Record<string, CellValue>[];
const unit = (name: string, members: number, found: number, fixed: number, activities: Rows, more: Record<string, Rows> = {}): UnitInput => ({
  name: `${name}.xlsx`,
  snapshot: makeSnapshot({
    profile: { 单位名称: name },
    ledgers: {
      志愿服务: [{ 队伍名称: `${name}志愿服务队`, 队伍类型: "综合志愿者", 注册人数: members }],
      问题整改: [{ 问题类别: "占道经营", 发现数: found, 已整改数: fixed, 单位: "处" }],
      活动台账: activities,
      ...more,
    },
  }),
});

const four = [
  unit("东风社区居委会", 150, 30, 30, [...act("环境整治", 2, 50), ...act("道德讲堂", 1, 30), ...act("志愿服务", 1)], { 先进典型: [{ 荣誉名称: "东风好人", 级别: "社区/村", 人数: 4 }] }),
  unit("西湖社区居委会", 90, 40, 30, act("环境整治", 2, 40), { 宣传投放: [{ 类型: "公益广告", 数量: 30, 单位: "块", "投入金额（元）": 12000 }] }),
  unit("南山社区居委会", 60, 10, 9, act("道德讲堂", 1, 20)),
  unit("北岭社区居委会", 200, 20, 20, act("文体活动", 3, 100), { 宣传投放: [{ 类型: "公益广告", 数量: 10, 单位: "块", "投入金额（元）": 3000 }] }),
];

describe("the combined summary of four communities", () => {
  const summary = combined(four);
  const lines = documentText(summary.document).split("\n");

  it("has the street's title, the totals first, and the sections in the spec's order", () => {
    expect(lines[0]).toBe("城南街道办事处2023年上半年创建文明城市工作总结");
    expect(lines[2]).toBe(
      // v2 rule 14: no stock aim (a total over like units stays).
      "　　2023年上半年，城南街道办事处统筹辖区各社区推进创建工作。全街道4个社区共开展各类活动10场，注册志愿者500人，排查发现各类问题100处，已整改89处。现将有关情况总结如下。",
    );
    expect(lines.filter((l) => /^[一二三四五六七八九十]+、/u.test(l))).toEqual([
      "一、聚焦重点难点，提升辖区环境面貌", "二、加大宣传力度，营造浓厚创建氛围", "三、培树先进典型，涵养文明新风",
      "四、整合志愿力量，提升服务实效", "五、丰富文体活动，传承优秀传统文化", "六、存在的不足",
    ]);
    expect(summary.document.signOff).toEqual({ unit: "城南街道办事处", date: "2023年7月10日" });
  });

  it("gives totals, then the leading units by figure", () => {
    expect(lines).toContain(
      "　　一是抓好问题排查整改。全街道共排查发现占道经营问题100处，已整改89处，整改率为89%。北岭社区和东风社区整改率达100%。",
    );
    expect(lines).toContain("　　二是推进环境集中整治。东风社区和西湖社区共开展环境整治活动4场，参与180人次。");
    expect(lines).toContain("　　一是壮大志愿服务队伍。全街道共组建志愿服务队伍4支，注册志愿者500人，其中北岭社区200人、东风社区150人、南山社区60人、西湖社区90人。");
    expect(lines).toContain("　　一是选树身边先进典型。东风社区评选表彰东风好人4人。");
    expect(lines).toContain("　　全街道共设置公益广告40块，投入宣传经费1.5万元，其中北岭社区3000元、西湖社区1.2万元。");
    expect(lines).toContain("　　二是办好道德讲堂。东风社区和南山社区共开展道德讲堂2期，参与50人次。");
    expect(lines).toContain("　　北岭社区开展文体活动3场，参与300人次。");
  });

  it("names the unit that lags (整改率 below the street's) in 存在的不足", () => {
    const at = lines.indexOf("六、存在的不足");
    expect(lines[at + 1]).toBe("　　全街道尚有占道经营问题11处未整改到位，西湖社区整改率为75%，低于全街道平均水平，整改进度相对滞后。");
  });

  it("appends each unit's main figures as a table", () => {
    const table = summary.document.blocks.find((b) => b.kind === "table");
    expect(table).toEqual({
      kind: "table", caption: "附表：各社区主要指标统计表", header: ["单位", "开展活动", "注册志愿者", "发现问题", "已整改", "整改率"],
      rows: [
        // In the 汇总 sheet's order (file names by Chinese collation), whatever order the files were given in.
        ["北岭社区", "3场", "200人", "20处", "20处", "100%"], ["东风社区", "4场", "150人", "30处", "30处", "100%"],
        ["南山社区", "1场", "60人", "10处", "9处", "90%"], ["西湖社区", "2场", "90人", "40处", "30处", "75%"],
      ],
    });
  });

  it("traces the leaders' figures and names to the combined workbook's cells", () => {
    const para = summary.document.blocks.find((b) => b.kind === "paragraph" && b.runs.some((r) => r.text.startsWith("全街道共组建志愿服务队伍")));
    const sources = para?.kind === "paragraph" ? para.runs.flatMap((r) => r.sources ?? []) : [];
    expect(sources).toEqual(expect.arrayContaining(["志愿服务!D6", "志愿服务!D3"]));
    expect(sources.some((s) => /^[^!]+!A\d+$/u.test(s))).toBe(true); // 填报单位 cells name the units
  });

  it("uses the combining unit's own 文字材料 rows (填报单位 blank) and not the units'", () => {
    const own = combined(four, { texts: [{ 类型: "下一步打算", 内容: "督促整改进度较慢的社区限期整改" }, { 类型: "下一步打算", 内容: "推广志愿服务经验", 填报单位: "城南街道办事处" }] });
    const text = documentText(own.document);
    expect(text).toContain("七、下一步工作打算\n　　一是督促整改进度较慢的社区限期整改；二是推广志愿服务经验。");
  });
});

describe("a dozen communities", () => {
  const units = Array.from({ length: 12 }, (_, i) => unit(`第${i + 1}社区居委会`, 10 * (i + 1), 10, 10 - (i % 4), act("志愿服务", 1)));
  const text = documentText(combined(units).document);

  it("names at most three leading and three lagging units", () => {
    expect(text).toContain("全街道12个社区共开展各类活动12场，注册志愿者780人，排查发现各类问题120处，已整改102处。");
    expect(text).toContain("注册志愿者780人，其中第12社区120人、第11社区110人、第10社区100人。");
    expect(text).toContain("全街道尚有占道经营问题18处未整改到位，6个社区整改率低于全街道平均水平，其中第4社区（70%）、第8社区（70%）、第12社区（70%）整改进度最慢。");
    // Every unit found 10 problems: a tie is never ranked.
    expect(text).toContain("全街道共排查发现占道经营问题120处，已整改102处，整改率为85%。第1社区、第5社区和第9社区整改率达100%。");
  });
});

describe("naming units", () => {
  it("shortens committees, counts kinds and names the whole area", () => {
    expect(["幸福里社区居委会", "新华村村委会", "东城区文明办"].map(shortUnitName)).toEqual(["幸福里社区", "新华村", "东城区文明办"]);
    expect(unitGroupText(["甲社区居委会", "乙社区", "丙村村委会", "某某小学"].map((n) => ({ kind: unitKind(n) })))).toBe("2个社区、1个村和1所学校");
    expect([scopeText("街道", "城南街道办事处"), scopeText("乡镇", "青山镇人民政府"), scopeText("机关部门", "东城区文明办"), scopeText("其他", "某某协会")]).toEqual(["全街道", "全镇", "全区", "辖区"]);
  });
});

describe("ties between units", () => {
  it("ranks no unit and names no laggard when units have the same figures", () => {
    const text = documentText(combined([unit("甲社区居委会", 100, 10, 9, act("环境整治", 2)), unit("乙社区居委会", 100, 10, 9, act("环境整治", 2))]).document);
    expect(text).not.toMatch(/最多|首位|前列|较多|滞后/u);
    expect(text).toContain("尚有占道经营问题2处未整改到位，需持续跟进");
  });
});

describe("new-user test 7, D10: a figure of one unit, one unit's activities, the leads and the street's own plans", () => {
  const figures = (rows: readonly [string, string, number, string][]): Rows => rows.map(([板块, 指标名称, 数值, 单位]) => ({ 板块, 指标名称, 数值, 单位 }));
  const villages = [
    unit("柳树湾村村民委员会", 133, 79, 74, [...act("宣传教育", 1, 90), ...act("理论学习", 1, 40), ...act("关爱帮扶", 1, 30)], {
      其他指标: figures([["环境整治", "清运垃圾", 100, "吨"], ["环境整治", "配备保洁员", 8, "人"], ["关爱帮扶", "走访慰问困难群众", 36, "户"]]),
    }),
    unit("石门村村民委员会", 95, 22, 20, act("环境整治", 1, 20), { 其他指标: figures([["环境整治", "清运垃圾", 70, "吨"]]) }),
  ];
  const lines = documentText(combined(villages).document).split("\n");

  it("says who gave each figure: 各村共 only for what every village reported", () => {
    expect(lines).toContain("　　三是加强日常管护。各村共清运垃圾170吨。柳树湾村配备保洁员8人。");
    expect(lines).toContain("　　二是做实民生服务。柳树湾村走访慰问困难群众36户。");
    expect(lines.join("\n")).not.toContain("各村共走访慰问");
  });

  it("gives one village's activities of a point in one sentence, its name said once", () => {
    expect(lines).toContain("　　柳树湾村开展宣传教育活动1场，参与90人次；开展理论学习活动1场，参与40人次。");
  });

  it("never repeats a point's lead", () => {
    const leads = lines.flatMap((l) => /^\u3000\u3000[一二三四五六七八九十]是([^。]+)。/u.exec(l)?.[1] ?? []);
    expect(leads.length).toBeGreaterThan(4);
    expect(new Set(leads).size).toBe(leads.length);
  });

  it("notes once that the street has no 下一步打算 of its own, counting the villages' plans; none once it has one", () => {
    const plan = [{ 类型: "下一步打算", 内容: "继续抓好环境整治" }];
    const withPlans = ["柳树湾村村民委员会", "石门村村民委员会"].map((name) => unit(name, 10, 1, 1, [], { 文字材料: plan }));
    const r = rollupSnapshots(withPlans, { unitName: "城南街道办事处" });
    const check = (texts: readonly Record<string, string>[]) =>
      validateWorkbook(contentSnapshot({ ...r.content, ledgers: { ...r.content.ledgers, 文字材料: texts } }, catalog), catalog).findings;
    const unitRows = r.content.ledgers?.文字材料 ?? [];
    expect(check(unitRows as Record<string, string>[])).toEqual([
      {
        severity: "warning", sheet: "文字材料", cell: "", rule: "rollup.own-plans-missing",
        message: "汇总总结的“下一步工作打算”只写汇总单位自己的下一步打算（文字材料中“填报单位”留空的行），其中还没有，总结将没有这一部分。请在文字材料中加上本单位的下一步打算，“填报单位”留空（各单位填报的2条下一步打算可作参考，它们不写入汇总总结）。",
      },
    ]);
    expect(check([...(unitRows as Record<string, string>[]), { 类型: "下一步打算", 内容: "督促各村限期整改" }])).toEqual([]);
  });
});

describe("new-user test 9, D22: festivals of the 我们的节日 activities", () => {
  it("takes no 等 after a list that names every activity's festival", () => {
    // Dated at the festival (2023: 春节 1月22日, 端午节 6月22日): never an activity.festival-date 提示.
    const day: Record<string, number> = { 春节团拜会: 44948, 端午包粽子: 45099, 邻里文化节: 45000 };
    const fest = (name: string): Rows => [{ 日期: day[name], 活动名称: name, 活动类型: "我们的节日", 参与数量: 50, 单位: "人次" }];
    const text = documentText(combined([unit("甲村村民委员会", 10, 1, 1, fest("春节团拜会")), unit("乙村村民委员会", 10, 1, 1, fest("端午包粽子"))]).document);
    expect(text).toContain("春节和端午节“我们的节日”主题活动2场");
    const more = documentText(combined([unit("甲村村民委员会", 10, 1, 1, fest("春节团拜会")), unit("乙村村民委员会", 10, 1, 1, fest("邻里文化节"))]).document);
    expect(more).toMatch(/春节等“我们的节日”主题活动2场/u);
  });
});
