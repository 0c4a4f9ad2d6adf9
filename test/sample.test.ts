/** @jest-environment node */
/**
 * The bundled sample (samples/community-2023-h1.xlsx, made by scripts/make-sample.ts from the
 * figures of the reference community summary) through the whole pipeline: .xlsx → snapshot →
 * findings → facts → narrative → .docx.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { analyzeWorkbook, documentText, lintText, standardV1, summarize, type Analysis } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeDocx } from "../src/adapters/docx/write-docx";

const samplePath = join(__dirname, "..", "samples", "community-2023-h1.xlsx");
let analysis: Analysis;
let text: string;
let paragraphs: string[];

beforeAll(async () => {
  analysis = analyzeWorkbook(await readWorkbook(readFileSync(samplePath)), standardV1);
  const { document } = summarize(analysis, standardV1, { includeNames: false, today: 45500 });
  text = documentText(document);
  paragraphs = text.split("\n");
});

/** Every figure of the reference community summary, with its measure word. */
const referenceFigures = [
  "注册志愿者550余人", "与7家单位签订共驻共建协议", "小区保洁员12人", "垃圾桶70余个", "清运机动车辆1辆",
  "“四旁三包”责任书300余份", "投入宣传经费4万余元", "道旗120余面", "宣传栏15块", "公益广告80余块",
  "楼栋好人6人", "社区好人6人", "12期道德讲堂", "6月5日开展“世界环境日环保宣传”活动",
  "3月5日联合辖区小学开展“学雷锋志愿服务”活动", "6月1日开展“六一关爱留守儿童”活动", "春节、元宵节、清明节和端午节",
  "5月28日开展“爱国歌曲大家唱”文体活动，参与100人次", "3场环境整治活动", "乱张贴58处中尚有3处未整改到位",
];

describe("the community sample", () => {
  it("has no errors and no warnings", () => {
    expect(analysis.findings).toEqual([]);
  });

  it("states every figure of the reference summary with its measure word", () => {
    for (const f of referenceFigures) expect(text).toContain(f);
  });

  it("has the title, the opening and the sections in the genre's order with closing-up numbering", () => {
    expect(paragraphs[0]).toBe("幸福里社区居委会2023年上半年创建文明城市工作总结");
    expect(paragraphs[2]).toBe(
      // v2 rule 14: no stock aim; headline figures from the ledgers with the most rows (rule 10).
      "　　幸福里社区居委会辖区有居民3120户，常住人口8600人。2023年上半年，社区在区文明办的指导下，开展各类活动23场，整改各类问题115处，投入宣传经费4万余元。现将有关情况总结如下。" /* rule 14: the unit's own background first */,
    );
    expect(paragraphs.filter((p) => /^[一二三四五六七八九十]+、/u.test(p))).toEqual([
      "一、加强组织领导，压实创建责任",
      "二、狠抓环境整治，建设美丽家园",
      "三、加强宣传引导，营造创建氛围",
      "四、深化道德建设，提升居民素质",
      "五、壮大志愿队伍，提升服务实效",
      "六、丰富文体活动，传承传统文化",
      "七、开展关爱帮扶，传递邻里温暖",
      "八、存在的不足",
      "九、下一步工作打算",
    ]);
  });

  it("writes the rectification paragraph and the unrectified problems in 存在的不足", () => {
    // v2 rule 3: each category with its own action; rule 5: no bracketed notes; rule 9: what is open goes to 存在的不足.
    expect(text).toContain("　　一是整治顽疾。累计排查发现各类问题118处，已整改115处，整改率为97.5%。其中清理乱张贴55处、卫生死角24处，规范占道经营36处。\n");
    // v2 rule 1: staff and equipment take 配备, an action keeps its own verb (签订).
    expect(text).toContain("配备小区保洁员12人、垃圾桶70余个、清运机动车辆1辆，与个体工商户及企业签订“四旁三包”责任书300余份。\n");
    expect(text).toContain("三是乱张贴58处中尚有3处未整改到位，需持续跟进；四是志愿者注册人数占常住人口比例偏低，志愿服务队伍规模还需进一步扩大。\n");
  });

  it("numbers 下一步打算 as 一是……；二是……。 and signs off with 成文日期", () => {
    const next = paragraphs[paragraphs.indexOf("九、下一步工作打算") + 1];
    expect(next.startsWith("　　一是结合棚户区改造，配套完善小区文化健身场所和停车设施；二是")).toBe(true);
    expect(next.endsWith("六是完善创建工作责任制和考评机制，推动文明创建常态长效。")).toBe(true);
    expect(paragraphs.slice(-3)).toEqual(["幸福里社区居委会", "2023年7月5日", ""]);
  });

  it("passes the language lint", () => {
    expect(lintText(text, { unitType: "社区" })).toEqual([]);
  });

  it("tells activities by type: 道德讲堂 in 期 and 我们的节日 by festival", () => {
    expect(text).toContain("先后开展12期道德讲堂，参与480人次。");
    // v2 rule 3: participants in 人 and in 人次 are never one total (they are in the appendix table).
    expect(text).toContain("围绕春节、元宵节、清明节和端午节，先后开展5场“我们的节日”主题活动，其中春节2场，元宵节、清明节和端午节各1场。");
  });

  it("never prints personal data or zero figures", () => {
    expect(text).not.toMatch(/某某某|0562|某甲/u);
    expect(text).not.toMatch(/(^|[^0-9.])0(人|块|场|期|处|个|份|元)/u);
  });

  it("traces each figure to its cells", () => {
    const { document } = summarize(analysis, standardV1, { includeNames: false, today: 45500 });
    const runs = document.blocks.flatMap((b) => (b.kind === "paragraph" ? b.runs : []));
    const volunteers = runs.find((r) => r.text.includes("注册志愿者550余人") && r.text.includes("现有"));
    expect(volunteers?.sources).toEqual(expect.arrayContaining(["志愿服务!A3", "志愿服务!C3"]));
    const flags = runs.find((r) => r.text.includes("道旗120余面"));
    expect(flags?.sources).toEqual(expect.arrayContaining(["宣传投放!C3", "宣传投放!F3"]));
  });

  it("prints honourees' names only when asked", () => {
    const { document } = summarize(analysis, standardV1, { includeNames: true, today: 45500 });
    expect(documentText(document)).toContain("楼栋好人6人（某甲、某乙、某丙、某丁、某戊、某己）");
  });

  it("writes the same figures into the .docx", async () => {
    const { document } = summarize(analysis, standardV1, { includeNames: false, today: 45500 });
    const zip = await JSZip.loadAsync(await writeDocx(document));
    const xml = await zip.file("word/document.xml")!.async("string");
    const plain = xml.replace(/<[^>]+>/gu, "");
    for (const f of referenceFigures) expect(plain).toContain(f.replace(/“/gu, "“"));
    expect(plain).toContain("幸福里社区居委会2023年上半年创建文明城市工作总结");
  });

  it("is deterministic", () => {
    const again = documentText(summarize(analysis, standardV1, { includeNames: false, today: 45500 }).document);
    expect(again).toBe(text);
  });
});
