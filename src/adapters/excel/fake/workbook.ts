/**
 * Fake `Workbook`: the worksheet collection (`getItem` of a missing sheet fails at sync), the
 * workbook's tables and defined names (ExcelApi 1.4). Worksheets: ./sheet.ts; tables: ./table.ts.
 * @module
 */
import type { RangeBounds } from "../../../core/grid";
import type { XlNamedItem, XlNamedItemCollection, XlRange, XlWorkbook, XlWorksheet, XlWorksheetCollection } from "../types";
import { FakeContext, FakeObject } from "./context";
import { addSheet, boundsAddress, findSheet, type SheetModel } from "./model";
import { FakeWorksheet } from "./sheet";
import { FakeTables } from "./table";

class FakeWorksheets extends FakeObject implements XlWorksheetCollection {
  protected exists(): boolean {
    return true;
  }
  protected scalar(name: string) {
    return name === "count" ? { value: this.ctx.model.sheets.length } : undefined;
  }
  protected override listItems(): FakeObject[] {
    return this.ctx.model.sheets.map((s) => new FakeWorksheet(this.ctx, () => (this.ctx.model.sheets.includes(s) ? s : undefined)));
  }
  get items(): XlWorksheet[] {
    return this.read("items");
  }
  add(name?: string): XlWorksheet {
    this.ctx.countWrite(name);
    const model = this.ctx.model;
    const n = name ?? `Sheet${model.sheets.length + 1}`;
    if (findSheet(model, n)) this.ctx.fail("ItemAlreadyExists", `sheet ${n} exists`);
    const s = findSheet(model, n) ?? addSheet(model, n);
    return new FakeWorksheet(this.ctx, () => (model.sheets.includes(s) ? s : undefined));
  }
  getItem(key: string): XlWorksheet {
    if (!findSheet(this.ctx.model, key)) this.ctx.fail("ItemNotFound", `no sheet ${key}`);
    return new FakeWorksheet(this.ctx, () => findSheet(this.ctx.model, key));
  }
  getItemOrNullObject(key: string): XlWorksheet {
    return new FakeWorksheet(this.ctx, () => findSheet(this.ctx.model, key), true);
  }
}

class FakeNamedItem extends FakeObject implements XlNamedItem {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
    nullable = false,
  ) {
    super(ctx);
    this.nullable = nullable;
  }
  protected exists(): boolean {
    return this.ctx.model.names.has(this.key);
  }
  protected override defaults(): readonly string[] {
    return ["name", "type", "value"];
  }
  protected scalar(name: string) {
    if (name === "name") return { value: this.key };
    if (name === "type") return { value: "Range" };
    if (name === "value") return { value: this.ctx.model.names.get(this.key) };
    return undefined;
  }
  get name(): string {
    return this.read("name");
  }
  get type(): string {
    return this.read("type");
  }
  get value(): unknown {
    return this.read("value");
  }
  delete(): void {
    this.ctx.countWrite("delete");
    this.ctx.model.names.delete(this.key);
  }
}

class FakeNames extends FakeObject implements XlNamedItemCollection {
  protected exists(): boolean {
    return true;
  }
  protected scalar(): undefined {
    return undefined;
  }
  protected override listItems(): FakeObject[] {
    return [...this.ctx.model.names.keys()].map((k) => new FakeNamedItem(this.ctx, k));
  }
  get items(): XlNamedItem[] {
    return this.read("items");
  }
  add(name: string, reference: XlRange | string): XlNamedItem {
    this.ctx.countWrite(name);
    let ref = typeof reference === "string" ? reference.replace(/^=/, "") : "";
    if (typeof reference !== "string") {
      const target = (reference as unknown as { target: { sheet: () => SheetModel | undefined; bounds: () => RangeBounds | undefined } }).target;
      const s = target.sheet();
      const b = target.bounds();
      ref = s && b ? `${s.name}!${boundsAddress(b).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}` : "";
    }
    if (this.ctx.model.names.has(name)) this.ctx.fail("ItemAlreadyExists", `name ${name} exists`);
    else this.ctx.model.names.set(name, ref);
    return new FakeNamedItem(this.ctx, name);
  }
  getItemOrNullObject(name: string): XlNamedItem {
    return new FakeNamedItem(this.ctx, name, true);
  }
}

/** The fake `context.workbook`. */
export function fakeWorkbook(ctx: FakeContext): XlWorkbook {
  return { worksheets: new FakeWorksheets(ctx), tables: new FakeTables(ctx), names: new FakeNames(ctx) };
}
