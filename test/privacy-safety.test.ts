/** @jest-environment node */
/**
 * Privacy and safety (issue #5 §6, §7): 填报人 and 联系电话 never printed, 姓名 only with the
 * opt-in; cell text never becomes a Word field or markup; number formats carry no currency symbol.
 */
import { chineseQuotes } from "../src/core/facts/tidy";
import JSZip from "jszip";
import { analyzeWorkbook, documentText, fieldsOf, standardV1, summarize } from "../src/core";
import { writeDocx } from "../src/adapters/docx/write-docx";
import { makeSnapshot } from "./support/snapshot";

const REPORTER = "填报人甲乙丙丁";
const PHONE = "13912345678";
const NAMES = "王独特、李罕见";

function snapshot(extra: Record<string, string> = {}) {
  return makeSnapshot({
    profile: { 填报人: REPORTER, 联系电话: PHONE },
    ledgers: {
      先进典型: [{ 荣誉名称: "十佳孝老爱亲模范", 级别: "市", 类别: "孝老爱亲", 人数: 2, 姓名: NAMES }],
      志愿服务: [{ 队伍名称: "红马甲", 队伍类型: "党员志愿者", 注册人数: 30 }],
      文字材料: [{ 类型: "导语", 内容: extra.intro ?? "今年以来，社区扎实推进创建工作。" }],
      活动台账: [{ 日期: 45082, 活动名称: extra.activity ?? "端午节包粽子", 活动类型: "我们的节日", 参与数量: 120, 单位: "人" }],
    },
  });
}

async function docxXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(Object.keys(zip.files).filter((n) => n.endsWith(".xml")).map((n) => zip.files[n].async("string")));
  return parts.join("\n");
}

describe("personal data", () => {
  it("never prints 填报人 or 联系电话, and prints 姓名 only with the opt-in", async () => {
    const analysis = analyzeWorkbook(snapshot(), standardV1);
    for (const includeNames of [false, true]) {
      const { document } = summarize(analysis, standardV1, { includeNames, today: 45200 });
      const text = documentText(document);
      const xml = await docxXml(await writeDocx(document));
      for (const out of [text, xml]) {
        expect(out).not.toContain(REPORTER);
        expect(out).not.toContain(PHONE);
        expect(out.includes("王独特")).toBe(includeNames);
      }
    }
  });
});

describe("cell text is literal text in Word", () => {
  it.each(["{ PAGE }", "<w:fldSimple w:instr=\"PAGE\"/>", "=1+1", "]]><w:instrText>PAGE</w:instrText>"])("%s stays text", async (typed) => {
    const analysis = analyzeWorkbook(snapshot({ intro: `导语${typed}结束`, activity: typed }), standardV1);
    const { document } = summarize(analysis, standardV1, { includeNames: false, today: 45200 });
    const zip = await JSZip.loadAsync(await writeDocx(document));
    const xml = await zip.files["word/document.xml"].async("string");
    expect(xml).not.toMatch(/<w:fldSimple|<w:instrText|<w:fldChar/);
    // The text arrives as typed, XML-escaped; paired ASCII quotes become Chinese ones (narrative spec).
    const escaped = chineseQuotes(typed).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    expect(xml.replace(/&quot;/g, '"')).toContain(escaped);
  });
});

describe("locale", () => {
  it("no number format carries a currency symbol (the unit is in the header)", () => {
    const formats = [
      ...standardV1.sheets.flatMap((s) => fieldsOf(s).map((f) => f.numFmt ?? "")),
      ...standardV1.indicators.map((i) => i.numFmt),
    ];
    expect(formats.length).toBeGreaterThan(20);
    for (const fmt of formats) expect(fmt).not.toMatch(/[¥￥$€£]|\[\$|CNY|RMB|元/u);
  });
});
