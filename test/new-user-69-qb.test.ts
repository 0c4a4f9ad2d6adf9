/** @jest-environment node */
/**
 * New-user test 69 (docs/new-user-test-pane-69.md), D2, D4 and D5.
 * D2: a 问题整改 row of 类别 其他 whose 备注 is `根治欠薪投诉，两件进入诉讼` was told `巡查发现根治欠薪投诉、两件进入诉讼等问题20件，
 *   已整改18件`, the 附表 `发现问题（根治欠薪投诉、两件进入诉讼等）`: the clause after the kind is a note on progress, not a
 *   second kind, and complaints are received and closed (`受理根治欠薪投诉20件，已办结18件`).
 * D4: a roll-up's 存在的不足 told `儿科候诊区高峰时段秩序较乱` and `急诊科急诊候诊区高峰时段秩序较乱`: a unit's 不足 that opens
 *   with its own name's stem (`急诊` of 急诊科) is the same point as another unit's, said once with both units.
 * D5: the open count was put in the middle of the unit's own 不足 (`个别网点文明服务还不到位，8处中尚有2处未整改到位，暗访发现了一些
 *   问题`; `仍有几件投诉没处理完，20件中尚有2件`): a vague count the ledger knows exactly (`几件`, `一些问题`) takes the figure.
 */
import { analyzeWorkbook, documentText, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";
import { rolledUpText } from "./support/rollup";

jest.setTimeout(120000);

const bureau = { 单位名称: "青川县人力资源和社会保障局", 单位简称: "县人社局", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年" } as const;

const wages: WorkbookContent = {
  profile: bureau,
  ledgers: {
    问题整改: [
      { 问题类别: "其他", 发现数: 20, 已整改数: 18, 单位: "件", 责任单位: "劳动监察大队", 来源: "本期发现", 备注: "根治欠薪投诉，两件进入诉讼" },
      { 问题类别: "其他", 发现数: 5, 已整改数: 5, 单位: "处", 责任单位: "办公室", 备注: "窗口服务态度问题" },
    ],
    文字材料: [{ 类型: "存在不足", 内容: "根治欠薪还有几件投诉没处理完，窗口有时候人多排队时间长。" }],
  },
};

describe("D2: a note on progress after the kind is no second kind; complaints are received and closed", () => {
  it("the text", async () => {
    const text = await summaryTextOf(wages);
    expect(text).toContain("受理根治欠薪投诉20件，已办结18件");
    expect(text).not.toContain("两件进入诉讼等");
    expect(text).not.toContain("巡查发现根治欠薪");
  });
  it("the 附表 names the kind, not the note", async () => {
    const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, wages)), standardV1);
    const text = documentText(summarize(analysis, standardV1, { includeNames: false, today: 45900, appendix: true }).document);
    expect(text).toContain("发现问题（根治欠薪投诉）\t20\t件");
    expect(text).not.toContain("两件进入诉讼");
  });
});

describe("D5: the unit's vague count takes the ledger's figure, never a count in the middle of its sentence", () => {
  it("几件 left: the open count in its place", async () => {
    const text = await summaryTextOf(wages);
    expect(text).toContain("根治欠薪仍有2件投诉尚未处理完毕，窗口人流较多时排队时间较长。");
    expect(text).not.toContain("20件中尚有2件");
  });
  it("一些问题 found: the found count there, then what is open", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "青川农村商业银行城关支行", 单位类型: "企事业单位", 上级指导单位: "青川农村商业银行", 报告年度: 2025, 报告期: "第二季度" },
      ledgers: {
        问题整改: [{ 问题类别: "其他", 发现数: 8, 已整改数: 6, 单位: "处", 责任单位: "运营部", 备注: "网点文明服务暗访发现" }],
        文字材料: [{ 类型: "存在不足", 内容: "个别网点文明服务还不到位，暗访发现了一些问题。" }],
      },
    });
    expect(text).toContain("个别网点文明服务还不到位，暗访发现问题8处，尚有2处未整改到位。");
    expect(text).not.toContain("8处中尚有2处未整改到位，暗访");
  });
  it("a vague count of another measure word is something else, left as typed", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "青川县城关镇幸福社区居民委员会", 单位简称: "幸福社区", 单位类型: "社区", 上级指导单位: "城关镇", 报告年度: 2025, 报告期: "上半年" },
      ledgers: {
        问题整改: [{ 问题类别: "其他", 发现数: 30, 已整改数: 27, 单位: "处", 备注: "楼道杂物堆放" }],
        文字材料: [{ 类型: "存在不足", 内容: "楼道杂物堆放反复出现，还有几个小区物业不配合。" }],
      },
    });
    expect(text).not.toContain("还有3处小区");
  });
});

it("D4: one 不足 typed by two units, one with its own name's stem at its head, said once with both", async () => {
  const text = await rolledUpText("青川县人民医院", "企事业单位", [
    ["青川县人民医院儿科", "企事业单位", { 问题整改: [{ 问题类别: "卫生死角", 发现数: 3, 已整改数: 3, 单位: "处" }], 文字材料: [{ 类型: "存在不足", 内容: "候诊区高峰时段秩序较乱。" }] }],
    ["青川县人民医院急诊科", "企事业单位", { 问题整改: [{ 问题类别: "卫生死角", 发现数: 6, 已整改数: 6, 单位: "处" }], 文字材料: [{ 类型: "存在不足", 内容: "急诊候诊区高峰时段秩序较乱。" }] }],
  ]);
  expect(text).toMatch(/(?:儿科[、和]急诊科|急诊科[、和]儿科)候诊区高峰时段秩序较乱/u);
  expect(text).not.toContain("急诊科急诊");
  expect(text.match(/候诊区高峰时段秩序较乱/gu)?.length).toBe(1);
});
