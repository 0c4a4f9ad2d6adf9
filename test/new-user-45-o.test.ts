/** @jest-environment node */
/**
 * New-user test 45 (docs/new-user-test-pane-45.md), D5, D8, D16, D17 and D18.
 * D5: a spoken 导语 (`…按照县里创文的要求，把文明就医当成大事来抓，效果还是不错的。`) opened the summary as typed, no finding.
 * D8: spoken 存在不足 (`还是管不住`, `还是有人大声打电话`, `还没养成，垃圾随手扔`, `说了也不听`) printed word for word, no finding.
 * D16: `import` kept `周师傅` of a 备注 `周师傅联系电话13857001234` (the number cut, the contact's name left).
 * D17: `import` said of a 情况说明 sheet only `表外内容`, nothing of its 问题：/打算： lines.
 * D18: the personal-data 提示 named `院长张伟任、张伟任组长`, `赵任组长`: the verb 任 glued to the name.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { personalNameIn, spokenSentences, withoutNamedContacts } from "../src/core/facts/remark";
import { importLedgers, importReport } from "../src/core/import";
import type { CellValue, SheetGrid } from "../src/core/grid/types";
import { summaryTextOf } from "./support/summaries";

/** The findings of `content` of one rule as `sheet!cell message`. */
async function findingsOf(content: WorkbookContent, rule: string): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);
}

const hospital = { 单位名称: "县人民医院", 单位类型: "企事业单位", 上级指导单位: "县卫健局、县文明办", 报告年度: 2025, 报告期: "上半年" } as const;

it("D5: the hospital's spoken 导语 is left out (the summary's own opening instead), with a 提示 at B3", async () => {
  const content: WorkbookContent = {
    profile: hospital,
    ledgers: {
      活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿导诊", 活动类型: "志愿服务", 参与数量: 30, 单位: "人" }],
      文字材料: [
        { 类型: "导语", 内容: "今年上半年我们医院按照县里创文的要求，把文明就医当成大事来抓，效果还是不错的。" },
        { 类型: "下一步打算", 内容: "继续抓好无烟医院建设" },
      ],
    },
  };
  const text = await summaryTextOf(content);
  for (const spoken of ["县里", "当成大事", "还是不错"]) expect(text).not.toContain(spoken);
  expect(text).toContain("　　2025年上半年，县人民医院在县卫健局、县文明办的指导下");
  expect(await findingsOf(content, "text.spoken")).toEqual([
    "文字材料!B3 内容中“今年上半年我们医院按照县里创文的要求，把文明就医当成大事来抓，效果还是不错的。”是口语说法，总结不写这一句；请改写成书面表述。",
  ]);
});

it("D5: the class — 市里/区里 for the 党委政府, `效果还不错`, `当成…来抓`, `当回事` — and the written forms kept", () => {
  for (const spoken of [
    "按照市里的部署，全面推进创文工作。", "区里检查的时候我们都做得很到位。", "效果还不错。", "今年把创文当成头等大事来抓。",
    "个别科室不把创文当回事。", "整体来说还是挺好的。",
  ]) expect([spoken, spokenSentences(spoken).left.length]).toEqual([spoken, 1]);
  for (const written of [
    "今年上半年，我们医院按照县委县政府创文工作部署，把文明就医作为重点工作来抓。", "取得了较好成效。",
    "社区里的老人积极参与志愿服务。", "按照区委区政府的要求，扎实推进创建工作。", "把创文工作作为一把手工程来抓。",
  ]) expect(spokenSentences(written)).toEqual({ kept: written, left: [] });
});

it("D8: the four spoken 存在不足 of the tester's units are left out with a 提示 each; written ones stay", async () => {
  const content: WorkbookContent = {
    profile: hospital,
    ledgers: {
      问题整改: [{ 问题类别: "吸烟", 发现数: 20, 已整改数: 20, 单位: "处" }],
      文字材料: [
        { 类型: "存在不足", 内容: "有的职工积极性不高；住院部楼梯间吸烟还是管不住" },
        { 类型: "存在不足", 内容: "周末人多的时候，阅览室还是有人大声打电话、占座。" },
        { 类型: "存在不足", 内容: "部分村民卫生习惯还没养成，垃圾随手扔" },
        { 类型: "存在不足", 内容: "个别业主不配合，楼道堆物屡清屡堆，说了也不听" },
        { 类型: "存在不足", 内容: "个别驾驶员服务意识不强，投诉时有发生" },
        { 类型: "下一步打算", 内容: "联合社区对屡教不改的业主进行约谈" },
      ],
    },
  };
  const text = await summaryTextOf(content);
  for (const spoken of ["管不住", "还是有人", "还没养成", "随手扔", "说了也不听"]) expect(text).not.toContain(spoken);
  expect(text).toContain("部分职工积极性不高");
  expect(text).toContain("个别驾驶员服务意识不强，投诉时有发生");
  // Run-27 review: the 不足 said in its written words (facts/remark writtenRemark) is printed, no longer left out.
  expect(text).toContain("周末人流较多时，阅览室仍有人大声打电话、占座");
  expect(await findingsOf(content, "text.spoken")).toEqual([
    "文字材料!B3 内容中“住院部楼梯间吸烟还是管不住”是口语说法，总结不写这一句；请改写成书面表述。",
    "文字材料!B5 内容中“部分村民卫生习惯还没养成，垃圾随手扔”是口语说法，总结不写这一句；请改写成书面表述。",
    "文字材料!B6 内容中“说了也不听”是口语说法，总结不写这部分，这一句只写“个别业主不配合，楼道堆物屡清屡堆”；请改写成书面表述。",
  ]);
});

it("D8: the class — what cannot be stopped, what is still so, litter thrown, advice not heeded — and the written forms kept", () => {
  for (const spoken of [
    "乱停车管不了。", "电动车上楼还是禁不住。", "还是有些摊贩占道。", "垃圾分类习惯还没形成。", "烟头到处扔。",
    "劝了也不听。", "讲了好多遍都不听。",
  ]) expect([spoken, spokenSentences(spoken).left.length]).toEqual([spoken, 1]);
  for (const written of [
    "住院部楼梯间吸烟现象仍未杜绝。", "个别居民文明意识不强，乱扔垃圾现象时有发生。", "部分商户不听劝阻，占道经营屡禁不止。",
    "秸秆焚烧还有反弹。", "各社区工作进度不平衡。", "仍有部分居民垃圾分类意识不强。", "还有个别小区没有实行垃圾分类。",
  ]) expect(spokenSentences(written)).toEqual({ kept: written, left: [] });
});

it("D18: the person in `院长张伟任组长`, `老赵任组长`, `经理马超任组长` is the name, without the verb 任", () => {
  expect(personalNameIn("院长张伟任组长")).toBe("张伟");
  expect(personalNameIn("村委会成立创文工作小组，老赵任组长")).toBe("老赵");
  expect(personalNameIn("经理马超任组长")).toBe("马超");
  expect(personalNameIn("由副院长李明担任副组长")).toBe("李明");
});

/** A sheet from rows (row 1 first). */
function sheet(name: string, rows: readonly (readonly CellValue[])[]): SheetGrid {
  return { name, originRow: 1, originCol: 1, values: rows, tables: [], merges: [] };
}
const nanhu = { unitName: "南湖社区居委会", unitType: "社区", year: 2025, period: "上半年" } as const;
const activities = sheet("活动统计", [
  ["序号", "活动时间", "活动名称", "参加人数", "活动地点", "活动内容", "备注"],
  [1, "2025.1.25", "迎新春送春联", "120人", "社区广场", "书法协会老周写春联，免费送给居民", "周师傅联系电话13857001234"],
  [2, "2025年3月5日", "学雷锋清理小广告", "45", "各小区", "清理小广告、牛皮癣", null],
]);

it("D16: a contact line of a 备注 goes whole, its name with its number; a nickname in 简要内容 gets a 提示", async () => {
  expect(withoutNamedContacts("周师傅联系电话13857001234")).toBe("");
  expect(withoutNamedContacts("联系人王芳 电话：13812340000")).toBe("");
  expect(withoutNamedContacts("老李手机13900001111")).toBe("");
  expect(withoutNamedContacts("共建单位：区书法协会；刘老师电话13512345678")).toBe("共建单位：区书法协会");
  const { result } = importLedgers([{ label: "g.xlsx", snapshot: { sheets: [activities] } }], nanhu);
  const rows = result.content.ledgers["活动台账"] ?? [];
  expect(JSON.stringify(rows)).not.toMatch(/周师傅|13857001234/u);
  const content: WorkbookContent = { profile: { 单位名称: "南湖社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" }, ledgers: { 活动台账: rows } };
  const personal = await findingsOf(content, "value.personal");
  expect(personal.some((f) => f.startsWith("活动台账!H3 ") && f.includes("老周"))).toBe(true);
  expect(await summaryTextOf(content)).not.toContain("老周");
});

it("D17: the 问题：/打算： lines of a 情况说明 sheet become 文字材料 rows, the report says so", () => {
  const notes = sheet("情况说明", [
    ["上半年情况说明"],
    ["今年上半年，我们社区在街道的领导下，创文工作搞得热火朝天。"],
    ["问题：老小区没有物业，环境卫生保持难。"],
    ["下半年打算：继续搞好垃圾分类，争取创建文明小区。"],
  ]);
  const outcome = importLedgers([{ label: "g.xlsx", snapshot: { sheets: [activities, notes] } }], nanhu);
  expect(outcome.result.content.ledgers["文字材料"]).toEqual([
    { 类型: "存在不足", 内容: "老小区没有物业，环境卫生保持难。" },
    { 类型: "下一步打算", 内容: "继续搞好垃圾分类，争取创建文明小区。" },
  ]);
  const report = importReport(outcome);
  expect(report).toEqual(expect.arrayContaining([
    "  提示：活动统计!G2：是联系人及其电话号码或身份证号，未导入（原文件未改动）。",
    "  提示：情况说明!A3：按开头的“问题：”写入文字材料!B3（类型“存在不足”），请核对；其中的口语，校验时会逐句指出。",
    "  提示：情况说明!A4：按开头的“下半年打算：”写入文字材料!B4（类型“下一步打算”），请核对；其中的口语，校验时会逐句指出。",
    "  提示：情况说明!A2：表格以外的文字未导入；其中属于工作亮点、存在不足或下一步打算的内容，请改写成书面表述后填入文字材料。",
    "  情况说明!A1:A2：表外内容",
    "  情况说明!A3:A4 → 文字材料!B3:B4",
  ]));
});
