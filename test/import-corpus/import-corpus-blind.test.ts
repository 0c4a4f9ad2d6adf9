/** @jest-environment node */
/**
 * The blind import corpus (issue #16 "Done when"): 9 .xlsx and 1 GBK .csv made by a helper who saw
 * the layouts and the standard sheets, never our synonym tables or code, each with the
 * standard rows a careful person would make (test/import-corpus/blind/README.md). Each file is
 * imported with the automatic mapping and the profile of its expected.json, then measured:
 *
 * - the share of expected standard cells (non-loose fields; a guess compared with its acceptable
 *   answers) that land right, per file and overall — target ≥ 95 %;
 * - every non-empty source cell accounted for, and the reasons of the cells the helper left out
 *   compared with ours (标题 → title, 表头 → header, 合计行 → total, 签名行 → signature,
 *   说明 → note / not-held, 个人信息 → personal, 计算列 → unmapped);
 * - the imported workbook passes check with 0 errors and its summary states its figures (one exact
 *   sentence per file).
 *
 * Every figure is asserted exactly, and every cell that does not land as the helper expected is
 * listed in KNOWN with the reason: an importer gap, or an expectation we judge debatable
 * (docs/import.md "Blind corpus").
 */
import { analyseLedger, documentText, standardV1, summariseLedger } from "../../src/core";
import { readWorkbook } from "../../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../../src/adapters/xlsx/write-workbook";
import { blindCases, blindSource, importBlind, percent, scoreBlind, type BlindScore } from "./blind/score";

/** Measured figures per file (right/cells: expected standard cells; sourceCells: non-empty source cells; leftOutCells: those the helper left out) and one sentence of its summary. */
const FIGURES: Record<string, { right: number; cells: number; sourceCells: number; leftOutCells: number; sentence: string }> = {
  "01-阳光社区-创文活动台账": { right: 79, cells: 79, sourceCells: 81, leftOutCells: 16, sentence: "2024年上半年，阳光社区开展各类活动12场。" },
  "02-文华街道-问题整改与宣传统计": { right: 82, cells: 82, sourceCells: 115, leftOutCells: 34, sentence: "辖区共排查出乱张贴、占道堆放和占道经营等问题1481处，已整改1468处，整改率为99.1%。" },
  "03-城西区城市管理局-创文问题清单": { right: 75, cells: 75, sourceCells: 113, leftOutCells: 9, sentence: "巡查发现占道经营、乱张贴和流动摊点等问题13处，已整改9处，整改率为69.2%。" },
  "04-城西职业技术学校-志愿者花名册": { right: 15, cells: 15, sourceCells: 205, leftOutCells: 110, sentence: "现有教师党员先锋队、学生青年志愿者服务队和家长志愿者队共3支志愿服务队伍，注册志愿者24人，其中党员志愿者7人、青年志愿者12人；累计服务时长200.5小时。" },
  "05-青山镇妇联-先进典型汇总": { right: 45, cells: 45, sourceCells: 68, leftOutCells: 12, sentence: "1人获评省级“巾帼建功标兵”，青山镇卫生院妇产科获评市级“巾帼文明岗”，3户家庭获评市级“最美家庭”；评选表彰十佳孝老爱亲模范10人、十佳好媳妇10人、三八红旗手1人、青山好人1人、区“最美志愿者”2人和楼栋好人1人，共25人。" },
  "06-城西供电公司-创文宣传投放明细": { right: 66, cells: 66, sourceCells: 95, leftOutCells: 19, sentence: "在各营业厅门前设置公益广告12块，设置道旗60面、电子屏3块和展板220块，在公交站台灯箱更换公益广告10块，在公司大院及职工家属院更换宣传栏4块，悬挂横幅18条，制作墙绘2处，发放宣传单约3500份、倡议书650份、宣传资料300份和其他宣传品120张。" },
  "07-滨湖公园管委会-创文工作台账": { right: 75, cells: 75, sourceCells: 99, leftOutCells: 25, sentence: "排查发现各类问题65处，已整改63处，整改率为96.9%。" },
  "08-城西区人民医院-创文活动开展情况": { right: 48, cells: 49, sourceCells: 64, leftOutCells: 17, sentence: "3月5日医务科在南桥社区、西岳社区开展“学雷锋义诊进社区”志愿服务活动，参与2000余人次。" },
  "09-石桥镇-人居环境整治统计": { right: 24, cells: 24, sourceCells: 68, leftOutCells: 20, sentence: "出动人员810余人次、车辆53台次，清理垃圾224.5吨、小广告1415处、乱堆乱放270处。" },
  "10-滨江社区-志愿服务平台活动导出": { right: 70, cells: 70, sourceCells: 145, leftOutCells: 34, sentence: "先后开展2场宣传教育活动，累计参与34人：4月13日在滨江路与解放路交叉口开展“文明交通劝导”活动，参与12人；4月27日联合滨江派出所在滨江花园小区开展“反诈宣传进小区”活动，参与22人。" },
};

/**
 * Every standard cell that does not land as the helper expected (`sheet[源行].header: got`), and
 * every value we write where the helper's row is blank, with why.
 */
const KNOWN: Record<string, { misses: string[]; extra: string[] }> = {
  "02-文华街道-问题整改与宣传统计": {
    misses: [],
    // Debatable: we keep the typed words in 备注 whenever a value is classified or read into another
    // field (nothing lost); the helper moves them and leaves 备注 blank.
    extra: ["问题整改[6].备注: 问题类别：乱张贴（牛皮癣）", "问题整改[7].备注: 问题类别：乱堆乱放", "宣传投放[4].备注: 新设"],
  },
  "08-城西区人民医院-创文活动开展情况": {
    // Debatable: 春节前走访慰问困难职工 names a festival; our rule (a festival word gives 我们的节日,
    // as the narrative files it) against the helper's reading of the content (关爱帮扶, no alternative given).
    misses: ["活动台账[5].活动类型: 我们的节日"],
    extra: [],
  },
  "10-滨江社区-志愿服务平台活动导出": {
    // Debatable: the helper files every record of a volunteer platform as 志愿服务 (the platform's
    // category as the alternative); we read the platform's 活动类型 column, else the row's words.
    // 学雷锋日…便民服务 is 志愿服务 by its 学雷锋 (new-user test 8, D9); 六一亲子环保手工课 (文化体育) falls
    // to 其他 by its words, but the export's title names 志愿服务 alone, so a row without a type of its own is 志愿服务, as the
    // helper has it (new-user test 63, D4); 端午节包粽子送孤寡老人 (关爱老人) is 我们的节日 by the festival its name gives
    // (new-user test 38, D17), as the helper allows.
    misses: [],
    extra: [],
  },
};

/** Left-out cells whose reason differs from the helper's: debatable readings. */
const KNOWN_LEFT_OUT: Record<string, string[]> = {
  // Debatable: `统计时间：… 填报单位：…` above the header is a title line for us (it may name the unit), a 说明 for the helper.
  "09-石桥镇-人居环境整治统计": ["二季度!A2: 说明 → title"],
};

const cases = blindCases();
const scores = new Map<string, BlindScore>();

describe("blind import corpus", () => {
  it("holds 10 files made blind, one of them a GBK CSV", () => {
    expect(cases.map((c) => c.name)).toEqual(Object.keys(FIGURES));
    expect(cases.filter((c) => c.source.endsWith(".csv")).length).toBe(1);
  });

  describe.each(cases.map((c) => [c.name, c] as const))("%s", (name, c) => {
    it("lands the expected standard cells, accounts for every non-empty cell and leaves out what the helper left out, for the same reasons", async () => {
      const source = await blindSource(c);
      const outcome = importBlind(c, source);
      expect(outcome.result.ok).toBe(true);
      const s = scoreBlind(c, source, outcome);
      scores.set(name, s);
      const f = FIGURES[name];
      expect({ right: s.right, cells: s.cells }).toEqual({ right: f.right, cells: f.cells });
      expect(s.misses.map((m) => `${m.sheet}[${m.rows}].${m.header}: ${m.got}`)).toEqual(KNOWN[name]?.misses ?? []);
      expect(s.extra.map((m) => `${m.sheet}[${m.rows}].${m.header}: ${m.got}`)).toEqual(KNOWN[name]?.extra ?? []);
      expect({ missingRows: s.missingRows, extraRows: s.extraRows }).toEqual({ missingRows: 0, extraRows: 0 });
      expect({ sourceCells: s.sourceCells, accounted: s.accounted }).toEqual({ sourceCells: f.sourceCells, accounted: f.sourceCells });
      expect(s.leftOutCells).toBe(f.leftOutCells);
      expect(s.leftOutMisses.map((m) => `${m.cell}: ${m.want} → ${m.got}`)).toEqual(KNOWN_LEFT_OUT[name] ?? []);
    });

    it("writes a workbook that check passes with 0 errors and whose summary states its figures", async () => {
      const { result } = importBlind(c, await blindSource(c));
      const analysis = analyseLedger(await readWorkbook(await writeWorkbook(standardV1, result.content)));
      expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
      const text = documentText(summariseLedger(analysis, { includeNames: false, today: 45500 }).document);
      expect(text).toContain(FIGURES[name].sentence);
    });
  });

  it("lands ≥ 95 % of the expected standard cells overall (579 of 580, 99.8 %), and prints the figures", () => {
    const lines = [...scores].map(([name, s]) => `${name}: ${s.right}/${s.cells} (${percent(s.right, s.cells)})；源单元格 ${s.accounted}/${s.sourceCells} 已说明；留出单元格理由一致 ${s.leftOutAgreed}/${s.leftOutCells}`);
    const right = [...scores.values()].reduce((n, s) => n + s.right, 0);
    const cells = [...scores.values()].reduce((n, s) => n + s.cells, 0);
    const leftAgreed = [...scores.values()].reduce((n, s) => n + s.leftOutAgreed, 0);
    const leftCells = [...scores.values()].reduce((n, s) => n + s.leftOutCells, 0);
    lines.push(`合计: ${right}/${cells} (${percent(right, cells)})；留出单元格理由一致 ${leftAgreed}/${leftCells} (${percent(leftAgreed, leftCells)})`);
    console.log(`盲测导入语料：\n${lines.join("\n")}`);
    expect(scores.size).toBe(10);
    expect({ right, cells, share: percent(right, cells), leftAgreed, leftCells }).toEqual({ right: 579, cells: 580, share: "99.8 %", leftAgreed: 295, leftCells: 296 });
    expect(right / cells).toBeGreaterThanOrEqual(0.95);
  });
});
