/**
 * The narrative + .docx leg of the fuzz suite (issue #5 §3), shared by the quick run in `npm test`
 * and the heavy one in test/e2e: a standard workbook whose text and number cells hold ~1,000
 * adversarial values goes through validation, facts, narrative and the .docx writer; the package
 * must re-open, and every XML part must be well-formed.
 */
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { analyzeWorkbook, standardV1, summarize, type CellValue, type WorkbookSnapshot } from "../../src/core";
import { writeDocx } from "../../src/adapters/docx/write-docx";
import { makeSnapshot } from "../support/snapshot";
import { cellValue, sample } from "./arbitraries";

/** A workbook with `n` fuzzed values in the cells that reach the narrative (texts, names, figures). */
export function narrativeWorkbook(n: number, batch: number): { snapshot: WorkbookSnapshot; values: number } {
  const v = sample(cellValue, n, batch);
  let i = 0;
  const next = (): CellValue => v[i++ % v.length];
  const kinds = ["导语", "工作亮点", "存在不足", "下一步打算"];
  const texts: Record<string, CellValue>[] = [];
  const activities: Record<string, CellValue>[] = [];
  const figures: Record<string, CellValue>[] = [];
  const honours: Record<string, CellValue>[] = [];
  const publicity: Record<string, CellValue>[] = [];
  for (let r = 0; i < n; r++) {
    texts.push({ 类型: kinds[r % 4], 内容: next() });
    activities.push({ 日期: 45082 + (r % 150), 活动名称: next(), 活动类型: ["道德讲堂", "我们的节日", "志愿服务", "环境整治"][r % 4], 参与数量: next(), 单位: "人", 简要内容: next() });
    figures.push({ 板块: "环境整治", 指标名称: next(), 数值: next(), 单位: next(), 表述: "约" });
    honours.push({ 荣誉名称: next(), 级别: "市", 人数: next(), 姓名: next() });
    publicity.push({ 类型: "公益广告", 位置或内容: next(), 数量: next(), 单位: "块", "投入金额（元）": next() });
  }
  const snapshot = makeSnapshot({
    profile: { 单位名称: next(), 上级指导单位: next(), 常住人口: next() },
    ledgers: { 文字材料: texts, 活动台账: activities, 其他指标: figures, 先进典型: honours, 宣传投放: publicity },
  });
  return { snapshot, values: Math.min(i, n) + 3 };
}

/** Throws unless `xml` is well-formed XML 1.0. */
export function assertWellFormed(xml: string, part: string): void {
  const parser = new SaxesParser({ xmlns: false });
  parser.on("error", (e) => {
    throw new Error(`${part}: ${e.message}`);
  });
  parser.write(xml).close();
}

/** Summarises a snapshot to .docx and checks the package: re-readable, every XML part well-formed. @returns the bytes and document.xml. */
export async function docxRoundTrip(snapshot: WorkbookSnapshot): Promise<{ bytes: Uint8Array; documentXml: string }> {
  const analysis = analyzeWorkbook(snapshot, standardV1);
  const { document } = summarize(analysis, standardV1, { includeNames: true, today: 45200 });
  const bytes = await writeDocx(document);
  const zip = await JSZip.loadAsync(bytes);
  let documentXml = "";
  for (const name of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = await zip.files[name].async("string");
    assertWellFormed(xml, name);
    if (name === "word/document.xml") documentXml = xml;
  }
  if (!documentXml) throw new Error("no word/document.xml");
  return { bytes, documentXml };
}
