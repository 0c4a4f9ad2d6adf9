/** @jest-environment node */
/**
 * The one guarded "deliver a workbook" helper (issue #15 item 2; audit §0 rows 8–9, P8, P11):
 * createWorkbook where it can take the file, else a download; "已生成/已打开" only after a
 * confirmed createWorkbook; a download worded as started; on Mac no download at all.
 */
import { createFakeExcel } from "../../adapters/excel/fake";
import { deliverWorkbook } from "./deliver-workbook";
import { zhCN } from "../strings";

const small = new Uint8Array([80, 75, 3, 4]);
const large = new Uint8Array(4 * 1024 * 1024);

describe("deliverWorkbook", () => {
  it("opens through createWorkbook and says so only after it resolved", async () => {
    const fake = createFakeExcel({ platform: "web" });
    const downloads: string[] = [];
    const out = await deliverWorkbook(small, "汇总台账.xlsx", { platform: "web", createWorkbook: fake.createWorkbook, download: (_b, f) => downloads.push(f) }, zhCN);
    expect(out).toEqual({ kind: "opened", message: "已在新的 Excel 窗口中打开汇总台账。" });
    expect(fake.createdWorkbooks).toHaveLength(1);
    expect(downloads).toEqual([]);
  });

  it("on the web, a file over the request limit is downloaded instead, and the message says why and that the download only started", async () => {
    const fake = createFakeExcel({ platform: "web" });
    const downloads: string[] = [];
    const out = await deliverWorkbook(large, "汇总台账.xlsx", { platform: "web", createWorkbook: fake.createWorkbook, download: (_b, f) => downloads.push(f) }, zhCN);
    expect(fake.createdWorkbooks).toEqual([]);
    expect(downloads).toEqual(["汇总台账.xlsx"]);
    expect(out).toEqual({ kind: "download", message: "文件较大（4 MB），Excel 网页版无法直接打开。已开始下载“汇总台账.xlsx”……如未看到文件，请查看浏览器的下载列表。" });
  });

  it("when createWorkbook fails (extension hardening, #3568) it falls back to a download and says so", async () => {
    const downloads: string[] = [];
    const failing = async () => {
      throw Object.assign(new Error("not allowed due to the extension hardening policy"), { code: "GeneralException" });
    };
    const out = await deliverWorkbook(small, "a.xlsx", { platform: "windows", createWorkbook: failing, download: (_b, f) => downloads.push(f) }, zhCN);
    expect(downloads).toEqual(["a.xlsx"]);
    expect(out.kind).toBe("download");
    expect(out.message).toBe("Excel 未能直接打开新工作簿。已开始下载“a.xlsx”……如未看到文件，请查看浏览器的下载列表。");
  });

  it("on Mac, where task-pane downloads do nothing (office-js#2700), never claims a download: it points to 网页版 or the CLI", async () => {
    const downloads: string[] = [];
    const out = await deliverWorkbook(small, "a.xlsx", { platform: "mac", download: (_b, f) => downloads.push(f) }, zhCN);
    expect(downloads).toEqual([]);
    expect(out).toEqual({ kind: "unavailable", message: "Mac 版 Excel 的任务窗格无法下载文件。请在 Excel 网页版中使用本功能，或用命令行工具 campaign-ledger 生成该文件。" });
  });

  it("a download without createWorkbook never says 已生成", async () => {
    const out = await deliverWorkbook(small, "b.xlsx", { platform: "windows", download: () => undefined }, zhCN);
    expect(out.message).toBe("已开始下载“b.xlsx”……如未看到文件，请查看浏览器的下载列表。");
    expect(out.message).not.toContain("已生成");
  });
});
