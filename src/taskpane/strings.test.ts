import { formatSize, formatString, periodText, plural, versionText, wantsEnglish, zhCN } from "./strings";
import { enUS } from "./strings-en";
import { importEn, importStrings, importZh } from "./strings-import";

/** Placeholder names (`{name}` or `{name|one|other}`) used in a string, sorted, once each. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)(?:\|[^|}]*\|[^|}]*)?\}/g)].map((m) => m[1]))].sort();
}

describe("UI string tables", () => {
  it("has the same keys in zh-CN and en-US", () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
    expect(Object.keys(importEn).sort()).toEqual(Object.keys(importZh).sort());
    expect(importStrings(enUS)).toBe(importEn);
    expect(importStrings(zhCN)).toBe(importZh);
  });

  it("has no empty strings", () => {
    for (const table of [zhCN, enUS, importZh, importEn]) {
      for (const [key, value] of Object.entries(table)) {
        expect({ key, empty: value.trim() === "" }).toEqual({ key, empty: false });
      }
    }
  });

  it("uses the same placeholders in both locales", () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect({ key, names: placeholders(enUS[key]) }).toEqual({ key, names: placeholders(zhCN[key]) });
    }
    for (const key of Object.keys(importZh) as (keyof typeof importZh)[]) {
      expect({ key, names: placeholders(importEn[key]) }).toEqual({ key, names: placeholders(importZh[key]) });
    }
  });
});

describe("wantsEnglish", () => {
  it("is true when the display language starts with en", () => {
    expect(wantsEnglish("en-US")).toBe(true);
    expect(wantsEnglish("EN-gb")).toBe(true);
  });

  it("is false (Chinese) for other or unknown languages", () => {
    expect(wantsEnglish("zh-CN")).toBe(false);
    expect(wantsEnglish("fr-FR")).toBe(false);
    expect(wantsEnglish(undefined)).toBe(false);
  });
});

describe("formatString", () => {
  it("fills known placeholders and keeps unknown ones", () => {
    expect(formatString("版本 {version} {x}", { version: "0.1.0" })).toBe("版本 0.1.0 {x}");
  });

  it("picks English singular or plural with {name|one|other}", () => {
    expect(plural(1, "error", "errors")).toBe("error");
    expect(plural(0, "error", "errors")).toBe("errors");
    expect(formatString(enUS.checkSummary, { errors: 1, warnings: 1 })).toBe("1 error, 1 warning");
    expect(formatString(enUS.checkSummary, { errors: 2, warnings: 0 })).toBe("2 errors, 0 warnings");
    expect(formatString(enUS.fixCount, { count: 1, groups: 1 })).toMatch(/^1 change in 1 group;/);
    expect(formatString(enUS.fixApplied, { count: 1 })).toBe("1 cell changed.");
    expect(formatString(enUS.rollupResult, { included: 1, rows: 1, left: 0 })).toBe("1 unit combined, 1 row; 0 left out.");
    expect(formatString(enUS.fixLeftTitle, { count: 1 })).toBe("1 cell was left unchanged:");
    expect(formatString(zhCN.checkSummary, { errors: 1, warnings: 2 })).toBe("1 个错误，2 个提示");
  });

  it("leaves no unfilled plural or placeholder in any string once its names are given", () => {
    for (const table of [zhCN, enUS, importZh, importEn]) {
      for (const [key, value] of Object.entries(table)) {
        const params = Object.fromEntries(placeholders(value).map((n) => [n, 2]));
        expect({ key, text: formatString(value, params) }).toEqual({ key, text: expect.not.stringMatching(/[{}|]/) });
      }
    }
  });
});

describe("English UI text", () => {
  it("uses ASCII punctuation around its own words (the finding messages stay Chinese)", () => {
    for (const [key, value] of Object.entries({ ...enUS, ...importEn })) {
      if (key === "fixUndoLog" || key === "imposeRepairNote") continue; // name Chinese sheets
      expect({ key, fullWidth: /[：，。；（）]/.test(value) }).toEqual({ key, fullWidth: false });
    }
    expect(enUS.sourcesTitle).toBe("Sources:");
    expect(enUS.findingsLanguageNote).toMatch(/Chinese/);
  });
});

describe("formatSize", () => {
  it("names bytes, KB and MB sensibly", () => {
    expect(formatSize(0, zhCN)).toBe("0 字节");
    expect(formatSize(512, zhCN)).toBe("512 字节");
    expect(formatSize(1, enUS)).toBe("1 byte");
    expect(formatSize(1536, zhCN)).toBe("1.5 KB");
    expect(formatSize(31_234, zhCN)).toBe("31 KB");
    expect(formatSize(1023.9 * 1024, zhCN)).toBe("1 MB");
    expect(formatSize(29_297 * 1024, zhCN)).toBe("28.6 MB");
    expect(formatSize(150 * 1024 * 1024, enUS)).toBe("150 MB");
  });
});

describe("period and version labels inside messages (issue #12: English messages carried Chinese ones)", () => {
  it("says a 报告期 and the standard's version in the pane's language", () => {
    expect(periodText(2022, "上半年", zhCN)).toBe("2022年上半年");
    expect(periodText(2022, "上半年", enUS)).toBe("H1 2022");
    expect(periodText(2023, "全年", enUS)).toBe("the year 2023");
    expect(periodText(2023, "第三季度", enUS)).toBe("Q3 2023");
    expect(periodText(2023, undefined, enUS)).toBe("2023");
    expect(formatString(enUS.compareOk, { file: "h1.xlsx", period: periodText(2022, "上半年", enUS), count: 2 })).toBe("Compared with “h1.xlsx” (H1 2022); 2 indicators compared.");
    expect(versionText("标准台账 v1.1", enUS)).toBe("standard workbook v1.1");
    expect(versionText("标准台账 v1.1", zhCN)).toBe("标准台账 v1.1");
    expect(formatString(enUS.imposeUpgraded, { before: versionText("标准台账 v1", enUS), after: versionText("标准台账 v1.1", enUS) })).toBe("Upgraded from “standard workbook v1” to “standard workbook v1.1”.");
  });
});
