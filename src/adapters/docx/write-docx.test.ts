/** @jest-environment node */
import { gbLayout, type DocumentModel } from "../../core/document/model";
import { FONTS } from "./styles";
import { sanitizeXmlText } from "./text";
import { cellLines, columnWidths, titleLines, writeDocx, writeDocxBlob } from "./write-docx";
import { sectionGeometry } from "./units";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require("jszip");

/** A small summary with every block kind, nasty text included. */
const fixture: DocumentModel = {
  title: "幸福社区2023年上半年创建文明城市工作总结",
  blocks: [
    { kind: "paragraph", runs: [{ text: "今年以来，我社区在街道党工委的指导下，" }, { text: "开展志愿服务活动12场", sources: ["志愿服务!C5"] }, { text: "。" }] },
    { kind: "heading", level: 1, text: "一、加强组织领导，压实创建责任" },
    { kind: "heading", level: 2, text: "（一）健全工作机制" },
    { kind: "paragraph", runs: [{ text: "1.召开专题会议。", bold: true }, { text: "召开创建工作推进会4次。" }] },
    { kind: "heading", level: 3, text: "1.完善网格" },
    { kind: "heading", level: 4, text: "（1）划分网格" },
    { kind: "paragraph", runs: [{ text: "字段 { PAGE } 与 <b>标签</b> & 符号" }, { text: "坏\u0001字\u0008符\uFFFE和\uD800孤立代理" }] },
    { kind: "table", caption: "附表 主要指标汇总", header: ["指标", "数量", "单位"], rows: [["公益广告", "80", "块"], ["志愿者", "552", "人"]] },
  ],
  signOff: { unit: "幸福社区居民委员会", date: "2023年8月3日" },
  layout: gbLayout,
  meta: { creator: "创文台账助手测试", description: "fixture" },
};

type Parts = Record<"document" | "styles" | "settings" | "core" | "footers", string>;
let parts: Parts;
let bytes: Uint8Array;

beforeAll(async () => {
  bytes = await writeDocx(fixture);
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string): Promise<string> => zip.file(name).async("string");
  const footerNames = Object.keys(zip.files).filter((n) => /^word\/footer\d+\.xml$/.test(n));
  parts = {
    document: await read("word/document.xml"),
    styles: await read("word/styles.xml"),
    settings: await read("word/settings.xml"),
    core: await read("docProps/core.xml"),
    footers: (await Promise.all(footerNames.sort().map(read))).join("\n"),
  };
});

/** The `<w:style …>…</w:style>` element of one style id. */
function style(id: string): string {
  const m = parts.styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>.*?</w:style>`));
  if (!m) throw new Error(`no style ${id}`);
  return m[0];
}

/** Plain text of all `w:t` elements of a part, XML entities decoded. */
function textOf(xml: string): string {
  const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join("");
}

describe("writeDocx: package", () => {
  test("returns a zip (PK header) with the main parts", () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(bytes.slice(0, 2))).toEqual([0x50, 0x4b]);
  });
  test("writeDocxBlob gives the same package as a Blob", async () => {
    const blob = await writeDocxBlob(fixture);
    expect(blob.size).toBeGreaterThan(1000);
    const zip = await JSZip.loadAsync(new Uint8Array(await blob.arrayBuffer()));
    expect(zip.file("word/document.xml")).toBeTruthy();
  });
  test("A4 page and GB/T 9704 margins in twips", () => {
    expect(parts.document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(parts.document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="850" w:footer="1237"/);
  });
  test("document grid: linesAndChars, 579 twips, charSpace −842", () => {
    expect(parts.document).toContain('<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"/>');
  });
  test("core properties and East Asian language", () => {
    expect(parts.core).toContain(`<dc:title>${fixture.title}</dc:title>`);
    expect(parts.core).toContain("<dc:creator>创文台账助手测试</dc:creator>");
    expect(parts.styles).toMatch(/<w:docDefaults>.*<w:lang w:val="en-US" w:eastAsia="zh-CN"\/>.*<\/w:docDefaults>/);
  });
});

describe("writeDocx: styles", () => {
  test("Normal: 仿宋 16 pt, exact 579, first-line indent 2 characters", () => {
    const s = style("Normal");
    expect(s).toContain('w:default="1"');
    expect(s).toMatch(/<w:spacing [^>]*w:line="579" w:lineRule="exact"\/>/);
    expect(s).toMatch(/<w:ind [^>]*w:firstLine="640"[^>]*w:firstLineChars="200"|<w:ind [^>]*w:firstLineChars="200"[^>]*w:firstLine="640"/);
    expect(s).toContain(`w:eastAsia="${FONTS.body}"`);
    expect(s).toContain('w:ascii="Times New Roman"');
    expect(s).toContain('<w:sz w:val="32"/>');
    expect(parts.styles).not.toContain('w:lineRule="exactly"');
  });
  test("Title: 22 pt 方正小标宋简体, centred, not bold, no indent", () => {
    const s = style("Title");
    expect(s).toContain('w:eastAsia="方正小标宋简体"');
    expect(s).toContain('<w:sz w:val="44"/>');
    expect(s).toContain('<w:jc w:val="center"/>');
    expect(s).toMatch(/<w:b w:val="(false|0)"\/>/);
    expect(s).toMatch(/w:firstLineChars="0"/);
  });
  test("headings: 黑体 / 楷体 / 仿宋 16 pt, exact spacing, indent, no colour", () => {
    const expected: Record<string, string> = { Heading1: "黑体", Heading2: "楷体", Heading3: FONTS.body, Heading4: FONTS.body };
    for (const [id, font] of Object.entries(expected)) {
      const s = style(id);
      expect(s).toContain(`w:eastAsia="${font}"`);
      expect(s).toContain('<w:sz w:val="32"/>');
      expect(s).toContain('w:line="579" w:lineRule="exact"');
      expect(s).toContain('w:firstLineChars="200"');
      expect(s).not.toContain("<w:color");
      expect(s).not.toContain("<w:numPr");
    }
    for (const id of ["Normal", "Title", "Caption", "Footer", "SignOff", "TableText"]) expect(style(id)).not.toContain("<w:color");
  });
  test("paragraphs use the built-in style ids", () => {
    for (const id of ["Title", "Heading1", "Heading2", "Heading3", "Heading4", "Caption", "SignOff", "TableText"]) {
      expect(parts.document).toContain(`<w:pStyle w:val="${id}"/>`);
    }
  });
});

describe("writeDocx: page numbers", () => {
  test("settings enable even/odd footers", () => {
    expect(parts.settings).toContain("<w:evenAndOddHeaders/>");
    expect(parts.document).toContain('<w:footerReference w:type="default"');
    expect(parts.document).toContain('<w:footerReference w:type="even"');
  });
  test("footers: — PAGE —, odd right, even left, 宋体 14 pt", () => {
    expect(parts.footers.match(/<w:instrText[^>]*>PAGE<\/w:instrText>/g)).toHaveLength(2);
    expect(parts.footers.match(/<w:fldChar w:fldCharType="begin"\/>/g)).toHaveLength(2);
    expect(parts.footers).toContain('<w:t xml:space="preserve">\u2014 </w:t>');
    expect(parts.footers).toContain('<w:t xml:space="preserve"> \u2014</w:t>');
    expect(parts.footers).toContain('<w:jc w:val="right"/>');
    expect(parts.footers).toContain('<w:jc w:val="left"/>');
    const footer = style("Footer");
    expect(footer).toContain('w:eastAsia="宋体"');
    expect(footer).toContain('<w:sz w:val="28"/>');
  });
  test("the default (odd) footer is right-aligned and the even one left-aligned", () => {
    const rel = (type: string) => parts.document.match(new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"`))![1];
    expect(rel("default")).not.toBe(rel("even"));
    // footer1 is written for the first reference (default), footer2 for the even one.
    const [odd, even] = parts.footers.split("\n");
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(even).toContain('<w:jc w:val="left"/>');
  });
});

describe("writeDocx: text", () => {
  test("every run, heading, cell and sign-off line appears", () => {
    const text = textOf(parts.document);
    expect(text).toContain(fixture.title);
    for (const b of fixture.blocks) {
      if (b.kind === "heading") expect(text).toContain(b.text);
      if (b.kind === "paragraph") for (const r of b.runs) expect(text).toContain(sanitizeXmlText(r.text));
      if (b.kind === "table") for (const cell of [b.caption, ...b.header, ...b.rows.flat()]) expect(text).toContain(cell);
    }
    expect(text).toContain("幸福社区居民委员会");
    expect(text).toContain("2023年8月3日");
  });
  test("field codes and markup in text stay literal", () => {
    expect(textOf(parts.document)).toContain("字段 { PAGE } 与 <b>标签</b> & 符号");
    expect(parts.document).toContain("&lt;b&gt;");
    expect(parts.document).toContain("&amp;");
    // The only field instruction of the body would be a real PAGE field: there is none.
    expect(parts.document).not.toContain("<w:instrText");
    expect(parts.document).not.toContain("<w:fldSimple");
  });
  test("bold runs and the bold table header", () => {
    expect(parts.document).toMatch(/<w:r><w:rPr>(<w:rFonts[^>]*\/>)?<w:b\/>.*?<w:t[^>]*>1\.召开专题会议。<\/w:t>/);
    expect(parts.document).toMatch(/<w:b\/>.*?<w:t[^>]*>指标<\/w:t>/);
    expect(parts.document).toMatch(/<w:tblBorders>.*<w:top w:val="single"/);
  });
  test("characters invalid in XML 1.0 are removed", () => {
    expect(textOf(parts.document)).toContain("坏字符和孤立代理");
    // eslint-disable-next-line no-control-regex
    expect(parts.document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(parts.document).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
  test("sanitizeXmlText keeps tabs, newlines and surrogate pairs", () => {
    expect(sanitizeXmlText("a\tb\r\nc\u0001\u0008\uFFFE\uD800d\uDC00e😀\u0000\u001F\uFFFF")).toBe("a\tb\ncde😀");
    expect(sanitizeXmlText("\uDC00\uD800")).toBe("");
    expect(sanitizeXmlText("𠀀汉字")).toBe("𠀀汉字");
  });
  test("line breaks in text become w:br", async () => {
    const zip = await JSZip.loadAsync(await writeDocx({ ...fixture, title: "第一行\n第二行", blocks: [] }));
    const doc: string = await zip.file("word/document.xml").async("string");
    expect(doc).toMatch(/<w:t[^>]*>第一行<\/w:t>.*<w:br\/>.*<w:t[^>]*>第二行<\/w:t>/);
  });
});

describe("columnWidths", () => {
  it("shares the text width by the widest text of each column", () => {
    const widths = columnWidths([["指标", "本期"], ["志愿者注册人数", "552"]], 2, 8845);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8845);
    expect(widths[0]).toBeGreaterThan(widths[1]);
  });

  it("gives the figure columns their widest text whole, so that `约120` or `270人次` never breaks inside a cell (new-user test 7, D3)", () => {
    const rows = [
      ["指标", "本期", "单位", "上年下半年", "增减"],
      ["参与人数（志愿服务）", "270人次", "", "约120人次", "增加约150人次，增长125%"],
      ["宣传投入金额", "40000余", "元", "32000", "增加约8000元，增长25%"],
    ];
    const widths = columnWidths(rows, 5, 8845, 320);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8845);
    // 约120人次: 1 + 1.5 + 2 = 4.5 characters, and one for the cell's margins.
    expect(widths[3]).toBeGreaterThanOrEqual(5.5 * 320);
    expect(widths[1]).toBeGreaterThanOrEqual(4.5 * 320);
    expect(widths[0]).toBeGreaterThanOrEqual(4 * 320);
  });

  it("leaves half a character to spare in a figure column, so that `5000` never breaks into `500`/`0` (new-user test 27, D21)", () => {
    const rows = [["指标", "本期", "单位", "上半年", "增减"], ["宣传投入金额", "5000", "元", "20600", "减少1.56万元，下降75.7%"]];
    // `5000`: 2 characters, one for the cell's margins, half to spare.
    expect(columnWidths(rows, 5, 8845, 320)[1]).toBe(3.5 * 320);
  });

  it("gives a roll-up's unit names their line where many figure columns would squeeze them, the headers wrapping evenly (new-user test 60, D14)", () => {
    const rows = [["单位", "开展活动", "注册志愿者", "发现问题", "已整改", "整改率"], ["八年级组", "1场", "—", "—", "—", "—"], ["七年级组", "2场", "80人", "12处", "10处", "83.3%"]];
    const widths = columnWidths(rows, 6, 8845, 320);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8845);
    // `八年级组`: 4 characters and one for the cell's margins.
    expect(widths[0]).toBeGreaterThanOrEqual(5 * 320);
    // `注册志愿者` in two lines of 3 characters, `83.3%` whole (2.5 characters).
    expect(widths[2]).toBe(4.5 * 320);
    expect(widths[5]).toBeGreaterThanOrEqual(3.5 * 320);
  });
});

describe("appendix tables", () => {
  it("come after the sign-off, on a new page", async () => {
    const zip = await JSZip.loadAsync(
      await writeDocx({
        title: "T",
        blocks: [{ kind: "paragraph", runs: [{ text: "正文" }] }, { kind: "table", caption: "附表：主要指标统计表", header: ["指标"], rows: [["公益广告"]] }],
        signOff: { unit: "某社区", date: "2023年8月3日" },
        layout: gbLayout,
      }),
    );
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml.indexOf("2023年8月3日")).toBeLessThan(xml.indexOf("附表：主要指标统计表"));
    expect(xml).toMatch(/<w:pageBreakBefore\/>(?:(?!<\/w:p>).)*附表/u);
  });

  it("a note row (`注：……`, the rest empty) spans the whole row (new-user test 60, D14)", async () => {
    const note = "注：九年级组有1行问题整改数据有误（已整改数大于发现数），未计入。";
    const zip = await JSZip.loadAsync(
      await writeDocx({
        title: "T",
        blocks: [{ kind: "table", caption: "附表：各单位主要指标统计表", header: ["单位", "开展活动", "注册志愿者"], rows: [["七年级组", "2场", "80人"], [note, "", ""]] }],
        signOff: { unit: "某中学", date: "2025年7月8日" },
        layout: gbLayout,
      }),
    );
    const xml = await zip.file("word/document.xml")!.async("string");
    const last = xml.slice(xml.lastIndexOf("<w:tr>"));
    expect(last).toContain('<w:gridSpan w:val="3"/>');
    expect(last.match(/<w:tc>/gu)).toHaveLength(1);
    expect(last).toContain(note);
  });
});

describe("writeDocx: title lines (GB/T 9704-2012 §7.3.3)", () => {
  const geo = sectionGeometry(gbLayout);
  test("a title of 20 characters stays one line; a longer one breaks after the unit's name, never inside 2025年", () => {
    expect(titleLines("幸福社区2023年上半年创建文明城市工作总结", "幸福社区", gbLayout, geo)).toEqual(["幸福社区2023年上半年创建文明城市工作总结"]);
    expect(titleLines("江城市消防救援支队长江路消防救援站2025年上半年创建文明城市工作总结", "江城市消防救援支队长江路消防救援站", gbLayout, geo))
      .toEqual(["江城市消防救援支队长江路消防救援站", "2025年上半年创建文明城市工作总结"]);
    // A name longer than a line, or a title that does not begin with it, is left to Word.
    const long = "江城市东湖区市场监督管理局南湖市场监管所第二分所";
    expect(titleLines(`${long}2025年上半年创建文明城市工作总结`, long, gbLayout, geo)).toHaveLength(1);
  });

  test("the break is a line break inside the one Title paragraph", async () => {
    const unit = "江城市消防救援支队长江路消防救援站";
    const zip = await JSZip.loadAsync(await writeDocx({ ...fixture, title: `${unit}2025年上半年创建文明城市工作总结`, signOff: { unit, date: "2025年7月8日" } }));
    const doc: string = await zip.file("word/document.xml").async("string");
    const title = /<w:p>(?:(?!<\/w:p>).)*?w:val="Title"(?:(?!<\/w:p>).)*<\/w:p>/u.exec(doc)?.[0] ?? "";
    expect(textOf(title)).toBe(`${unit}2025年上半年创建文明城市工作总结`);
    expect(title.match(/<w:br\/>/gu)).toHaveLength(1);
  });
});

describe("figure cells (new-user tests 62 D10, 63 D11)", () => {
  it("puts a list of figures one a line, so that `约1200` never parts from its `起`", () => {
    expect(cellLines("约1200起、约4300处、350块", 1, 5)).toEqual(["约1200起", "约4300处", "350块"]);
    expect(cellLines("城东加油站、城关加油站", 0, 5)).toEqual(["城东加油站、城关加油站"]);
    expect(cellLines("宣传栏、横幅", 1, 5)).toEqual(["宣传栏、横幅"]);
    const rows = [["指标", "本期", "单位", "上年", "增减"], ["发现问题数", "约1200起、约4300处、350块", "", "—", "—"]];
    // `约1200起`: 1 + 2 + 1 = 4 characters, one for the margins, half to spare.
    expect(columnWidths(rows, 5, 8845, 320)[1]).toBe(5.5 * 320);
  });

  it("keeps a short last figure column whole: `100%` never `100`/`%`", () => {
    const rows = [["单位", "开展活动", "注册志愿者", "发现问题", "已整改", "整改率"], ["白水营业厅", "3场", "6人", "12处", "12处", "100%"], ["城关营业厅", "2场", "12人", "8处", "6处", "75%"]];
    const widths = columnWidths(rows, 6, 8845, 320);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8845);
    // `100%`: 2 characters, one for the margins, half to spare.
    expect(widths[5]).toBeGreaterThanOrEqual(3.5 * 320);
  });
});
