import { enUS, formatString, pickStrings, zhCN } from "./strings";

/** Placeholder names (`{name}`) used in a string, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

describe("UI string tables", () => {
  it("has the same keys in zh-CN and en-US", () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it("has no empty strings", () => {
    for (const table of [zhCN, enUS]) {
      for (const [key, value] of Object.entries(table)) {
        expect({ key, empty: value.trim() === "" }).toEqual({ key, empty: false });
      }
    }
  });

  it("uses the same placeholders in both locales", () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect({ key, names: placeholders(enUS[key]) }).toEqual({ key, names: placeholders(zhCN[key]) });
    }
  });
});

describe("pickStrings", () => {
  it("returns English when the display language starts with en", () => {
    expect(pickStrings("en-US")).toBe(enUS);
    expect(pickStrings("EN-gb")).toBe(enUS);
  });

  it("returns Chinese for other or unknown languages", () => {
    expect(pickStrings("zh-CN")).toBe(zhCN);
    expect(pickStrings("fr-FR")).toBe(zhCN);
    expect(pickStrings(undefined)).toBe(zhCN);
  });
});

describe("formatString", () => {
  it("fills known placeholders and keeps unknown ones", () => {
    expect(formatString("版本 {version} {x}", { version: "0.1.0" })).toBe("版本 0.1.0 {x}");
  });
});
