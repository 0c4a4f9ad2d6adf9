/** @jest-environment node */
/**
 * The catalog against the spec it encodes: docs/standard-sheets.md (the repo's copy of the
 * standard workbook v1 contract, with its minor versions 1.1 and 1.2) is parsed and every sheet name,
 * table name, header text, required mark, type, text length and enumeration must match the catalog
 * exactly; the sections "Version 1.1" and "Version 1.2" must list exactly the fields marked
 * `since: 1.1` and `since: 1.2`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { additionsSince, catalogAtVersion, fieldsOf, formOf, instructionRows, ledgersOf, standardV1, versionOfText, type FieldSpec } from ".";

const spec = readFileSync(join(__dirname, "../../../docs/standard-sheets.md"), "utf8");

interface SpecSheet {
  readonly name: string;
  readonly table?: string;
  readonly rows: { header: string; required: boolean; type: string; notes: string }[];
}

/** `## 3. 宣传投放 — publicity ledger (table `tbl_Publicity`)` sections and their tables. */
function specSheets(): SpecSheet[] {
  const out: SpecSheet[] = [];
  for (const part of spec.split(/^## /mu).slice(1)) {
    const head = /^\d+\.\s+(\S+)\s+—.*?(?:table `(tbl_\w+)`)?/u.exec(part);
    if (!head) continue;
    const rows = part
      .split("\n")
      .filter((l) => l.startsWith("| ") && !l.startsWith("| header") && !l.startsWith("| 项目") && !l.startsWith("|---"))
      .map((l) => l.split("|").slice(1, -1).map((c) => c.trim()))
      .map(([header, type, notes]) => ({ header: header.replace(/\*$/u, ""), required: header.endsWith("*"), type, notes }));
    out.push({ name: head[1], table: head[2] ?? /table `(tbl_\w+)`/u.exec(part)?.[1], rows });
  }
  return out;
}

function typeOf(f: FieldSpec): string {
  switch (f.type) {
    case "text":
    case "phone":
      return `text(${f.maxLength})`;
    case "int":
      return f.min === 1 ? "int >= 1" : f.max !== undefined ? `int ${f.min}..${f.max}` : "int";
    default:
      return f.type;
  }
}

describe("standardV1", () => {
  const sheets = specSheets();

  it("has the spec's sheets in the spec's order", () => {
    expect(standardV1.sheets.map((s) => s.sheet)).toEqual(sheets.map((s) => s.name));
  });

  it("has the spec's table names", () => {
    for (const s of [formOf(standardV1), ...ledgersOf(standardV1)]) {
      expect(sheets.find((x) => x.name === s.sheet)?.table).toBe(s.table);
    }
  });

  it("has every header, required mark, type and enumeration of the spec", () => {
    for (const s of [formOf(standardV1), ...ledgersOf(standardV1)]) {
      const rows = sheets.find((x) => x.name === s.sheet)!.rows;
      const fields = fieldsOf(s);
      expect(fields.map((f) => f.header)).toEqual(rows.map((r) => r.header));
      fields.forEach((f, i) => {
        const row = rows[i];
        expect([s.sheet, f.header, f.required]).toEqual([s.sheet, row.header, row.required]);
        if (f.type === "enum") {
          expect(row.type).toBe("enum");
          expect([s.sheet, f.header, (f.values ?? []).join(", ")]).toEqual([s.sheet, row.header, row.notes.split(" |")[0].replace(/\s*\*\(v[\d.]+\)\*.*$/u, "")]);
        } else if (f.type === "formula") {
          expect(row.type).toBe("formula");
        } else if (f.type === "phone") {
          expect(row.type).toBe("text(20)");
        } else {
          expect([s.sheet, f.header, typeOf(f)]).toEqual([s.sheet, row.header, row.type]);
        }
      });
    }
  });

  it("gives every number column a format without a currency symbol and every date the Chinese date format", () => {
    for (const s of [formOf(standardV1), ...ledgersOf(standardV1)]) {
      for (const f of fieldsOf(s)) {
        if (f.numFmt) expect(f.numFmt).not.toMatch(/[$¥￥€]/u);
        if (f.type === "date") expect(f.numFmt).toBe('yyyy"年"m"月"d"日"');
        if (f.type === "int") expect(f.numFmt).toBe("0");
      }
    }
    expect(standardV1.versionText).toBe("标准台账 v1.2");
    expect(standardV1.version).toBe(1.2);
    expect(standardV1.versionName).toBe("CL_StandardVersion");
  });

  it("keeps ASCII ids unique within each sheet", () => {
    for (const s of standardV1.sheets) {
      const ids = fieldsOf(s).map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[A-Za-z]+$/u);
    }
  });
});

/** The rows of the table in `## Version <v>`: sheet | field | type | placed | notes. */
function versionRows(v: string): { sheet: string; header: string; type: string; placed: string }[] {
  const part = spec.split(/^## /mu).find((p) => p.startsWith(`Version ${v}`));
  expect(part).toBeDefined();
  return part!
    .split("\n")
    .filter((l) => l.startsWith("| ") && !l.startsWith("| sheet") && !l.startsWith("|---") && !l.startsWith("| row"))
    .filter((l) => !/^\| \d/u.test(l))
    .map((l) => l.split("|").slice(1, -1).map((c) => c.trim()))
    .filter((cells) => cells.length === 5)
    .map(([sheet, header, type, placed]) => ({ sheet, header, type, placed }));
}

/** Checks that the section of version `v` lists exactly the fields added by it, with type and place. */
function expectVersionSection(v: string, after: number, expected: readonly string[]): void {
  const additions = additionsSince(standardV1, after).filter((a) => a.field.since === Number(v));
  expect(additions.map((a) => `${a.sheet} ${a.field.header}`)).toEqual(expected);
  const rows = versionRows(v);
  expect(rows.map((r) => `${r.sheet} ${r.header} ${r.type}`)).toEqual(additions.map((a) => `${a.sheet} ${a.field.header} ${typeOf(a.field)}`));
  for (const { sheet, field } of additions) {
    const row = rows.find((r) => r.sheet === sheet && r.header === field.header)!;
    const fields = fieldsOf(standardV1.sheets.find((s) => s.sheet === sheet)!);
    const i = fields.indexOf(field);
    const [where, neighbour] = row.placed.split(" ");
    expect([sheet, field.header, neighbour]).toEqual([sheet, field.header, where === "after" ? fields[i - 1].header : fields[i + 1].header]);
    expect(field.required).toBe(false);
    expect(field.prompt).toBeTruthy();
  }
}

describe("version 1.1", () => {
  it("the section Version 1.1 lists every field marked since 1.1, with its type and place, and no other", () => {
    expectVersionSection("1.1", 1, ["基本信息 单位简称", "基本信息 工作思路", "组织保障 频次", "其他指标 频次"]);
  });

  it("marks the added fields (v1.1, v1.2) in the sheet tables, and no v1 field", () => {
    for (const s of [formOf(standardV1), ...ledgersOf(standardV1)]) {
      const part = spec.split(/^## /mu).find((p) => new RegExp(`^\\d+\\.\\s+${s.sheet}\\s`, "u").test(p))!;
      for (const f of fieldsOf(s)) {
        const line = part.split("\n").find((l) => l.startsWith(`| ${f.header}${f.required ? "*" : ""} |`))!;
        expect([s.sheet, f.header, line.includes("*(v1.1)*"), line.includes("*(v1.2)*")]).toEqual([s.sheet, f.header, f.since === 1.1, f.since === 1.2]);
      }
    }
  });

  it("catalogAtVersion(…, 1) is v1: the v1 fields in v1 order, version text 标准台账 v1", () => {
    const v1 = catalogAtVersion(standardV1, 1);
    expect([v1.version, v1.versionText, v1.versionName]).toEqual([1, "标准台账 v1", "CL_StandardVersion"]);
    expect(fieldsOf(formOf(v1)).map((f) => f.header)).toEqual(["单位名称", "单位类型", "上级指导单位", "报告年度", "报告期", "起始日期", "截止日期", "常住人口", "户数", "填报人", "联系电话", "成文日期"]);
    expect(fieldsOf(ledgersOf(v1).find((l) => l.id === "organization")!).map((f) => f.header)).toEqual(["事项类型", "名称或内容", "数量", "单位", "日期", "备注"]);
    expect(fieldsOf(ledgersOf(v1).find((l) => l.id === "figures")!).map((f) => f.header)).toEqual(["板块", "指标名称", "数值", "单位", "表述", "备注"]);
    expect(additionsSince(standardV1, 1.2)).toEqual([]);
    expect(catalogAtVersion(standardV1, 1.2)).toEqual(standardV1);
  });

  it("reads version texts as numbers", () => {
    expect(["标准台账 v1", "标准台账 v1.1", " 标准台账v1.1 ", "标准台账 V2", "v1.1", "", null].map(versionOfText)).toEqual([1, 1.1, 1.1, 2, undefined, undefined, undefined]);
  });

  it("填报说明 tells that 指标名称 starts with the action and that a one-day or one-week report is 专项", () => {
    const text = instructionRows(standardV1).map((r) => `${r.a ?? ""} ${r.b ?? ""}`).join("\n");
    expect(text).toContain("创文台账填报说明（标准台账 v1.2）");
    expect(text).toContain("指标名称以动作开头（出动巡查人员、清理小广告、走访困难家庭），没有动作的写事物名称（保洁员、垃圾桶）");
    expect(text).toContain("一天或一周的专项工作报告，报告期选“专项”，并填写起始日期和截止日期");
    expect(text).toContain("频次");
  });
});

describe("header synonyms (docs/standard-sheets.md, issue #16 item 2)", () => {
  const sheetsWithFields = standardV1.sheets.map((s) => ({ sheet: s.sheet, fields: fieldsOf(s) }));

  it("the section Header synonyms lists exactly the catalog's synonyms, in order", () => {
    const part = spec.split(/^## /mu).find((p) => p.startsWith("Header synonyms"));
    expect(part).toBeDefined();
    const rows = part!
      .split("\n")
      .filter((l) => l.startsWith("| ") && !l.startsWith("| sheet") && !l.startsWith("|---"))
      .map((l) => l.split("|").slice(1, -1).map((c) => c.trim()).join(" "));
    const catalog = sheetsWithFields.flatMap(({ sheet, fields }) => fields.filter((f) => f.synonyms?.length).map((f) => `${sheet} ${f.header} ${f.synonyms!.join("、")}`));
    expect(rows).toEqual(catalog);
  });

  it("no synonym is a standard header of its sheet or the synonym of two fields of one sheet", () => {
    for (const { sheet, fields } of sheetsWithFields) {
      const headers = new Set(fields.map((f) => f.header));
      const all = fields.flatMap((f) => f.synonyms ?? []);
      expect({ sheet, clashes: all.filter((s) => headers.has(s)) }).toEqual({ sheet, clashes: [] });
      expect({ sheet, twice: all.filter((s, i) => all.indexOf(s) !== i) }).toEqual({ sheet, twice: [] });
    }
  });
});

describe("version 1.2", () => {
  it("the section Version 1.2 lists every field marked since 1.2 (来源, 落实情况), with its type and place, and no other", () => {
    // 专项名称: an extension added later within v1.2 (new-user test 37, D24).
    expectVersionSection("1.2", 1.1, ["基本信息 专项名称", "问题整改 来源", "文字材料 落实情况"]);
    expect(additionsSince(standardV1, 1.1).map((a) => a.field.since)).toEqual([1.2, 1.2, 1.2]);
  });

  it("lists the other additions: the 类型 value 上期打算, the two indicators, the 上期指标 sheet and its layout", () => {
    const part = spec.split(/^## /mu).find((p) => p.startsWith("Version 1.2"))!;
    const texts = ledgersOf(standardV1).find((l) => l.id === "texts")!;
    expect(texts.columns[0].values).toEqual(["导语", "工作亮点", "存在不足", "下一步打算", "上期打算"]);
    expect(part).toContain("`上期打算`");
    const added = standardV1.indicators.filter((i) => i.since === 1.2).map((i) => i.label);
    expect(added).toEqual(["上期遗留问题数", "上期遗留问题已整改数"]);
    for (const label of added) expect(part).toContain(label);
    for (const i of standardV1.indicators.filter((x) => x.earlier)) expect([i.id, i.formula]).toEqual([i.id, expect.stringContaining('tbl_Rectification[来源],"<>上期遗留"')]);
    const prev = standardV1.previousPeriod!;
    expect([prev.sheet, prev.since, prev.items, prev.headers]).toEqual(["上期指标", 1.2, ["单位名称", "报告年度", "报告期", "起始日期", "截止日期"], ["指标", "数值", "单位", "约数"]]);
    expect(part).toContain(`### ${prev.sheet}`);
    expect(part).toContain(`| 2–6 | ${prev.items.join(", ")} |`);
    expect(part).toContain(`| 8 | ${prev.headers.join(" | ")} |`);
    expect(part).toContain("`标准台账 v1.2`");
  });

  it("catalogAtVersion(…, 1.1) is v1.1: no 来源 or 落实情况, the v1.1 indicator formulas, no 上期指标", () => {
    const v11 = catalogAtVersion(standardV1, 1.1);
    expect([v11.version, v11.versionText, v11.previousPeriod]).toEqual([1.1, "标准台账 v1.1", undefined]);
    expect(fieldsOf(ledgersOf(v11).find((l) => l.id === "rectification")!).map((f) => f.header)).toEqual(["问题类别", "发现数", "已整改数", "单位", "整改率", "责任单位", "整改时限", "备注"]);
    expect(fieldsOf(ledgersOf(v11).find((l) => l.id === "texts")!).map((f) => f.header)).toEqual(["类型", "内容"]);
    expect(v11.indicators.find((i) => i.id === "problemsFound")?.formula).toBe("SUM(tbl_Rectification[发现数])");
    expect(v11.indicators.some((i) => i.id.startsWith("carried"))).toBe(false);
  });

  it("填报说明 tells how to fill 来源 and 落实情况 and what 上期指标 is", () => {
    const text = instructionRows(standardV1).map((r) => `${r.a ?? ""} ${r.b ?? ""}`).join("\n");
    expect(text).toContain("“来源”一列区分本期发现和上期遗留（留空即本期发现）");
    expect(text).toContain("在“落实情况”一列写明本期落实的结果，填写了的才写入总结");
    expect(text).toContain("上期指标 本表由“开始下一期”生成");
    expect(text).toContain("类型：导语、工作亮点、存在不足、下一步打算、上期打算");
    expect(text).toContain("来源：本期发现、上期遗留");
  });
});
