/**
 * What the seventh new-user test found (docs/new-user-test-pane-7.md), each with its test.
 */
import { analyzeWorkbook, documentText, findRenamedSheets, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { SeedValue } from "../src/adapters/xlsx/content";
import { rollupSnapshots } from "../src/core/rollup";
import { combiningType } from "../src/core/rollup/rollup";
import { cli } from "./support/cli";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { hasContactData } from "../src/core/normalize/personal";

async function textOf(profile: Record<string, SeedValue>, ledgers: Record<string, Record<string, SeedValue>[]>): Promise<string> {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, { profile, ledgers }));
  return documentText(summarize(analyzeWorkbook(snapshot, standardV1), standardV1, { includeNames: false, today: 45500 }).document);
}

it("D2: a village speaks as 我村 and has 农户, not a bare 村 with a 辖区 of 居民", async () => {
  const text = await textOf(
    { 单位名称: "柳树湾村村民委员会", 单位类型: "村", 报告年度: 2024, 报告期: "上半年", 户数: 760, 常住人口: 2380 },
    { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立创建文明村镇工作领导小组", 日期: "2024-01-15" }] },
  );
  expect(text).toContain("柳树湾村共有农户760户，常住人口2380人。");
  expect(text).toMatch(/我村于1月15日成立创建文明村镇工作领导小组/u);
  expect(text).not.toMatch(/(?:^|[，。\u3000])村(?:在|1月)/mu);
  expect(text).not.toContain("辖区有居民");
});

it("D1: 星级文明户 is counted in 户, after the people and never in their total; 先进典型人数 counts people only", async () => {
  const text = await textOf(
    { 单位名称: "柳树湾村村民委员会", 单位类型: "村", 报告年度: 2024, 报告期: "上半年" },
    { 先进典型: [
      { 荣誉名称: "好媳妇", 级别: "社区/村", 人数: 3 },
      { 荣誉名称: "星级文明户", 级别: "社区/村", 人数: 20 },
      { 荣誉名称: "最美乡贤", 级别: "社区/村", 人数: 1 },
    ] },
  );
  expect(text).toContain("评选表彰好媳妇3人和最美乡贤1人，共4人；评出星级文明户20户。");
  expect(text).not.toContain("星级文明户20人");
  const indicator = standardV1.indicators.find((i) => i.id === "honourPeople");
  expect(indicator?.formula).toMatch(/^SUM\(tbl_Honors\[人数\]\)-SUMIFS\(tbl_Honors\[人数\],tbl_Honors\[荣誉名称\],"\*户"\)-SUMIFS\(tbl_Honors\[人数\],tbl_Honors\[荣誉名称\],"\*家庭"\)-/u);
});

it("D9: a roll-up without a type takes it from the combining unit's name (青山镇人民政府 → 乡镇), else 乡镇 for villages only; the text says 全镇", async () => {
  const unit = async (name: string) => ({ name: `${name}.xlsx`, snapshot: await readWorkbook(await writeWorkbook(standardV1, {
    profile: { 单位名称: name, 单位类型: "村", 报告年度: 2024, 报告期: "上半年" },
    ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: 20, 已整改数: 18, 单位: "处" }] },
  })) });
  const units = [await unit("柳树湾村村民委员会"), await unit("桃园村村民委员会")];
  const r = rollupSnapshots(units, { unitName: "青山镇人民政府" });
  expect(r.content.profile["单位类型"]).toBe("乡镇");
  expect(combiningType("城南街道办事处", [])).toBe("街道");
  expect(combiningType("", [{ base: { unitType: "村" } }, { base: { unitType: "村" } }])).toBe("乡镇");
  expect(combiningType(undefined, [{ base: { unitType: "社区" } }])).toBe("街道");
  // The CLI's roll-up of the same, summarised: the town's text.
  const dir = mkdtempSync(join(tmpdir(), "nu7-d9-"));
  for (const u of ["柳树湾村村民委员会", "桃园村村民委员会"]) writeFileSync(join(dir, `${u}.xlsx`), await writeWorkbook(standardV1, { profile: { 单位名称: u, 单位类型: "村", 报告年度: 2024, 报告期: "上半年" }, ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: 20, 已整改数: 18, 单位: "处" }] } }));
  const out = join(dir, "汇总.xlsx");
  expect((await cli("rollup", join(dir, "柳树湾村村民委员会.xlsx"), join(dir, "桃园村村民委员会.xlsx"), "-o", out, "--unit", "青山镇人民政府")).code).toBe(0);
  const text = (await cli("summarize", out, "--text", "-")).out;
  expect(text).toContain("全镇");
  expect(text).not.toContain("全街道");
});

it("D5: import never turns `36 | 个班` into 36 人: the count goes to 备注 with its word, and a 提示 names the cell", async () => {
  const out = join(tmpdir(), `nu7-d5-${process.pid}.xlsx`);
  const r = await cli("import", join(__dirname, "..", "docs", "new-user-test-7-files", "04-青山镇中心小学-手工台账.xlsx"), "-o", out);
  expect(r.out + r.err).toContain("活动记录!E6：单位“个班”不是人或人次，36个班记入备注，参与数量未填；如有参与人数请在标准台账中补填。");
  const text = (await cli("summarize", out, "--force", "--text", "-")).out;
  expect(text).toContain("5月20日在各班教室开展“文明礼仪主题班会”。");
  expect(text).not.toContain("参与36人");
});

it("D4: a sheet 志愿者 of teams (队伍 | 类型 | 人数 | 服务次数 | 时长 | 内容) is the renamed 志愿服务, not 文字材料", async () => {
  const snapshot = await readWorkbook(new Uint8Array(readFileSync(join(__dirname, "..", "docs", "new-user-test-7-files", "04-青山镇中心小学-手工台账.xlsx"))));
  const renamed = findRenamedSheets(snapshot, standardV1).map((r) => [r.name, r.spec.sheet]);
  expect(renamed).toContainEqual(["志愿者", "志愿服务"]);
  expect(renamed.find(([, to]) => to === "文字材料")).toBeUndefined();
});

it("D13: a mobile number typed 3-4-4 with dashes or spaces, or with +86, is personal: warned about and never printed", async () => {
  for (const typed of ["139-5510-2233", "手机139 5510 2233", "+86 139 5510 2233", "+8613955102233"]) expect(hasContactData(typed)).toBe(true);
  for (const figure of ["2024-03-15", "共1395510人次", "12600处"]) expect(hasContactData(figure)).toBe(false);
  const text = await textOf(
    { 单位名称: "柳树湾村村民委员会", 单位类型: "村", 报告年度: 2024, 报告期: "上半年" },
    { 活动台账: [
      { 日期: "2024-03-08", 活动名称: "三八妇女节座谈会", 活动类型: "宣传教育", 参与数量: 25, 单位: "人", 简要内容: "请王秀英（139-5510-2233）介绍经验" },
      { 日期: "2024-03-05", 活动名称: "学雷锋志愿服务进村组", 活动类型: "志愿服务", 参与数量: 40, 单位: "人", 简要内容: "邀请张医生（手机139 5510 2233）义诊" },
    ] },
  );
  for (const personal of ["5510", "王秀英", "张医生", "手机"]) expect(text).not.toContain(personal);
  expect(text).toContain("三八妇女节座谈会");
});

it("D14: a 成文日期 more than a month before the period ends is a 提示 (a year's summary written in mid-December is not)", async () => {
  const r = await cli("check", join(__dirname, "..", "docs", "new-user-test-7-files", "07-柳树湾村-试着弄坏.xlsx"));
  expect(r.out).toContain("提示 基本信息!B16 [profile.doc-date-early] 成文日期2024年3月1日早于报告期截止日期2024年6月30日，总结的落款将是这一天；请核对（留空则取导出当天）。");
  const sample = await cli("check", join(__dirname, "..", "samples", "street-2023.xlsx"));
  expect(sample.out).not.toContain("profile.doc-date-early");
});

it("D12: a 道德讲堂 named by its topic (道德讲堂：孝老爱亲) is `开展“孝老爱亲”主题道德讲堂`, not `开展“孝老爱亲”活动`", async () => {
  const text = await textOf(
    { 单位名称: "柳树湾村村民委员会", 单位类型: "村", 报告年度: 2024, 报告期: "上半年" },
    { 活动台账: [{ 日期: "2024-05-16", 活动名称: "道德讲堂：孝老爱亲", 活动类型: "道德讲堂", 参与数量: 80, 单位: "人", 地点: "村部会议室" }] },
  );
  expect(text).toContain("5月16日在村部会议室开展“孝老爱亲”主题道德讲堂，参与80人。");
});

it("D12: a festival activity that quotes its own title (中秋“邻里团圆宴”) is said as typed, never `“中秋‘邻里团圆宴’”我们的节日活动`", async () => {
  const text = await textOf(
    { 单位名称: "柳树湾村村民委员会", 单位类型: "村", 报告年度: 2024, 报告期: "下半年" },
    { 活动台账: [
      { 日期: "2024-09-17", 活动名称: "中秋“邻里团圆宴”", 活动类型: "我们的节日", 参与数量: 160, 单位: "人次", 地点: "村文化礼堂" },
      { 日期: "2024-08-01", 活动名称: "“八一”慰问驻村部队", 活动类型: "关爱帮扶", 参与数量: 30, 单位: "人" },
    ] },
  );
  expect(text).toContain("9月17日在村文化礼堂开展中秋“邻里团圆宴”活动，参与160人次。");
  expect(text).toContain("8月1日开展“八一”慰问驻村部队活动，参与30人。");
});

it("存在的不足 says `需持续跟进` once: last period's open problems, after this period's, are to be rectified faster", async () => {
  const r = await cli("summarize", join(__dirname, "..", "docs", "new-user-test-7-files", "06-柳树湾村-2024下半年-开始下一期后填写.xlsx"), "--text", "-", "-o", tmpdir(), "--date", "2025-01-06");
  // The open carried problems named by their kind since run 33, reviewer AW, 材料2 item 4.
  expect(r.out).toContain("一是占道堆放9处中尚有2处未整改到位，需持续跟进；二是上期遗留的垃圾乱倒问题尚有2处未整改到位，整改进度仍需加快；");
  expect(r.out.match(/需持续跟进/gu)).toHaveLength(1);
});

it("D3: the 附表 gives 参与人数 rows their measure word in the 单位 column, as every other row", async () => {
  const r = await cli("summarize", join(__dirname, "..", "docs", "new-user-test-7-files", "06-柳树湾村-2024下半年-开始下一期后填写.xlsx"), "--text", "-", "-o", tmpdir(), "--date", "2025-01-06", "--appendix");
  expect(r.out).toContain("参与人数（道德讲堂）\t70\t人\t未比较\t—");
  expect(r.out).toContain("参与人数（我们的节日）\t160\t人次\t未比较\t—");
});

it("D7: an activity list whose only title column is 活动内容 imports it as 活动名称 (no errors in the new workbook)", async () => {
  const r = await cli("import", join(__dirname, "..", "docs", "new-user-test-7-files", "05-区市场监管局-自制统计表.xlsx"), "-o", join(tmpdir(), `nu7-d7-${process.pid}.xlsx`));
  expect(r.out).toContain("C 活动内容 → 活动名称");
  expect(r.out).toContain("新台账：0个错误");
});

it("D6: import maps a school's 志愿者 sheet (队伍, 时长, 内容) to 志愿服务 with every column, and the new workbook has no error", async () => {
  const r = await cli("import", join(__dirname, "..", "docs", "new-user-test-7-files", "04-青山镇中心小学-手工台账.xlsx"), "-o", join(tmpdir(), `nu7-d6-${process.pid}.xlsx`));
  expect(r.out).toContain("志愿者 第1张表 A1:F3 → 志愿服务（把握 100%）");
  for (const line of ["A 队伍 → 队伍名称", "E 时长 → 服务时长（小时）", "F 内容 → 主要服务内容"]) expect(r.out).toContain(line);
  expect(r.out).toContain("新台账：0个错误");
});
