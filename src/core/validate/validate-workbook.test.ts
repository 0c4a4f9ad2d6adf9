import { rules, standardV1, validateWorkbook, type Finding } from "..";
import { makeSnapshot } from "../../../test/support/snapshot";

const brief = (fs: readonly Finding[]) => fs.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.rule}`);

describe("validateWorkbook", () => {
  it("reports nothing for a clean workbook", () => {
    const { findings } = validateWorkbook(
      makeSnapshot({
        ledgers: {
          宣传投放: [{ 类型: "公益广告", 数量: 80, 单位: "块" }],
          文字材料: [{ 类型: "存在不足", 内容: "宣传阵地覆盖面还不够广" }, { 类型: "下一步打算", 内容: "扩大宣传阵地覆盖面" }],
        },
      }),
      standardV1,
    );
    expect(findings).toEqual([]);
  });

  it("reports each value users really type at its cell (spec table)", () => {
    const snapshot = makeSnapshot({
      ledgers: {
        宣传投放: [
          { 类型: "公益广告", 数量: "１２０", 单位: "块" }, // row 3
          { 类型: "道旗", 数量: "120 面", 单位: "面" }, // row 4
          { 类型: "宣传栏", 数量: "80余", 单位: "块" }, // row 5
          { 类型: "横幅", 数量: "十二", 单位: "条" }, // row 6
          { 类型: "展板", 数量: -3, 单位: "块" }, // row 7
          { 类型: "墙绘", 数量: 12.5, 单位: "处" }, // row 8
          { 类型: "电子屏", 数量: "#DIV/0!", 单位: "块" }, // row 9
          { 类型: "宣传单", 数量: "若干", 单位: "份", "投入金额（元）": "4万余元" }, // row 10
          { 类型: "广告牌", 数量: 3, 单位: "块", 日期: "2023.6.5" }, // row 11
          { 类型: "公益广告", 数量: 2, 单位: "块", 日期: "6月5日" }, // row 12
          { 类型: "公益广告", 数量: 2, 单位: "块", 日期: "#REF!" }, // row 13
        ],
        志愿服务: [{ 队伍名称: "志愿队", 队伍类型: "综合志愿者", 注册人数: "552多" }],
        其他指标: [
          { 板块: "环境整治", 指标名称: "出动巡查人员", 数值: "约14800", 单位: "人次" },
          { 板块: "环境整治", 指标名称: "整改到位率", 数值: "百分之百", 单位: "%" },
          { 板块: "环境整治", 指标名称: "保洁员", 数值: "100%", 单位: "人" },
        ],
      },
    });
    const { findings } = validateWorkbook(snapshot, standardV1);
    expect(brief(findings)).toEqual([
      "error 宣传投放!C7 value.out-of-range",
      "error 宣传投放!C8 value.not-integer",
      "error 宣传投放!C9 value.excel-error",
      "error 宣传投放!C10 value.not-number",
      "error 宣传投放!A11 value.enum",
      "error 宣传投放!G13 value.excel-error",
      "error 其他指标!C5 value.percent-misplaced",
      "warning 宣传投放!C3 value.as-text",
      "warning 宣传投放!C4 value.as-text",
      "warning 宣传投放!C5 value.approximate",
      "warning 宣传投放!C6 value.as-text",
      "warning 宣传投放!F10 value.approximate",
      "warning 宣传投放!G11 value.as-text",
      "warning 宣传投放!G12 value.as-text",
      "warning 志愿服务!C3 value.approximate",
      "warning 其他指标!C3 value.approximate",
      "warning 其他指标!C4 value.as-text",
      // Three ledgers filled and no 文字材料 (new-user test 15, D2).
      "warning 文字材料! text.plans-missing",
    ]);
  });

  it("says what each value was read as, and what to do", () => {
    const { findings } = validateWorkbook(
      makeSnapshot({ ledgers: { 宣传投放: [{ 类型: "道旗", 数量: "120 面", 单位: "面" }, { 类型: "公益广告", 数量: -3, 单位: "块" }] } }),
      standardV1,
    );
    expect(findings.map((f) => f.message)).toEqual([
      "“数量”不能为负数，现为-3。",
      "“数量”是文本“120 面”，已读作120；本格只填数字。可用“规范数据”转换为数值。",
      // One ledger holds work: the summary would lack both parts (new-user test 33, D13).
      "文字材料还没有填写，总结将没有“存在的不足”和“下一步工作打算”部分。文明办通常要求写明，请在文字材料中加上，类型选“存在不足”“下一步打算”。",
    ]);
  });

  it("reports missing sheets, renamed and missing headers without guessing by position", () => {
    const { findings } = validateWorkbook(
      makeSnapshot({
        omit: ["先进典型", "指标汇总"],
        renames: { 宣传投放: { 数量: "数目" }, 志愿服务: { 备注: "说明" } },
        noTable: ["活动台账"],
        ledgers: { 宣传投放: [{ 类型: "公益广告", 数量: 5, 单位: "块" }] },
      }),
      standardV1,
    );
    expect(findings.map((f) => [f.severity, f.sheet, f.cell, f.rule])).toEqual([
      ["error", "宣传投放", "", "column.missing"],
      ["error", "先进典型", "", "sheet.missing"],
      ["warning", "志愿服务", "G2", "column.header-variant"],
      ["warning", "活动台账", "", "table.missing"],
      ["warning", "文字材料", "", "text.plans-missing"],
      ["warning", "指标汇总", "", "sheet.generated-missing"],
    ]);
    // 说明 is a synonym of 备注 in the catalog (issue #16 item 2): read as 备注, and said so.
    expect(findings[2].message).toBe("表头“说明”已按标准表头“备注”读取。请把表头改为“备注”，或用“生成或修复标准表”改回（数据不动），以便其他工具和汇总识别。");
    expect(findings[0].message).toBe("缺少必填列“数量”（表头中有未识别的列：“数目”，是否改了名？）。请把表头改回“数量”，或用“生成或修复标准表”补上该列。");
  });

  it("points cross-field errors at the wrong cell", () => {
    const { findings } = validateWorkbook(
      makeSnapshot({
        profile: { 起始日期: 45200, 截止日期: 45100, 联系电话: "138-0000 0000转1" },
        ledgers: {
          问题整改: [{ 问题类别: "乱张贴", 发现数: 5, 已整改数: 7, 单位: "处", 整改率: 1.4 }],
          活动台账: [{ 日期: 45300, 活动名称: "清扫", 活动类型: "环境整治" }],
        },
      }),
      standardV1,
    );
    expect(findings.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.rule}`)).toEqual([
      "error 基本信息!B10 profile.period-mismatch",
      "error 基本信息!B11 profile.date-order",
      "error 问题整改!C3 rect.exceeds-found",
      "warning 基本信息!B15 profile.phone-chars",
      "warning 问题整改!E3 value.formula-overwritten",
      "warning 活动台账!A3 activity.outside-period",
      "warning 文字材料! text.plans-missing", // two ledgers hold work, 文字材料 none (new-user test 18, D8)
    ]);
  });

  it("warns about activities outside the report period", () => {
    const { findings } = validateWorkbook(
      makeSnapshot({ ledgers: { 活动台账: [{ 日期: 45300, 活动名称: "清扫", 活动类型: "环境整治" }] } }),
      standardV1,
    );
    expect(findings).toEqual([
      {
        severity: "warning", sheet: "活动台账", cell: "A3", rule: "activity.outside-period",
        message: "活动日期2024年1月9日不在报告期（2023年1月1日至2023年6月30日）内，这一场活动未计入总结；请核对日期或报告期。",
      },
      expect.objectContaining({ rule: "text.plans-missing", sheet: "文字材料" }),
    ]);
  });

  it("requires values, limits text length and checks enumerations and the year", () => {
    const { findings } = validateWorkbook(
      makeSnapshot({
        profile: { 单位名称: null, 报告年度: 1999, 报告期: "上半年 " },
        ledgers: { 文字材料: [{ 类型: "导语", 内容: "字".repeat(1001) }, { 类型: "导言", 内容: null }] },
      }),
      standardV1,
    );
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([
      "基本信息!B3 value.required",
      "基本信息!B8 value.out-of-range",
      "文字材料!B3 value.too-long",
      "文字材料!A4 value.enum",
      "文字材料!B4 value.required",
      "文字材料! text.plans-missing",
    ]);
  });

  it("does not treat the blank template row or an empty workbook as data", () => {
    const { findings, workbook } = validateWorkbook(makeSnapshot({ ledgers: { 宣传投放: [{}] } }), standardV1);
    // Nothing but that the ledgers are all empty (new-user test 25, D18): the blank row is no data.
    expect(findings.map((f) => `${f.sheet} ${f.rule}`)).toEqual(["组织保障 workbook.empty"]);
    expect(workbook.ledgers.publicity.rows).toEqual([]);
  });

  it("reads data typed below the table and says so", () => {
    const snap = makeSnapshot({ ledgers: { 宣传投放: [{ 类型: "公益广告", 数量: 5, 单位: "块" }, { 类型: "道旗", 数量: 8, 单位: "面" }] } });
    const sheets = snap.sheets.map((s) => (s.name === "宣传投放" ? { ...s, tables: [{ name: "tbl_Publicity", ref: "A2:H3" }] } : s));
    const { findings, workbook } = validateWorkbook({ sheets }, standardV1);
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual(["宣传投放!A4 table.rows-outside", "文字材料! text.plans-missing"]);
    expect(workbook.ledgers.publicity.rows.map((r) => r.cells.quantity.value)).toEqual([5, 8]);
  });
});

describe("habits from hand-made sheets", () => {
  it("reads a column under a synonym the catalog knows (活动时间, 参加人数, 活动内容) as the standard field", () => {
    const { findings, workbook } = validateWorkbook(
      makeSnapshot({
        renames: { 活动台账: { 日期: "活动时间", 参与数量: "参加人数（人）", 简要内容: "活动内容" } },
        ledgers: { 活动台账: [{ 日期: 45110, 活动名称: "清扫楼道", 活动类型: "环境整治", 参与数量: 30, 单位: "人", 简要内容: "清理楼道杂物" }] },
      }),
      standardV1,
    );
    expect(findings.filter((f) => f.rule === "column.header-variant").map((f) => `${f.sheet}!${f.cell} ${f.message.slice(0, f.message.indexOf("读取"))}`)).toEqual([
      "活动台账!A2 表头“活动时间”已按标准表头“日期”",
      "活动台账!D2 表头“参加人数（人）”已按标准表头“参与数量”",
      "活动台账!H2 表头“活动内容”已按标准表头“简要内容”",
    ]);
    const row = workbook.ledgers.activities.rows[0].cells;
    expect([row.date.value, row.participants.value, row.summary.value]).toEqual([45110, 30, "清理楼道杂物"]);
  });

  it("reads a standard header with a unit added as that column, and says so", () => {
    const { findings, workbook } = validateWorkbook(
      makeSnapshot({ renames: { 志愿服务: { 注册人数: "注册人数（人）" } }, ledgers: { 志愿服务: [{ 队伍名称: "志愿队", 队伍类型: "综合志愿者", 注册人数: 30 }] } }),
      standardV1,
    );
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual(["志愿服务!C2 column.header-variant", "文字材料! text.plans-missing"]);
    expect(findings[0].message).toBe("表头“注册人数（人）”已按标准表头“注册人数”读取。请把表头改为“注册人数”（单位已在标准中规定），以便其他工具和汇总识别。");
    expect(workbook.ledgers.volunteers.rows[0].cells.members.value).toBe(30);
  });

  it("says a row typed twice may be a duplicate (new-user test D1), at the later row", () => {
    const row = { 日期: 45037, 活动名称: "道德讲堂第8期", 活动类型: "道德讲堂", 参与数量: 40, 单位: "人次" };
    const { findings } = validateWorkbook(makeSnapshot({ ledgers: { 活动台账: [row, { ...row, 活动名称: "道德讲堂第9期" }, { ...row }] } }), standardV1);
    const dup = findings.filter((f) => f.rule === "row.duplicate");
    expect(dup.map((f) => `${f.severity} ${f.sheet}!${f.cell}`)).toEqual(["warning 活动台账!A5"]);
    expect(dup[0].message).toBe("第5行与第3行内容完全相同，可能重复录入；两行都会计入总结。如确是两件事，请在备注中写明区别，否则请删除重复的一行。");
  });

  it("tells a duplicate row by its cells, not by their printed form: 40 and “40” differ, “ 道德讲堂 ” is 道德讲堂", () => {
    const row = { 日期: 45037, 活动名称: "道德讲堂第8期", 活动类型: "道德讲堂", 参与数量: 40, 单位: "人次" };
    const rows = [row, { ...row, 参与数量: "40" }, { ...row, 活动名称: " 道德讲堂第8期 " }, { ...row, 参与数量: "40" }];
    const { findings } = validateWorkbook(makeSnapshot({ ledgers: { 活动台账: rows } }), standardV1);
    expect(findings.filter((f) => f.rule === "row.duplicate").map((f) => `${f.cell} ${f.message.slice(0, 9)}`)).toEqual(["A5 第5行与第3行内容", "A6 第6行与第4行内容"]);
  });

  it("calls a 合计 row what it is", () => {
    const { findings } = validateWorkbook(
      makeSnapshot({ ledgers: { 志愿服务: [{ 队伍名称: "志愿队", 队伍类型: "综合志愿者", 注册人数: 30 }, { 队伍名称: "合计", 注册人数: 30 }] } }),
      standardV1,
    );
    const total = findings.find((f) => f.rule === "row.total");
    expect(total).toEqual({
      severity: "error", sheet: "志愿服务", cell: "A4", rule: "row.total",
      message: "第4行是“合计”行。合计由台账助手自动计算（见“指标汇总”），请删除这一行，否则数字会被重复计算。",
    });
  });

  it("refuses 起止日期 that do not match 报告年度 and 报告期", () => {
    const { findings } = validateWorkbook(makeSnapshot({ profile: { 报告年度: 2022, 起始日期: 44927, 截止日期: 45107 } }), standardV1);
    // The snapshot holds 基本信息 only: its ledgers are all empty (workbook.empty, new-user test 25, D18).
    expect(findings.map((f) => `${f.cell} ${f.rule}`)).toEqual(["B10 profile.period-mismatch", "B11 profile.period-mismatch", " workbook.empty"]);
    expect(findings[0].message).toBe("日期2023年1月1日不在2022年上半年（2022年1月1日至2022年6月30日）内：总结标题写“2022年上半年”，数据却从2023年1月1日起；请改正报告年度、报告期或起止日期，三者一致后才能生成总结。");
    expect(findings[0].severity).toBe("error");
  });
});

describe("docs/rules.md", () => {
  it("lists every rule id with its severity", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const doc: string = require("node:fs").readFileSync(require("node:path").join(__dirname, "../../../docs/rules.md"), "utf8");
    for (const [id, def] of Object.entries(rules)) expect(doc).toContain(`| \`${id}\` | ${def.severity} |`);
  });
});
