/** @jest-environment node */
/**
 * New-user test 46 (docs/new-user-test-pane-46.md), D11 and D13: how a 备注 names a problem row and a volunteer team's frequency.
 * D11: 问题整改 `其他 6/5 处`, 备注 `消防通道堆放杂物，灭火器过期，还有一处在等物业`, was named by its first clause alone
 * (`整改消防通道堆放杂物问题5处`): expired extinguishers counted as 堆放杂物. Several kinds in one 备注 name the row together,
 * with the kind they all belong to (`……等消防安全隐患`), else `……等问题`; `还有一处在等物业` says where it stands, no kind.
 * D13: 志愿服务 备注 `乐乐爸爸带头，每天早上都来` beside 服务次数 20 in a half-year was told `坚持每日开展志愿服务`: a frequency
 * its own count contradicts is not told (frequencyMismatch, as `value.frequency-total` judges 频次), and check says so.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { readRemark } from "../src/core/facts/remark";
import { summaryTextOf } from "./support/summaries";

async function findingsOf(content: WorkbookContent, sheet: string): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.filter((f) => f.sheet === sheet).map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`);
}

const elder = { 单位名称: "福寿养老院", 单位类型: "其他", 报告年度: 2025, 报告期: "第一季度" } as const;
const problem = (备注: string): WorkbookContent => ({ profile: elder, ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 6, 已整改数: 5, 单位: "处", 备注 }] } });
/** The opening, the 问题整改 sentence and the 存在的不足 sentence of a summary. */
const lines = (text: string): string[] => text.split("\n").filter((l) => /\d处/u.test(l)).map((l) => l.trim());

it("D11: `消防通道堆放杂物，灭火器过期，还有一处在等物业` is told as both kinds of 消防安全隐患, never 堆放杂物 alone", async () => {
  expect(lines(await summaryTextOf(problem("消防通道堆放杂物，灭火器过期，还有一处在等物业")))).toEqual([
    "2025年第一季度，福寿养老院整改消防通道堆放杂物、灭火器过期等消防安全隐患5处。现将有关情况总结如下。",
    "共排查消防通道堆放杂物、灭火器过期等消防安全隐患6处，已整改5处，整改率为83.3%。",
    "消防通道堆放杂物、灭火器过期等消防安全隐患6处中尚有1处未整改到位，需持续跟进。",
  ]);
  expect(await findingsOf(problem("消防通道堆放杂物，灭火器过期，还有一处在等物业"), "问题整改")).toEqual([]);
});

it.each([
  // Kinds of one family: its name.
  ["楼道堆放杂物，垃圾桶满溢", "共排查楼道堆放杂物、垃圾桶满溢等环境卫生问题6处，已整改5处，整改率为83.3%。"],
  ["电动车楼道充电，电线私拉乱接", "共排查电动车楼道充电、电线私拉乱接等消防安全隐患6处，已整改5处，整改率为83.3%。"],
  // Kinds no family covers: `……等问题`.
  ["井盖缺失，路灯不亮", "共排查井盖缺失、路灯不亮等问题6处，已整改5处，整改率为83.3%。"],
  // One kind and where it stands: the kind, as before.
  ["消防通道堆放杂物，还有一处在等物业", "共排查消防通道堆放杂物问题6处，已整改5处，整改率为83.3%。"],
])("D11: 备注 `%s`", async (remark, said) => {
  expect(lines(await summaryTextOf(problem(remark)))[1]).toBe(said);
});

// The second name is not said where a ledger reads only `detail`: still among `dropped`.
it("D11: readRemark reads several short names as kinds, and `还有一处在等物业` as where it stands", () => {
  const r = readRemark("消防通道堆放杂物，灭火器过期，还有一处在等物业");
  expect([r.detail, r.kinds, r.dropped]).toEqual(["消防通道堆放杂物", "消防通道堆放杂物、灭火器过期", [{ text: "灭火器过期", why: "artefact" }, { text: "还有一处在等物业", why: "artefact" }]]);
  expect(readRemark("厕所异味、缺纸，游客投诉多").kinds).toBeUndefined();
});

const kinder = { 单位名称: "阳光幼儿园", 单位类型: "学校", 报告年度: 2025, 报告期: "下半年" } as const;
const team = (备注: string, 服务次数: number): WorkbookContent => ({
  profile: kinder,
  ledgers: { 志愿服务: [{ 队伍名称: "“爸爸妈妈”家长志愿队", 队伍类型: "其他", 注册人数: 60, 服务次数, 主要服务内容: "护学岗、图书角整理", 备注 }] },
});
const teamLine = (text: string): string => text.split("\n").find((l) => l.includes("家长志愿队"))?.trim() ?? text;

it("D13: `每天早上都来` beside 20 services in a half-year is not told as 坚持每日, and check says so at 服务次数", async () => {
  const text = await summaryTextOf(team("乐乐爸爸带头，每天早上都来", 20));
  expect(teamLine(text)).toBe("“爸爸妈妈”家长志愿队现有注册志愿者60人，主要参与护学岗、图书角整理；累计开展志愿服务20次。");
  expect(text).not.toMatch(/乐乐|爸爸带头/u);
  expect(await findingsOf(team("乐乐爸爸带头，每天早上都来", 20), "志愿服务")).toEqual([
    "value.frequency-total 志愿服务!D3 备注中的频次“每日”在报告期（约6个月）内约为184次，与填写的20次不符，总结只写累计的20次，不写频次；请核对频次或数量。",
  ]);
});

it("D13: a 备注 frequency its count bears out is still told", async () => {
  const text = await summaryTextOf(team("乐乐爸爸带头，每天早上都来", 170));
  expect(teamLine(text)).toBe("“爸爸妈妈”家长志愿队现有注册志愿者60人，坚持每日开展志愿服务，主要参与护学岗、图书角整理；累计开展志愿服务170次。");
  expect(text).not.toMatch(/乐乐/u);
  expect(await findingsOf(team("乐乐爸爸带头，每天早上都来", 170), "志愿服务")).toEqual([]);
});
