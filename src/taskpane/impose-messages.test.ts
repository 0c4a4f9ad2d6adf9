/** @jest-environment jsdom */
/**
 * What the pane says after imposing on Excel as the strict fake models it (issue #15): sheets
 * left because of protection, indicators written as notes, and where a stopped run stopped.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextEncoder, TextDecoder } from "node:util";
Object.assign(globalThis, { TextEncoder, TextDecoder });
import { standardV1 } from "../core";
import { imposeStandard } from "../adapters/excel/impose";
import { createFakeExcel, findSheet, modelFromSnapshot, FakeExcelError } from "../adapters/excel/fake";
import { ALL_FEATURES } from "../adapters/excel/types";
import { readWorkbook } from "../adapters/xlsx";
import { reportLines } from "./components/TemplateTab";
import { describeError } from "./errors";
import { zhCN } from "./strings";

describe("impose messages (zh-CN)", () => {
  it("names the generated sheet whose protection Excel refused to lift, and the protected data sheet left alone", async () => {
    const sample = await readWorkbook(readFileSync(join(__dirname, "../../samples/community-2023-h1.xlsx")));
    const fake = createFakeExcel({ model: modelFromSnapshot(sample), bugs: { unprotectThrows: true } });
    await imposeStandard(fake.run, standardV1, ALL_FEATURES);
    findSheet(fake.model, "志愿服务")!.protected = true;
    const lines = reportLines(await imposeStandard(fake.run, standardV1, ALL_FEATURES), zhCN).map((l) => l.text);
    expect(lines).toEqual(
      expect.arrayContaining([
        "志愿服务：工作表受保护，未做任何改动。如需生成或修复，请先在“审阅”中撤消该表的保护，再运行一次。",
        "填报说明：Excel 拒绝撤消该表的保护（设有密码，或是部分 Microsoft 365 版本的已知问题），本次未重写，表中内容保持原样；其余各表已处理。",
        "指标汇总：Excel 拒绝撤消该表的保护（设有密码，或是部分 Microsoft 365 版本的已知问题），本次未重写，表中内容保持原样；其余各表已处理。",
      ]),
    );
  });

  it("says the workbook structure is protected, where the run stopped, and that nothing was changed", async () => {
    const fake = createFakeExcel();
    fake.model.structureProtected = true;
    const error = await imposeStandard(fake.run, standardV1, ALL_FEATURES).catch((e: unknown) => e);
    expect(describeError(error, zhCN)).toBe("在“隐藏的下拉选项表”处停止：工作簿结构受保护，无法新建、隐藏或移动工作表。请在“审阅”›“保护工作簿”中撤消保护后重试。 工作簿未做改动。");
    expect(fake.model.sheets).toEqual([]);
  });

  it("does not claim re-created charts where the user keeps a download written without them (网页版; new-user test 2, D13)", async () => {
    const sample = await readWorkbook(readFileSync(join(__dirname, "../../samples/community-2023-h1.xlsx")));
    const report = await imposeStandard(createFakeExcel({ model: modelFromSnapshot(sample) }).run, standardV1, ALL_FEATURES);
    expect(report.chartsCreated).toEqual(["主要指标", "活动场次（按类型）"]);
    expect(reportLines(report, zhCN).map((l) => l.text)).toContain("已重新生成图表：“主要指标”、“活动场次（按类型）”");
    const page = reportLines(report, zhCN, false).map((l) => l.text);
    expect(page.filter((l) => l.includes("图表"))).toEqual(["下载的台账不含“指标汇总”的图表：网页版写不出图表，请在 Excel 中用台账助手加载项的“生成或修复标准表”补回。"]);
  });

  it("tells an unprotect refusal apart from other AccessDenied errors", () => {
    expect(describeError(new FakeExcelError("AccessDenied", "x", "WorksheetProtection.unprotect"), zhCN)).toBe(zhCN.errorUnprotect);
    expect(describeError(new FakeExcelError("AccessDenied", "x"), zhCN)).toBe(zhCN.errorAccessDenied);
  });
});

describe("payload errors (audit §3 P1)", () => {
  it("do not advise 稍后重试: the same request would fail again", () => {
    expect(describeError(new FakeExcelError("RequestPayloadSizeLimitExceeded", "x"), zhCN)).toBe("数据量超过 Excel 单次传输上限（Excel 网页版为 5 MB）。请分表处理，或在桌面版 Excel 中操作。");
  });
});
