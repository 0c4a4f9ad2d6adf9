/**
 * Fake `Workbook`: the worksheet collection (`getItem` of a missing sheet fails when a command
 * uses it; adding a sheet fails under workbook-structure protection, strict F5), the workbook's
 * tables and defined names (ExcelApi 1.4). Worksheets: ./sheet.ts; tables: ./table.ts.
 * @module
 */
import type { RangeBounds } from "../../../core/grid";
import type { XlNamedItem, XlNamedItemCollection, XlRange, XlWorkbook, XlWorksheet, XlWorksheetCollection } from "../types";
import { FakeContext, FakeObject } from "./context";
import { addSheet, boundsAddress, findSheet, type SheetModel } from "./model";
import { deniedByStructure, FakeWorksheet } from "./sheet";
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
    const model = this.ctx.model;
    let made: SheetModel | undefined;
    this.ctx.write(this, ["add", name], () => {
      const n = name ?? `Sheet${model.sheets.length + 1}`;
      if (deniedByStructure(this.ctx, `adding sheet ${n}`, "WorksheetCollection.add")) return;
      if (findSheet(model, n)) return void this.ctx.fail("ItemAlreadyExists", `sheet ${n} exists`);
      made = addSheet(model, n);
    });
    return new FakeWorksheet(this.ctx, () => (made && model.sheets.includes(made) ? made : undefined)).at(this, ["add", name]);
  }
  getItem(key: string): XlWorksheet {
    // Lax: fails the batch even when the proxy is never used; strict: ItemNotFound when a command uses it.
    if (!this.ctx.strict.batch && !findSheet(this.ctx.model, key)) this.ctx.fail("ItemNotFound", `no sheet ${key}`);
    return new FakeWorksheet(this.ctx, () => findSheet(this.ctx.model, key)).at(this, ["getItem", key]);
  }
  getItemOrNullObject(key: string): XlWorksheet {
    return new FakeWorksheet(this.ctx, () => findSheet(this.ctx.model, key), true).at(this, ["getItemOrNullObject", key]);
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
    this.ctx.write(this, "delete", () => {
      if (!this.exists() && this.ctx.strict.batch) return void this.ctx.fail("ItemNotFound", `no name ${this.key}`);
      this.ctx.model.names.delete(this.key);
    });
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
  add(name: string, reference: XlRange | string, comment?: string): XlNamedItem {
    if (typeof reference !== "string") this.ctx.touch(reference as unknown as FakeObject);
    this.ctx.write(this, [name, typeof reference === "string" ? reference : "range", comment], () => {
      let ref = typeof reference === "string" ? reference.replace(/^=/, "") : "";
      if (typeof reference !== "string") {
        const target = (reference as unknown as { target: { sheet: () => SheetModel | undefined; bounds: () => RangeBounds | undefined } }).target;
        const s = target.sheet();
        const b = target.bounds();
        if (!s || !b) return void this.ctx.fail("ItemNotFound", `the range of name ${name} does not exist`);
        ref = `${s.name}!${boundsAddress(b).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
      }
      if (this.ctx.model.names.has(name)) this.ctx.fail("ItemAlreadyExists", `name ${name} exists`);
      else this.ctx.model.names.set(name, ref);
    });
    return new FakeNamedItem(this.ctx, name).at(this, ["add", name]);
  }
  getItemOrNullObject(name: string): XlNamedItem {
    return new FakeNamedItem(this.ctx, name, true).at(this, ["getItemOrNullObject", name]);
  }
}

/** The fake `context.workbook`. */
export function fakeWorkbook(ctx: FakeContext): XlWorkbook {
  return { worksheets: new FakeWorksheets(ctx).at(undefined, "worksheets"), tables: new FakeTables(ctx).at(undefined, "tables"), names: new FakeNames(ctx).at(undefined, "names") };
}
