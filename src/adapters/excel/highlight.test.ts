/** @jest-environment node */
import { standardV1, type Finding } from "../../core";
import { createFakeExcel, findSheet } from "./fake";
import { clearHighlights, highlightFindings, HIGHLIGHT_FILL } from "./highlight";
import { imposeStandard } from "./impose";
import { selectCell } from "./select-cell";
import { ALL_FEATURES } from "./types";
import { watchChanges } from "./watch-changes";

const finding = (sheet: string, cell: string, severity: Finding["severity"] = "error"): Finding => ({ sheet, cell, severity, rule: "value.type", message: "x" });

async function imposed() {
  const fake = createFakeExcel();
  await imposeStandard(fake.run, standardV1, ALL_FEATURES);
  return fake;
}

describe("highlightFindings / clearHighlights", () => {
  it("adds one marked rule per sheet and severity, and removes only its own rules", async () => {
    const fake = await imposed();
    const sheet = findSheet(fake.model, "问题整改")!;
    sheet.conditionalFormats.push({ id: 999, ranges: [{ top: 3, bottom: 9, left: 2, right: 2 }], type: "Custom", formula: "=B3>100", fill: "#00FF00", fontColor: "", priority: 0 });
    sheet.styles.set("C3", { fill: "#123456" });
    await highlightFindings(fake.run, ["问题整改"], [finding("问题整改", "C3"), finding("问题整改", "C4"), finding("问题整改", "D3", "warning"), finding("问题整改", "")], ALL_FEATURES);
    const ours = sheet.conditionalFormats.filter((c) => c.id !== 999);
    expect(ours.map((c) => [c.fill, c.ranges.length])).toEqual([
      [HIGHLIGHT_FILL.warning, 1],
      [HIGHLIGHT_FILL.error, 2],
    ]);
    await highlightFindings(fake.run, ["问题整改"], [finding("问题整改", "C3")], ALL_FEATURES);
    expect(sheet.conditionalFormats.filter((c) => c.id !== 999)).toHaveLength(1);
    await clearHighlights(fake.run, ["问题整改"]);
    expect(sheet.conditionalFormats.map((c) => c.id)).toEqual([999]);
    expect(sheet.styles.get("C3")).toEqual({ fill: "#123456" });
  });

  it("uses one rule per cell without ExcelApi 1.9", async () => {
    const fake = await imposed();
    await highlightFindings(fake.run, ["问题整改"], [finding("问题整改", "C3"), finding("问题整改", "C4")], { ...ALL_FEATURES, api19: false });
    expect(findSheet(fake.model, "问题整改")!.conditionalFormats).toHaveLength(2);
  });
});

describe("highlight on protected sheets (the user protected a data sheet)", () => {
  const mine = (fake: Awaited<ReturnType<typeof imposed>>, sheet: string) => findSheet(fake.model, sheet)!.conditionalFormats.map((c) => [c.fill, c.ranges.map((r) => `${r.top},${r.left}`).join(" ")]);

  it("marks every other sheet, leaves the protected one untouched and names it (the batch does not stop at it)", async () => {
    const fake = await imposed();
    findSheet(fake.model, "问题整改")!.protected = true;
    const result = await highlightFindings(fake.run, ["活动台账", "问题整改", "宣传投放"], [finding("活动台账", "C3"), finding("问题整改", "C3"), finding("宣传投放", "D4", "warning")], ALL_FEATURES);
    expect(result).toEqual({ skipped: ["问题整改"] });
    expect(mine(fake, "活动台账")).toEqual([[HIGHLIGHT_FILL.error, "3,3"]]);
    expect(mine(fake, "问题整改")).toEqual([]);
    expect(mine(fake, "宣传投放")).toEqual([[HIGHLIGHT_FILL.warning, "4,4"]]);
  });

  it("a protected sheet holding an earlier highlight is named too (its colours cannot be updated); one without findings or highlight is not", async () => {
    const fake = await imposed();
    await highlightFindings(fake.run, ["活动台账", "问题整改"], [finding("活动台账", "C3"), finding("问题整改", "C3")], ALL_FEATURES);
    findSheet(fake.model, "问题整改")!.protected = true;
    findSheet(fake.model, "宣传投放")!.protected = true;
    const again = await highlightFindings(fake.run, ["活动台账", "问题整改", "宣传投放"], [finding("活动台账", "C4")], ALL_FEATURES);
    expect(again).toEqual({ skipped: ["问题整改"] });
    expect(mine(fake, "活动台账")).toEqual([[HIGHLIGHT_FILL.error, "4,3"]]);
    expect(mine(fake, "问题整改")).toEqual([[HIGHLIGHT_FILL.error, "3,3"]]);
    const cleared = await clearHighlights(fake.run, ["活动台账", "问题整改", "宣传投放"]);
    expect(cleared).toEqual({ skipped: ["问题整改"] });
    expect(mine(fake, "活动台账")).toEqual([]);
    expect(mine(fake, "问题整改")).toEqual([[HIGHLIGHT_FILL.error, "3,3"]]);
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell", async () => {
    const fake = await imposed();
    await selectCell(fake.run, "活动台账", "C7");
    expect(fake.model.selection).toBe("活动台账!C7");
    expect(fake.model.activeSheet).toBe("活动台账");
  });
});

describe("watchChanges", () => {
  it("reports edits on standard sheets until disposed", async () => {
    const fake = await imposed();
    const seen: string[] = [];
    const dispose = await watchChanges(fake.run, standardV1, (c) => seen.push(`${c.sheet}!${c.address}`));
    await fake.edit("活动台账", "B3", "道德讲堂");
    await fake.edit("填报说明", "B40", "x");
    await dispose();
    await fake.edit("活动台账", "B4", "y");
    expect(seen).toEqual(["活动台账!B3"]);
  });
});
