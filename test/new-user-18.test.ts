/**
 * Unit types no earlier new-user test had used (new-user test 18: a 消防救援站, a 供水 company, a 公交公司, a
 * 高速服务区, a 县 over its 乡镇), each defect with its test.
 */
import { analyzeWorkbook, documentText, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { SeedValue } from "../src/adapters/xlsx/content";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./support/cli";
import { summaryTextOf } from "./support/summaries";

type Ledgers = Record<string, Record<string, SeedValue>[]>;

/** 2025 上半年 profile of a unit. */
const profile = (name: string, type: string): Record<string, SeedValue> => ({ 单位名称: name, 单位类型: type, 报告年度: 2025, 报告期: "上半年" });

const textOf = (name: string, type: string, ledgers: Ledgers): Promise<string> => summaryTextOf({ profile: profile(name, type), ledgers });

/** Each `[name, ledgers, profile extra]` written as a 乡镇's 2025 上半年 workbook in a fresh folder; the files. */
async function townFiles(units: readonly (readonly [string, Ledgers, Record<string, SeedValue>?])[]): Promise<{ dir: string; files: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "nu18-towns-"));
  const files = await Promise.all(units.map(async ([name, ledgers, extra], i) => {
    const file = join(dir, `${i}-${name}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: { ...profile(name, "乡镇"), ...(extra ?? {}) }, ledgers }));
    return file;
  }));
  return { dir, files };
}

/** The CLI's roll-up of `units` (乡镇) into `unit` (a 机关部门) and the summary text of the result. */
async function countyText(unit: string, units: readonly (readonly [string, Ledgers])[]): Promise<string> {
  const { dir, files } = await townFiles(units);
  const out = join(dir, "汇总.xlsx");
  await cli("rollup", ...files, "-o", out, "--unit", unit, "--type", "机关部门");
  return (await cli("summarize", out, "-o", dir, "--text", "-")).out;
}

it("18: two 其他 problems a 供水 company names in 备注 are two kinds, never summed under the first one's name", async () => {
  const text = await textOf("东湖区自来水有限公司", "企事业单位", {
    问题整改: [{ 问题类别: "其他", 备注: "井盖破损缺失", 发现数: 48, 已整改数: 45, 单位: "处" }, { 问题类别: "其他", 备注: "管网漏损", 发现数: 22, 已整改数: 20, 单位: "处" }],
  });
  // Since review run 31 (AU, D6) the kinds are named once, in the breakdown that names them all.
  expect(text).toContain("　　发现各类问题70处，已整改65处，整改率为92.9%。其中整改井盖破损缺失45处、管网漏损20处。");
  expect(text).toContain("井盖破损缺失48处中尚有3处未整改到位，管网漏损22处中尚有2处未整改到位");
  expect(text).not.toContain("井盖破损缺失问题70处");
});

it("18: a bus line's and a service area's honours are collectives, and the unit's own title keeps its level", async () => {
  const bus = await textOf("东湖公共交通集团有限公司", "企事业单位", {
    先进典型: [{ 荣誉名称: "文明驾驶员", 级别: "市", 人数: 15 }, { 荣誉名称: "青年文明号线路", 级别: "省", 人数: 1 }, { 荣誉名称: "巾帼文明车队", 级别: "市", 人数: 1 }],
  });
  expect(bus).toContain("获评省级“青年文明号线路”1条，15人获评市级“文明驾驶员”，获评市级“巾帼文明车队”1支。");
  const area = await textOf("京港澳高速东湖服务区", "企事业单位", {
    宣传投放: [{ 类型: "公益广告", 数量: 40, 单位: "块" }],
    先进典型: [{ 荣誉名称: "文明服务区", 级别: "省", 人数: 1 }, { 荣誉名称: "优秀消防站", 级别: "市", 人数: 1 }],
  });
  expect(area).toContain("先后获评省级“文明服务区”、市级“优秀消防站”荣誉称号");
  expect(area).not.toMatch(/1人获评/u);
});

it("18: a county's roll-up names its 乡镇 without 人民政府 and says the level of their honours (县级, 市级)", async () => {
  const text = await countyText("东湖县文明办", [
    ["青山镇人民政府", { 先进典型: [{ 荣誉名称: "文明家庭", 级别: "县/区", 人数: 12 }, { 荣誉名称: "文明村", 级别: "市", 人数: 2 }], 问题整改: [{ 问题类别: "卫生死角", 发现数: 40, 已整改数: 38, 单位: "处" }] }],
    ["河口乡人民政府", { 先进典型: [{ 荣誉名称: "文明家庭", 级别: "县/区", 人数: 8 }, { 荣誉名称: "好媳妇", 级别: "街道/乡镇", 人数: 5 }] }],
    ["白塔镇人民政府", { 问题整改: [{ 问题类别: "卫生死角", 发现数: 25, 已整改数: 25, 单位: "处" }] }],
  ]);
  // Of the two towns with problems, the one ahead is no 最多 worth a sentence (new-user test 36, D3/D4).
  expect(text).toContain("上述各乡镇共排查发现卫生死角问题65处，已整改63处，整改率为96.9%。白塔镇整改率达100%。");
  expect(text).not.toContain("发现问题最多");
  expect(text).toContain("河口乡评选表彰好媳妇5人，青山镇和河口乡共20户家庭获评县级“文明家庭”，青山镇2个村获评市级“文明村”。");
  expect(text).not.toContain("人民政府");
});

it("18: a roll-up of the one 乡镇 whose file was ready is still a roll-up, told as that 乡镇's, never the county's own", async () => {
  const text = await countyText("东湖县文明办", [
    ["青山镇人民政府", { 问题整改: [{ 问题类别: "环境卫生", 发现数: 40, 已整改数: 38, 单位: "处" }] }],
    ["河口乡人民政府", { 先进典型: [{ 荣誉名称: "好媳妇", 级别: "街道/乡镇", 人数: 5 }], 志愿服务: [{ 队伍名称: "河口乡志愿服务队", 队伍类型: "综合志愿者", 注册人数: 200 }] }],
  ]);
  expect(text).toContain("东湖县文明办统筹辖区各乡镇推进创建工作。河口乡注册志愿者200人。");
  expect(text).toContain("河口乡评选表彰好媳妇5人。");
  // One town's teams are its own: never `河口乡共` (new-user test 36, D3).
  expect(text).toContain("河口乡组建志愿服务队伍1支，注册志愿者200人。");
  expect(text).not.toContain("全县");
});

it("18: a word a list lacks (燃气泄漏隐患, 短信) is offered as 其他 with the word kept where the summary reads it; a 合计 row stays", async () => {
  const { fixPlan, applyChanges } = await import("../src/core/fix");
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, {
    profile: profile("东湖华润燃气有限公司", "企事业单位"),
    ledgers: {
      宣传投放: [{ 类型: "短信", 数量: 12000, 单位: "条" }],
      问题整改: [{ 问题类别: "燃气泄漏隐患", 发现数: 120, 已整改数: 118, 单位: "处", 备注: "老旧小区" }, { 问题类别: "合计", 发现数: 120, 已整改数: 118, 单位: "处" }],
      活动台账: [{ 日期: 45724, 活动名称: "安全用气进社区", 活动类型: "宣传", 参与数量: 300, 单位: "人次" }],
    },
  }));
  const findings = analyzeWorkbook(snapshot, standardV1).findings.filter((f) => f.rule === "value.enum").map((f) => `${f.sheet}!${f.cell} ${f.message.replace(/^.*。(?=[^。]+。$)/u, "")}`);
  expect(findings).toEqual([
    "宣传投放!A3 不属于以上各项的请选“其他”，并把“短信”写在“位置或内容”中（已填写的写在备注中），可用“规范数据”改正。",
    "问题整改!A3 不属于以上各项的请选“其他”，并把“燃气泄漏隐患”写在“备注”中，可用“规范数据”改正。",
    "活动台账!C3 “宣传”请选“宣传教育”，可用“规范数据”改正。",
  ]);
  const plan = fixPlan(snapshot, standardV1);
  expect(plan.changes.map((c) => `${c.sheet}!${c.cell} ${String(c.before)}→${String(c.after)}`)).toEqual([
    "宣传投放!A3 短信→其他", "宣传投放!B3 null→短信",
    "问题整改!A3 燃气泄漏隐患→其他", "问题整改!I3 老旧小区→燃气泄漏隐患；老旧小区",
    "活动台账!C3 宣传→宣传教育",
  ]);
  const fixed = applyChanges(snapshot, plan.changes);
  const text = documentText(summarize(analyzeWorkbook(fixed, standardV1), standardV1, { includeNames: false, today: 45900 }).document);
  expect(text).toContain("通过短信发布宣传信息1.2万条");
  expect(text).toContain("燃气泄漏隐患");
});

it("16 D13, 17 D5: the same files given in any order roll up into the same workbook, its rows in the 汇总 sheet's order", async () => {
  const { rollupSnapshots } = await import("../src/core");
  const inputs = await Promise.all(["青山社区居委会", "向阳社区居委会", "第12社区居委会", "第4社区居委会"].map(async (name) => ({
    name: `units/${name}.xlsx`,
    snapshot: await readWorkbook(await writeWorkbook(standardV1, { profile: profile(name, "社区"), ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: 10, 已整改数: 9, 单位: "处" }] } })),
  })));
  const forward = rollupSnapshots(inputs, { unitName: "城南街道办事处" });
  const backward = rollupSnapshots([...inputs].reverse(), { unitName: "城南街道办事处" });
  expect(JSON.stringify(backward.content)).toBe(JSON.stringify(forward.content));
  const units = (forward.content.ledgers["问题整改"] ?? []).map((r) => String(r["填报单位"]));
  expect(units).toEqual(["第4社区居委会", "第12社区居委会", "青山社区居委会", "向阳社区居委会"]);
  expect(forward.summary.rows.slice(0, 4).map((r) => r[1])).toEqual(units);
});

it("17 D3: what is left of an approximate 发现数 is never an exact figure (60余 − 52: 尚有部分; new-user test 51, D11)", async () => {
  const text = await textOf("东湖区城东农贸市场管理有限公司", "企事业单位", {
    问题整改: [{ 问题类别: "乱摆卖", 发现数: "60余", 已整改数: 52, 单位: "起" }, { 问题类别: "卫生死角", 发现数: "约40", 已整改数: 20, 单位: "处" }],
  });
  expect(text).toContain("乱摆乱卖60余起中尚有部分未整改到位，卫生死角约40处中尚有约20处未整改到位");
});

it("17 D2: a market's 公平秤 and a station's 轮椅 are equipment, said with 配备, never a bare noun", async () => {
  const text = await textOf("东湖区城东农贸市场管理有限公司", "企事业单位", {
    其他指标: [{ 板块: "其他", 指标名称: "公平秤", 数值: 4, 单位: "台" }, { 板块: "其他", 指标名称: "爱心轮椅", 数值: 6, 单位: "辆" }],
  });
  expect(text).toContain("配备公平秤4台、爱心轮椅6辆");
  expect(text).not.toMatch(/。公平秤4台/u);
});

it("16 D6: a 其他 problem whose 备注 is one short description is named by it, never `其他问题`", async () => {
  const text = await textOf("中国建设银行青州路支行", "企事业单位", {
    问题整改: [{ 问题类别: "其他", 发现数: 3, 已整改数: 2, 单位: "个", 备注: "ATM机旁无障碍通道被占" }, { 问题类别: "卫生死角", 发现数: 5, 已整改数: 5, 单位: "处" }],
  });
  expect(text).toContain("清理卫生死角5处，整治ATM机旁无障碍通道被占问题2个。");
  expect(text).toContain("ATM机旁无障碍通道被占问题3个中尚有1个未整改到位");
  expect(text).not.toContain("其他问题");
});

it("18 D1: a 其他 problem named in 备注 with a 、 (井盖破损、缺失) or as a long phrase is named by it", async () => {
  const text = await textOf("江城市自来水有限公司", "企事业单位", {
    问题整改: [{ 问题类别: "其他", 发现数: 126, 已整改数: 120, 单位: "个", 备注: "井盖破损、缺失" }, { 问题类别: "其他", 发现数: 15, 已整改数: 11, 单位: "起", 备注: "驾驶员不礼让斑马线" }],
  });
  expect(text).toContain("井盖破损、缺失问题");
  expect(text).toContain("驾驶员不礼让斑马线行为15起中尚有4起未处理到位");
  expect(text).not.toContain("其他问题");
});

it("18 D2: a grassroots station's 区级 collective honour was received (获评区级“文明示范岗”1个), never 评出", async () => {
  const text = await textOf("江城市消防救援支队长江路消防救援站", "机关部门", {
    先进典型: [{ 荣誉名称: "文明示范岗", 级别: "县/区", 人数: 1 }, { 荣誉名称: "全市优秀消防员", 级别: "市", 人数: 1 }],
  });
  expect(text).toContain("获评县（区）级“文明示范岗”1个");
  expect(text).not.toContain("评出");
});

it("18 D3: an activity whose 单位 could not be read (辆, forced) is told without a count, never as 人", async () => {
  const text = await textOf("江城公交集团有限公司", "企事业单位", {
    活动台账: [{ 日期: 45815, 活动名称: "高考爱心送考", 活动类型: "志愿服务", 参与数量: 45, 单位: "辆" }, { 日期: 45820, 活动名称: "文明乘车宣传", 活动类型: "宣传教育", 参与数量: 300, 单位: "人次" }],
  });
  expect(text).toContain("开展“高考爱心送考”");
  expect(text).not.toMatch(/高考爱心送考”[^。]*45人/u);
  expect(text).toContain("参与300人次");
});

it("18 D4: a 宣传投放 单位 the summary prints otherwise (公益广告 个 → 块) is a 提示 that says so", async () => {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, { profile: profile("江城市自来水有限公司", "企事业单位"), ledgers: { 宣传投放: [{ 类型: "公益广告", 位置或内容: "抄表车车身公益广告", 数量: 12, 单位: "个" }] } }));
  const findings = analyzeWorkbook(snapshot, standardV1).findings.filter((f) => f.rule === "value.measure-word");
  expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual([
    "宣传投放!D3 宣传投放D3的单位“个”不适合“公益广告”，应为“块”（可用“块”、“幅”、“处”、“条”）。总结中写作“块”；请把单位改为“块”。",
  ]);
});

it("18 D5, 17 D6: a leader's name after the office is cut out, the sentence kept (在支队长亲自部署下, 以院长为组长)", async () => {
  const text = await textOf("长江路消防救援站", "机关部门", {
    组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立以站长王建军为组长的创文工作领导小组", 日期: 45700 }],
    文字材料: [{ 类型: "导语", 内容: "长江路消防救援站坚持把创建全国文明城市作为政治任务，在支队长李明亲自部署下扎实推进。" }],
  });
  expect(text).toContain("长江路消防救援站坚持把创建全国文明城市作为政治任务，在支队长亲自部署下扎实推进");
  expect(text).toContain("以站长为组长的创文工作领导小组");
  expect(text).not.toMatch(/李明|王建军/u);
});

it("18 D9: a roll-up of 乡镇 into `江城县` is a county's (机关部门, 全县), never a 街道; --type 县 says what to choose", async () => {
  const { dir, files } = await townFiles([
    ["青山镇人民政府", { 问题整改: [{ 问题类别: "卫生死角", 发现数: 40, 已整改数: 38, 单位: "处" }] }],
    ["桃源乡人民政府", { 问题整改: [{ 问题类别: "卫生死角", 发现数: 25, 已整改数: 25, 单位: "处" }] }],
  ]);
  const out = join(dir, "county.xlsx");
  await cli("rollup", ...files, "-o", out, "--unit", "江城县");
  const text = (await cli("summarize", out, "-o", dir, "--text", "-")).out;
  expect(text).toContain("2025年上半年，江城县统筹辖区各乡镇推进创建工作。青山镇和桃源乡共排查发现各类问题65处，已整改63处。");
  expect(text).not.toContain("街道");
  const refused = await cli("rollup", ...files, "-o", out, "--unit", "江城县", "--type", "县");
  expect(refused.err).toContain("县、区、市一级的汇总请选“机关部门”（如县文明办）。");
});

it("18 D10, D12: a forced roll-up reads 报告期 `上半年度` as 上半年; with a town left out the text speaks of those rolled up", async () => {
  const { dir, files } = await townFiles([
    ["青山镇人民政府", { 问题整改: [{ 问题类别: "卫生死角", 发现数: 40, 已整改数: 38, 单位: "处" }], 先进典型: [{ 荣誉名称: "好媳妇", 级别: "街道/乡镇", 人数: 10 }] }],
    ["白水镇人民政府", { 问题整改: [{ 问题类别: "卫生死角", 发现数: 30, 已整改数: 30, 单位: "处" }] }, { 报告期: "上半年度" }],
    ["桃源乡人民政府", { 问题整改: [{ 问题类别: "卫生死角", 发现数: 25, 已整改数: 25, 单位: "处" }], 先进典型: [{ 荣誉名称: "好媳妇", 级别: "街道/乡镇", 人数: 10 }] }],
  ]);
  const forced = join(dir, "forced.xlsx");
  const r = await cli("rollup", ...files, "-o", forced, "--unit", "江城县文明办", "--force");
  expect(r.out + r.err).not.toContain("报告期为2025年");
  expect(r.out).toContain("汇总3个单位");
  const partial = join(dir, "partial.xlsx");
  await cli("rollup", ...files, "-o", partial, "--unit", "江城县文明办");
  const text = (await cli("summarize", partial, "-o", dir, "--text", "-")).out;
  // The opening names the towns rolled up, the first mention after it points back to them (`上述各乡镇`), then `各乡镇`
  // (new-user test 30, D9): never the county's whole.
  expect(text).toContain("江城县文明办统筹辖区各乡镇推进创建工作。青山镇和桃源乡共排查发现各类问题65处");
  expect(text).toContain("上述各乡镇共排查发现卫生死角问题65处");
  expect(text).toContain("各乡镇共评选表彰好媳妇20人，其中青山镇10人、桃源乡10人");
  expect(text).not.toMatch(/全县|\d个乡镇共/u);
});

it("18 D11: `30人` for a 家庭 honour counted in 户 is a 提示 that says the summary writes 30户", async () => {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, { profile: profile("桃源乡人民政府", "乡镇"), ledgers: { 先进典型: [{ 荣誉名称: "五好家庭", 级别: "社区/村", 人数: "30人" }] } }));
  const f = analyzeWorkbook(snapshot, standardV1).findings.filter((x) => x.rule === "value.unit-mismatch");
  expect(f.map((x) => `${x.cell} ${x.message}`)).toEqual(["D3 “人数”是文本“30人”，已读作30；这项荣誉按“户”计，总结中写作30户；如填的是人数，请改为户数。“规范数据”不会改动这一格，请核对后手工改正。"]);
});

it("18 D13: import takes a column headed 活动 as 活动名称", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("文明乘车宣传");
  ws.addRows([["日期", "活动", "参加人数", "地点"], ["2025-03-05", "学雷锋文明乘车宣传", 300, "公交总站"], ["2025-04-02", "礼让斑马线宣传", 400, "人民路站台"]]);
  const dir = mkdtempSync(join(tmpdir(), "nu18-import-"));
  const own = join(dir, "自制表.xlsx");
  await wb.xlsx.writeFile(own);
  const r = await cli("import", own, "-o", join(dir, "imported.xlsx"), "--unit", "江城公交集团有限公司", "--type", "企事业单位", "--year", "2025", "--period", "上半年");
  expect(r.out).toMatch(/B 活动 → 活动名称/u);
  const check = await cli("check", join(dir, "imported.xlsx"));
  expect(check.out).not.toContain("“活动名称”必须填写");
});

it("18 D14, D19: printed names keep 王浩 of `…王浩等20人` and say 等 when fewer than 人数", async () => {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, { profile: profile("江城公交集团有限公司", "企事业单位"), ledgers: {
    先进典型: [{ 荣誉名称: "文明驾驶员", 级别: "本单位", 人数: 20, 姓名: "周强、吴斌、郑军、王浩等20人" }, { 荣誉名称: "最美服务员", 级别: "市", 人数: 3, 姓名: "李梅" }],
  } }));
  const text = documentText(summarize(analyzeWorkbook(snapshot, standardV1), standardV1, { includeNames: true, today: 45900 }).document);
  expect(text).toContain("文明驾驶员20人（周强、吴斌、郑军、王浩等）");
  expect(text).toContain("3人获评市级“最美服务员”（李梅等）");
});

it("18 D15: a 乡 says 我乡 and its 辖区 without 人民政府", async () => {
  const text = await textOf("桃源乡人民政府", "乡镇", { 问题整改: [{ 问题类别: "渣土偷倒", 发现数: 6, 已整改数: 6, 单位: "起" }] });
  const withPeople = documentText(summarize(analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, { profile: { ...profile("桃源乡人民政府", "乡镇"), 常住人口: 18000, 户数: 5600 }, ledgers: { 问题整改: [{ 问题类别: "渣土偷倒", 发现数: 6, 已整改数: 6, 单位: "起" }] } })), standardV1), standardV1, { includeNames: false, today: 45900 }).document);
  expect(withPeople).toContain("桃源乡辖区有居民5600户");
  expect(text + withPeople).not.toContain("我镇");
});

it("18 D18: 起始/截止日期 typed the wrong way round check and count activities in the period 报告期 names", async () => {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, { profile: { ...profile("京港澳高速江城服务区", "企事业单位"), 起始日期: 45838, 截止日期: 45658 }, ledgers: {
    活动台账: [{ 日期: 45671, 活动名称: "春运暖冬志愿服务", 活动类型: "志愿服务", 参与数量: 2000, 单位: "人次" }],
  } }));
  const analysis = analyzeWorkbook(snapshot, standardV1);
  expect(analysis.findings.map((f) => f.rule)).toContain("profile.date-order");
  expect(analysis.findings.map((f) => f.rule)).not.toContain("activity.outside-period");
  expect(documentText(summarize(analysis, standardV1, { includeNames: false, today: 45900 }).document)).toContain("春运暖冬志愿服务");
});

it("18 D22: a re-run never loses an earlier output: the file of that name is kept as （此前版本） and the user is told", async () => {
  const { readFileSync: read, existsSync } = await import("node:fs");
  const dir = mkdtempSync(join(tmpdir(), "nu18-keep-"));
  const input = join(dir, "台账.xlsx");
  writeFileSync(input, await writeWorkbook(standardV1, { profile: profile("江城市自来水有限公司", "企事业单位"), ledgers: { 宣传投放: [{ 类型: "展板", 数量: 12, 单位: "块" }] } }));
  await cli("summarize", input, "-o", dir);
  const docx = join(dir, "江城市自来水有限公司-2025年上半年-工作总结.docx");
  writeFileSync(docx, "edited in Word");
  const again = await cli("summarize", input, "-o", dir);
  const kept = join(dir, "江城市自来水有限公司-2025年上半年-工作总结（此前版本）.docx");
  expect(again.err).toContain(`（已有同名文件，原文件改名保留为：${kept}）`);
  expect(read(kept, "utf8")).toBe("edited in Word");
  expect(existsSync(docx)).toBe(true);
  const out = join(dir, "规范后.xlsx");
  await cli("fix", input, "-o", out);
  await cli("fix", input, "-o", out);
  expect(existsSync(join(dir, "规范后（此前版本）.xlsx"))).toBe(true);
});

it("18 D6: 累计检查约120家, a titled or quoted 其他 item named, and 指导下 followed by the work, never a bare figure", async () => {
  const station = await textOf("长江路消防救援站", "机关部门", {
    组织保障: [{ 事项类型: "督查检查", 名称或内容: "辖区“九小场所”消防安全检查", 数量: "约120", 单位: "家", 频次: "每周2次" }],
    宣传投放: [{ 类型: "其他", 位置或内容: "《致辖区居民的一封信》", 数量: 12000, 单位: "份", 方式: "发放" }, { 类型: "其他", 位置或内容: "“文明乘车、礼让老幼”温馨提示贴", 数量: 2000, 单位: "张", 方式: "新设" }],
  });
  expect(station).toContain("坚持每周开展辖区“九小场所”消防安全检查2次，累计检查约120家。");
  expect(station).toContain("发放《致辖区居民的一封信》1.2万份，张贴“文明乘车、礼让老幼”温馨提示贴2000张。");
  const firm = documentText(summarize(analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, {
    profile: { ...profile("江城明律律师事务所", "其他"), 上级指导单位: "市司法局" },
    ledgers: { 志愿服务: [{ 队伍名称: "法律援助志愿服务队", 队伍类型: "专业志愿者", 注册人数: 12 }] },
  })), standardV1), standardV1, { includeNames: false, today: 45900 }).document);
  expect(firm).toContain("2025年上半年，在市司法局的指导下，江城明律律师事务所扎实推进创建工作，现有注册志愿者12人。");
});

it("18 D20: 社会组织 and 消防救援站 typed as 单位类型 are offered 其他 and 机关部门; the 其他 profile's headings are paired", async () => {
  const { nearestChoice } = await import("../src/core");
  expect(["社会组织", "律师事务所", "消防救援站", "派出所"].map((w) => nearestChoice(standardV1, undefined, "unitType", w))).toEqual(["其他", "其他", "机关部门", "机关部门"]);
  const text = await textOf("江城明律律师事务所", "其他", { 志愿服务: [{ 队伍名称: "法律援助志愿服务队", 队伍类型: "专业志愿者", 注册人数: 12 }] });
  expect(text).toContain("、推进志愿服务，弘扬雷锋精神\n");
});

it("18 D19: 姓名 listing fewer names than 人数, with no 等, is a 提示 at 姓名; 等 or a household honour is none", async () => {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, { profile: profile("沪陕高速江城北服务区", "企事业单位"), ledgers: {
    先进典型: [{ 荣誉名称: "最美服务员", 级别: "市", 人数: 3, 姓名: "李梅" }, { 荣誉名称: "文明驾驶员", 级别: "本单位", 人数: 20, 姓名: "周强、吴斌等" }, { 荣誉名称: "星级文明户", 级别: "社区/村", 人数: 5, 姓名: "王家" }],
  } }));
  const f = analyzeWorkbook(snapshot, standardV1).findings.filter((x) => x.rule === "honour.names-count");
  expect(f.map((x) => `${x.sheet}!${x.cell} ${x.severity} ${x.message}`)).toEqual(["先进典型!E3 warning 姓名列了1人（李梅），人数为3：如另有获评人，请补全姓名或在最后加“等”；否则请核对人数。"]);
});

it("18 (review): a held title naming its whole province gets no second level (`“全省……先进单位”`); a shop awning is 整治-ed", async () => {
  const text = await textOf("西牌楼社区居委会", "社区", {
    先进典型: [{ 荣誉名称: "全省创建和谐社区先进单位", 级别: "省", 人数: 1 }, { 荣誉名称: "湖南省最充分就业社区", 级别: "省", 人数: 1 }],
    问题整改: [{ 问题类别: "其他", 发现数: 17, 已整改数: 17, 单位: "个", 备注: "伸缩篷" }, { 问题类别: "卫生死角", 发现数: 5, 已整改数: 5, 单位: "处" }],
  });
  expect(text).toContain("先后获评“全省创建和谐社区先进单位”“湖南省最充分就业社区”荣誉称号");
  expect(text).toContain("整治伸缩篷17个");
});

it("18 D21: the 汇总 sheet counts a town's activities in the period only, as the text does (an undated one counts)", async () => {
  const { dir, files } = await townFiles([
    ["青山镇人民政府", { 活动台账: [{ 日期: 45700, 活动名称: "道德讲堂进村", 活动类型: "道德讲堂", 参与数量: 80 }, { 日期: 45750, 活动名称: "清洁家园", 活动类型: "环境整治", 参与数量: 120 }] }],
    // 2024-12-20 is outside 2025 上半年; the undated 植树 counts, as in the text.
    ["白水镇人民政府", { 活动台账: [{ 日期: 45646, 活动名称: "道德讲堂进校园", 活动类型: "道德讲堂", 参与数量: 60 }, { 活动名称: "义务植树", 活动类型: "志愿服务", 参与数量: 40 }] }],
  ]);
  const out = join(dir, "county.xlsx");
  await cli("rollup", ...files, "-o", out, "--unit", "江城县文明办", "--force");
  const sheet = (await readWorkbook(readFileSync(out))).sheets.find((s) => s.name === "汇总");
  const [, header, ...rows] = sheet?.values ?? [];
  const column = (h: string): number => header.findIndex((v) => v === h);
  const byUnit = Object.fromEntries(rows.map((r) => [String(r[1]), [r[column("活动场次（场）")], r[column("道德讲堂期数（期）")]]]));
  expect(byUnit).toEqual({ 青山镇人民政府: [2, 1], 白水镇人民政府: [1, 0], "合计（2个单位）": [3, 1] });
  // The combined 活动台账 holds the undated row, an error (日期 is required): the text is forced.
  const text = (await cli("summarize", out, "-o", dir, "--text", "-", "--force")).out;
  expect(text).toContain("青山镇和白水镇共开展各类活动3场");
  expect(text).toMatch(/青山镇\t2场[^]*白水镇\t1场/u);
});

it("18 D8: an empty 文字材料 beside two filled ledgers (a 律师事务所's team and activities) gets the 下一步打算 提示", async () => {
  const ledgers: Ledgers = {
    志愿服务: [{ 队伍名称: "法律援助志愿服务队", 队伍类型: "其他", 注册人数: 12 }],
    活动台账: [{ 日期: 45780, 活动名称: "民法典宣传进社区", 活动类型: "宣传教育", 参与数量: 150 }],
  };
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, { profile: profile("江城明律律师事务所", "其他"), ledgers }));
  expect(analyzeWorkbook(snapshot, standardV1).findings.filter((f) => f.rule === "text.plans-missing").map((f) => f.cell)).toEqual([""]);
});

it("18 D23: a name between the words of a 荣誉名称 is a 提示 that quotes what the summary would print; `张桂英家庭` is none", async () => {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, {
    profile: profile("沪陕高速江城北服务区", "企事业单位"),
    ledgers: { 先进典型: [{ 荣誉名称: "保洁员王秀英拾金不昧", 级别: "市", 人数: 1, 姓名: "王秀英" }, { 荣誉名称: "张桂英家庭", 级别: "社区/村", 人数: 1, 姓名: "张桂英" }] },
  }));
  expect(analyzeWorkbook(snapshot, standardV1).findings.filter((f) => f.rule === "honour.name-in-title").map((f) => `${f.cell} ${f.message}`)).toEqual([
    "A3 荣誉名称中有姓名“王秀英”，总结不写姓名时会写成“保洁员拾金不昧”，不是荣誉的名称：请在荣誉名称中填写所获荣誉的正式名称，姓名只填在“姓名”一列，事迹可写在备注。",
  ]);
});
