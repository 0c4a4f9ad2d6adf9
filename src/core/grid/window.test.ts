import { cellWindow } from "./window";
import type { SheetGrid } from "./types";

const grid: SheetGrid = {
  name: "问题整改",
  originRow: 1,
  originCol: 1,
  values: [["问题整改台账"], ["问题类别", "发现数", "已整改数", "单位"], ["乱张贴", 55, 53, "处"], ["占道经营", 36, 36, "处"], ["卫生死角", 24, 24, "处"], ["其他", 3, 3, "处"], ["噪音", 1, 1, "宗"], ["违章搭建", 2, 0, "处"]],
  tables: [{ name: "tbl_Rectification", ref: "A2:D8" }],
};

describe("cellWindow", () => {
  it("shows the rows and columns around a cell, the table's header first, blanks as empty text", () => {
    expect(cellWindow(grid, "C8", 1, 1)).toEqual({
      sheet: "问题整改",
      address: "C8",
      columns: ["B", "C", "D"],
      rows: [2, 7, 8, 9],
      cells: [["发现数", "已整改数", "单位"], ["1", "1", "宗"], ["2", "0", "处"], ["", "", ""]],
      focus: { row: 2, col: 1 },
    });
  });
  it("clips at the sheet's edge and needs no header when the window holds it", () => {
    const w = cellWindow(grid, "A3");
    expect(w?.rows).toEqual([1, 2, 3, 4, 5, 6]);
    expect(w?.columns).toEqual(["A", "B", "C"]);
    expect(w?.focus).toEqual({ row: 2, col: 0 });
    expect(cellWindow(grid, "not a cell")).toBeUndefined();
  });
  it("shows a number under a date header as the day (new-user test D5), text as typed", () => {
    const acts: SheetGrid = { name: "活动台账", originRow: 1, originCol: 1, values: [["活动台账"], ["日期", "活动名称"], [44946, "清扫"], ["2024.3.5", "讲堂"]], tables: [{ name: "tbl_Activities", ref: "A2:B4" }] };
    expect(cellWindow(acts, "B4", 3, 1, new Set(["日期"]))?.cells.slice(0, 4).map((r) => r.slice(0, 2))).toEqual([["活动台账", ""], ["日期", "活动名称"], ["2023-01-20", "清扫"], ["2024.3.5", "讲堂"]]);
    expect(cellWindow(acts, "B4", 3, 1)?.cells[2][0]).toBe("44946");
  });
});
