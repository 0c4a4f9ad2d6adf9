/** @jest-environment node */
/**
 * The strict fake against the audit's §4 list of places where the old fake was kinder than
 * Excel (F1–F13): each test shows the strict behaviour, and where useful `LAX` shows the old one.
 */
import { ACTION_BYTES, PATH_BYTES, REQUEST_ENVELOPE_BYTES } from "../request-size";
import { cellAt, checkFormula, coerceInput, createFakeExcel, emptyWorkbook, addSheet, findSheet, formatAt, LAX, scopeOf, setCell, styleAt, type FakeExcel } from ".";

/** A workbook with sheet 问题整改 holding table tbl_Rectification (发现数, 已整改数) on A2:B4. */
function withTable(options: Parameters<typeof createFakeExcel>[0] = {}): FakeExcel {
  const model = emptyWorkbook();
  const sheet = addSheet(model, "问题整改");
  setCell(sheet, 2, 1, "发现数");
  setCell(sheet, 2, 2, "已整改数");
  setCell(sheet, 3, 1, 5);
  setCell(sheet, 3, 2, 4);
  setCell(sheet, 4, 1, 2);
  setCell(sheet, 4, 2, 2);
  model.tables.push({ name: "tbl_Rectification", sheet, bounds: { top: 2, left: 1, bottom: 4, right: 2 }, style: "TableStyleMedium2" });
  addSheet(model, "指标汇总");
  return createFakeExcel({ model, ...options });
}

describe("F1 batches run in order and stop at the first failing command", () => {
  it("keeps the writes before the failure, runs none after it, and throws its error", async () => {
    const fake = withTable();
    const ind = findSheet(fake.model, "指标汇总")!;
    ind.protected = true;
    const failure = fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("问题整改");
      ws.getRange("D1").values = [["before"]];
      ctx.workbook.worksheets.getItem("指标汇总").getRange("A1").values = [["denied"]];
      ws.getRange("D2").values = [["after"]];
      await ctx.sync();
    });
    await expect(failure).rejects.toMatchObject({ code: "AccessDenied" });
    const sheet = findSheet(fake.model, "问题整改")!;
    expect(cellAt(sheet, 1, 4)?.value).toBe("before");
    expect(cellAt(sheet, 2, 4)).toBeUndefined();
  });

  it("LAX (the old fake) applied every write, the later ones too", async () => {
    const fake = withTable({ strict: LAX });
    findSheet(fake.model, "指标汇总")!.protected = true;
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("指标汇总").getRange("A1").values = [["denied"]];
        ctx.workbook.worksheets.getItem("问题整改").getRange("D2").values = [["after"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(cellAt(findSheet(fake.model, "问题整改")!, 2, 4)?.value).toBe("after");
  });

  it("a load reads the cells as earlier commands of the same batch left them", async () => {
    const fake = withTable();
    const got = await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("问题整改").getRange("A3");
      r.values = [[9]];
      r.load("values");
      await ctx.sync();
      return r.values;
    });
    expect(got).toEqual([[9]]);
  });
});

describe("F2 formulas are parsed and their references resolved", () => {
  it("refuses a structured reference to a missing column or table, and accepts the catalog's spellings", () => {
    const fake = withTable();
    const scope = scopeOf(fake.model);
    expect(checkFormula('=IF(N(tbl_Rectification[[#This Row],[发现数]])=0,"",N(tbl_Rectification[[#This Row],[已整改数]])/tbl_Rectification[[#This Row],[发现数]])', scope)).toBeUndefined();
    expect(checkFormula("=SUM(tbl_Rectification[@发现数])+SUMPRODUCT(--(LEN(tbl_Rectification[发现数])>0))", scope)).toBeUndefined();
    expect(checkFormula("=SUM(tbl_Rectification[数量])", scope)).toBe("table tbl_Rectification has no column 数量");
    expect(checkFormula("=SUM(tbl_Publicity[数量])", scope)).toBe("no table tbl_Publicity");
    expect(checkFormula("='_lists'!$A$1", scope)).toBe("no sheet _lists");
    expect(checkFormula("=FOO(1)", scope)).toBe("unknown function FOO");
    expect(checkFormula("=SUM(1", scope)).toBe("unbalanced parentheses");
    expect(checkFormula('=SUMIFS(tbl_Rectification[发现数],tbl_Rectification[已整改数],"<>发放")', scope)).toBeUndefined();
  });

  it("a formula write with a bad reference fails with InvalidArgument and changes no cell", async () => {
    const fake = withTable();
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("指标汇总").getRange("B3:B4").formulas = [["=SUM(tbl_Rectification[发现数])"], ["=SUM(tbl_Rectification[数量])"]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(findSheet(fake.model, "指标汇总")!.rows).toEqual([]);
  });
});

describe("F3 strings are coerced as Excel parses typed input", () => {
  it("converts numbers, percents, dates, booleans and full-width digits; keeps text, prefixed text and text-formatted cells", async () => {
    expect(["120", "1,200", "-3", "50%", "TRUE", "2023/6/5", "2023年6月5日", "１２０"].map((s) => coerceInput(s, "General"))).toEqual([120, 1200, -3, 0.5, true, 45082, 45082, 120]);
    expect(["120多", "两千", "2023.6.5", "  道德讲堂 "].map((s) => coerceInput(s, "General"))).toEqual(["120多", "两千", "2023.6.5", "  道德讲堂 "]);
    expect(coerceInput("120", "@")).toBe("120");
    const fake = withTable();
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("问题整改").getRange("D3:F3").values = [["120", "'120", "１２０"]];
      await ctx.sync();
    });
    const sheet = findSheet(fake.model, "问题整改")!;
    expect([4, 5, 6].map((c) => cellAt(sheet, 3, c)?.value)).toEqual([120, "120", 120]);
  });
});

describe("F4/F5 protection covers every object; passwords; workbook structure; office-js#6784", () => {
  it("refuses tables, conditional formats and charts on a protected sheet", async () => {
    const fake = withTable();
    findSheet(fake.model, "问题整改")!.protected = true;
    const attempts: ((ctx: Parameters<Parameters<FakeExcel["run"]>[0]>[0]) => void)[] = [
      (ctx) => ctx.workbook.worksheets.getItem("问题整改").getRange("C3").conditionalFormats.add("Custom"),
      (ctx) => ctx.workbook.worksheets.getItem("问题整改").tables.add("问题整改!D2:E3", true),
      (ctx) => ctx.workbook.worksheets.getItem("问题整改").charts.add("ColumnClustered", ctx.workbook.worksheets.getItem("问题整改").getRange("A2:B4"), "Columns"),
    ];
    for (const attempt of attempts) {
      await expect(fake.run(async (ctx) => (attempt(ctx), ctx.sync()))).rejects.toMatchObject({ code: "AccessDenied" });
    }
    const sheet = findSheet(fake.model, "问题整改")!;
    expect([sheet.conditionalFormats.length, sheet.charts.length, fake.model.tables.length]).toEqual([0, 0, 1]);
  });

  it("needs the password to unprotect; structure protection stops adding or hiding sheets", async () => {
    const fake = withTable();
    await fake.run(async (ctx) => (ctx.workbook.worksheets.getItem("指标汇总").protection.protect({}, "pw"), ctx.sync()));
    await expect(fake.run(async (ctx) => (ctx.workbook.worksheets.getItem("指标汇总").protection.unprotect(), ctx.sync()))).rejects.toMatchObject({ code: "AccessDenied" });
    await fake.run(async (ctx) => (ctx.workbook.worksheets.getItem("指标汇总").protection.unprotect("pw"), ctx.sync()));
    expect(findSheet(fake.model, "指标汇总")!.protected).toBe(false);
    fake.model.structureProtected = true;
    await expect(fake.run(async (ctx) => (ctx.workbook.worksheets.add("新表"), ctx.sync()))).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(fake.run(async (ctx) => ((ctx.workbook.worksheets.getItem("指标汇总").visibility = "Hidden"), ctx.sync()))).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.model.sheets.map((s) => [s.name, s.visibility])).toEqual([["问题整改", "Visible"], ["指标汇总", "Visible"]]);
  });

  it("with the office-js#6784 switch, unprotect throws AccessDenied even on a protected sheet", async () => {
    const fake = withTable({ bugs: { unprotectThrows: true } });
    findSheet(fake.model, "指标汇总")!.protected = true;
    const error = await fake.run(async (ctx) => (ctx.workbook.worksheets.getItem("指标汇总").protection.unprotect(), ctx.sync())).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "AccessDenied", debugInfo: { errorLocation: "WorksheetProtection.unprotect" } });
    expect(findSheet(fake.model, "指标汇总")!.protected).toBe(true);
  });
});

describe("F6 data validation", () => {
  it("refuses a rule without a kind, a list from a missing sheet and over-long texts; clear() clears only the overlap", async () => {
    const fake = withTable();
    const set = (f: (dv: import("../types").XlDataValidation) => void) => fake.run(async (ctx) => (f(ctx.workbook.worksheets.getItem("问题整改").getRange("A3:A10").dataValidation), ctx.sync()));
    await expect(set((dv) => (dv.rule = {}))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(set((dv) => (dv.rule = { list: { inCellDropDown: true, source: "='_lists'!$A$1:$A$3" } }))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(set((dv) => (dv.errorAlert = { showAlert: true, style: "Stop", title: "x".repeat(33), message: "m" }))).rejects.toMatchObject({ code: "InvalidArgument" });
    await set((dv) => (dv.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } }));
    await fake.run(async (ctx) => (ctx.workbook.worksheets.getItem("问题整改").getRange("A5:A6").dataValidation.clear(), ctx.sync()));
    expect(findSheet(fake.model, "问题整改")!.validations.map((v) => v.bounds)).toEqual([
      { top: 3, left: 1, bottom: 4, right: 1 },
      { top: 7, left: 1, bottom: 10, right: 1 },
    ]);
  });
});

describe("F7 requests are counted by the size model, object paths included", () => {
  it("counts each path once per request, each action, and the envelope", async () => {
    const fake = withTable();
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("问题整改");
      ws.getRange("C3").values = [[1]];
      ws.getRange("C4").values = [[2]];
      await ctx.sync();
    });
    const paths = 3 * PATH_BYTES + [`"worksheets"`, `["getItem","问题整改"]`, `["getRange","C3"]`, `["getRange","C4"]`].reduce((n, s) => n + Buffer.byteLength(s), 0) + PATH_BYTES;
    const actions = 2 * (ACTION_BYTES + "[[1]]".length);
    expect(fake.stats.requestBytes).toEqual([REQUEST_ENVELOPE_BYTES + paths + actions]);
  });

  it("refuses a request over 5 MB before running any of it; with the #354 switch the code is GeneralException", async () => {
    for (const bugs of [{}, { oversizeAsGeneralException: true }]) {
      const fake = withTable({ bugs });
      const error = await fake
        .run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem("问题整改");
          for (let i = 1; i <= 30_000; i++) ws.getRange(`H${i}`).values = [[`第${i}行的说明文字`]];
          await ctx.sync();
        })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "oversizeAsGeneralException" in bugs ? "GeneralException" : "RequestPayloadSizeLimitExceeded" });
      expect(cellAt(findSheet(fake.model, "问题整改")!, 1, 8)).toBeUndefined();
    }
  });
});

describe("F8 events", () => {
  it("fires onChanged for the add-in's own writes (ThisLocalAddin); dropdown picks and row deletions are silent with the switches", async () => {
    const fake = withTable({ bugs: { silentDropdown: true, silentRowDelete: true } });
    const seen: string[] = [];
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("问题整改").onChanged.add(async (e) => void seen.push(`${e.address}:${e.triggerSource}`));
      await ctx.sync();
    });
    await fake.run(async (ctx) => ((ctx.workbook.worksheets.getItem("问题整改").getRange("C3").values = [[1]]), ctx.sync()));
    await new Promise((r) => setTimeout(r, 5));
    findSheet(fake.model, "问题整改")!.validations.push({ bounds: { top: 3, left: 4, bottom: 9, right: 4 }, rule: { list: { source: "是,否" } } });
    await fake.pick("问题整改", "D3", "是");
    await fake.deleteRows("问题整改", 4, 1);
    await fake.edit("问题整改", "E3", "x");
    expect(seen).toEqual(["C3:ThisLocalAddin", "E3:Unknown"]);
    expect(fake.model.tables[0].bounds).toEqual({ top: 2, left: 1, bottom: 3, right: 2 });
  });
});

describe("F9 cell-edit mode, undo stack, createWorkbook", () => {
  it("fails a batch while the user edits a cell, unless it asked for delayForCellEdit (then it waits)", async () => {
    const fake = withTable();
    fake.beginCellEdit();
    const write = (ctx: Parameters<Parameters<FakeExcel["run"]>[0]>[0]) => ((ctx.workbook.worksheets.getItem("问题整改").getRange("C3").values = [[1]]), ctx.sync());
    await expect(fake.run(write)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const delayed = fake.excelRun({ delayForCellEdit: true }, write);
    await new Promise((r) => setTimeout(r, 5));
    expect(cellAt(findSheet(fake.model, "问题整改")!, 3, 3)).toBeUndefined();
    fake.endCellEdit();
    await delayed;
    expect(cellAt(findSheet(fake.model, "问题整改")!, 3, 3)?.value).toBe(1);
  });

  it("each writing sync is one undo entry; mergeUndoGroup makes the run one", async () => {
    const fake = withTable();
    const twoSyncs = async (ctx: Parameters<Parameters<FakeExcel["run"]>[0]>[0]) => {
      const ws = ctx.workbook.worksheets.getItem("问题整改");
      ws.getRange("C3").values = [[1]];
      await ctx.sync();
      ws.getRange("C4").values = [[2]];
      await ctx.sync();
    };
    await fake.run(twoSyncs);
    expect(fake.undoDepth()).toBe(2);
    fake.undo();
    expect(cellAt(findSheet(fake.model, "问题整改")!, 3, 3)?.value).toBe(1);
    fake.undo();
    await fake.excelRun({ mergeUndoGroup: true }, twoSyncs);
    expect(fake.undoDepth()).toBe(1);
    fake.undo();
    expect([cellAt(findSheet(fake.model, "问题整改")!, 3, 3), cellAt(findSheet(fake.model, "问题整改")!, 4, 3)]).toEqual([undefined, undefined]);
  });

  it("createWorkbook on the web refuses a file over the 5 MB request limit", async () => {
    const fake = createFakeExcel({ platform: "web" });
    await expect(fake.createWorkbook("A".repeat(5.5 * 1024 * 1024))).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    await fake.createWorkbook("UEsDBA==");
    expect(fake.createdWorkbooks).toEqual(["UEsDBA=="]);
  });
});

describe("F10 tables insert rows and columns; headers and names as Excel makes them", () => {
  it("rows.add shifts the cells below; tables.add turns a formula header into text and numbers a duplicate", async () => {
    const fake = withTable();
    const sheet = findSheet(fake.model, "问题整改")!;
    setCell(sheet, 5, 1, "下方说明");
    setCell(sheet, 2, 5, "备注");
    setCell(sheet, 2, 6, "备注");
    setCell(sheet, 2, 7, "=1+1");
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("问题整改");
      ctx.workbook.tables.getItemOrNullObject("tbl_Rectification").rows.add(null, [[1, 1]]);
      ws.tables.add("问题整改!E2:G3", true);
      await ctx.sync();
    });
    expect(cellAt(sheet, 6, 1)?.value).toBe("下方说明");
    expect([5, 6, 7].map((c) => cellAt(sheet, 2, c))).toEqual([{ value: "备注" }, { value: "备注2" }, { value: "=1+1" }]);
  });

  it("refuses a table name that looks like a cell reference", async () => {
    const fake = withTable();
    await expect(fake.run(async (ctx) => ((ctx.workbook.tables.getItemOrNullObject("tbl_Rectification").name = "AB12"), ctx.sync()))).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("resize (ExcelApi 1.13) keeps the header row in place, moves no cell, and is refused otherwise or on a protected sheet", async () => {
    const resize = (fake: FakeExcel, address: string) => fake.run(async (ctx) => (ctx.workbook.tables.getItemOrNullObject("tbl_Rectification").resize(address), ctx.sync()));
    const fake = withTable();
    const sheet = findSheet(fake.model, "问题整改")!;
    await resize(fake, "A2:B3");
    expect(fake.model.tables[0].bounds).toEqual({ top: 2, left: 1, bottom: 3, right: 2 });
    expect(cellAt(sheet, 4, 1)?.value).toBe(2);
    await expect(resize(fake, "A3:B5")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(resize(fake, "A2:B2")).rejects.toMatchObject({ code: "InvalidArgument" });
    sheet.protected = true;
    await expect(resize(fake, "A2:B4")).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describe("F11/F12 used range", () => {
  it("special blank cells stop at the used range; the used range counts formatted cells unless valuesOnly", async () => {
    const fake = withTable();
    const sheet = findSheet(fake.model, "问题整改")!;
    sheet.numberFormats.push({ bounds: { top: 3, left: 1, bottom: 1002, right: 1 }, format: "0" });
    const got = await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("问题整改");
      const blanks = ws.getRange("C3:C1002").getSpecialCellsOrNullObject("Blanks").load("address");
      const all = ws.getUsedRangeOrNullObject(false).load("address");
      const values = ws.getUsedRangeOrNullObject(true).load("address");
      await ctx.sync();
      return { blanks: blanks.isNullObject, all: all.address, values: values.address };
    });
    expect(got).toEqual({ blanks: true, all: "问题整改!A2:B1002", values: "问题整改!A2:B4" });
  });
});

describe("F13 styles", () => {
  it("stores a style over more than 20,000 cells, and reading a fill without load() is PropertyNotLoaded", async () => {
    const fake = withTable();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("问题整改").getRange("A1:Z1000");
      r.format.fill.color = "#FFEB9C";
      expect(() => r.format.fill.color).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
    });
    expect(styleAt(findSheet(fake.model, "问题整改")!, 999, 26)).toEqual({ fill: "#FFEB9C" });
    expect(formatAt(findSheet(fake.model, "问题整改")!, 3, 1)).toBe("General");
  });
});
