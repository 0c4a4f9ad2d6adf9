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

describe("free text never leaks personal data (narrative v2 rule 13)", () => {
  it("drops phones, ID numbers and names from 备注, 简要内容, 地点, 主办或协办单位 and 文字材料", () => {
    const snap = makeSnapshot({
      ledgers: {
        活动台账: [{
          日期: 45082, 活动名称: "端午节包粽子", 活动类型: "我们的节日", 参与数量: 120, 单位: "人",
          地点: "社区广场，联系人王小明13800001111", 主办或协办单位: "李华书记牵头", 简要内容: "包粽子、送粽子，张伟同志负责", 备注: "身份证340102199001011234",
        }],
        其他指标: [{ 板块: "关爱帮扶", 指标名称: "走访困难家庭", 数值: 32, 单位: "户", 备注: "每月1次，对接人陈某某0551-5550188" }],
        文字材料: [{ 类型: "存在不足", 内容: "部分居民参与不够。如有问题请联系刘芳13911112222。" }],
      },
    });
    const text = documentText(summarize(analyzeWorkbook(snap, standardV1), standardV1, { includeNames: false, today: 45200 }).document);
    for (const leaked of ["王小明", "13800001111", "李华", "张伟", "340102199001011234", "陈某某", "0551-5550188", "刘芳", "13911112222"]) expect(text).not.toContain(leaked);
    // What is not personal is kept: the place, the activity's content, the frequency, the shortcoming.
    expect(text).toContain("在社区广场");
    expect(text).toContain("包粽子、送粽子");
    expect(text).toContain("坚持每月走访困难家庭1次，累计走访32户");
    expect(text).toContain("部分居民参与仍显不足"); // 不够 said in written words (review run 27, 材料1 item 10)
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
