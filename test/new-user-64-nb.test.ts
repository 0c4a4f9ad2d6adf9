/**
 * New-user test 64 (docs/new-user-test-pane-64.md) D2 and D5.
 * - D2: a county-level honour held by an institution typed 群团组织 (a 青少年宫) was received, never selected by it:
 *   `3人获评县级“新时代好少年”`, the same form as its 市级 one; a 团县委 or a 县妇联 still holds county selections.
 * - D5: an activity's name is never glued to a verb or a type word that does not fit it: a visit named by its occasion
 *   (`中秋国庆双节慰问结对户`, 12 户) is `开展中秋国庆双节慰问，走访慰问结对户12户`, never `在桂花社区中秋国庆双节走访慰问结对户`; a
 *   named event of a kind (`“文明小使者”夏令营`) takes no type word after it: `举办“文明小使者”夏令营`.
 */
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

const youth = { 单位名称: "桐溪县青少年宫", 单位简称: "县青少年宫", 单位类型: "群团组织", 上级指导单位: "共青团桐溪县委员会", 报告年度: 2025, 报告期: "上半年" };
const honour = (level: string) => ({ 先进典型: [{ 荣誉名称: "新时代好少年", 级别: level, 类别: "其他", 人数: 3, 日期: "2025.5.30" }] });

describe("D2: a county honour of an institution typed 群团组织 was received", () => {
  it("a 青少年宫's 县/区 honour: 3人获评县级“新时代好少年”", async () => {
    const text = await summaryTextOf({ profile: youth, ledgers: honour("县/区") });
    expect(text).toContain("3人获评县级“新时代好少年”");
    expect(text).not.toContain("评选表彰");
  });
  it("its 市 honour reads the same way", async () => {
    expect(await summaryTextOf({ profile: youth, ledgers: honour("市") })).toContain("3人获评市级“新时代好少年”");
  });
  it("a 团县委 (a county body) still selects county honours itself", async () => {
    const text = await summaryTextOf({ profile: { ...youth, 单位名称: "共青团桐溪县委员会", 单位简称: "团县委", 上级指导单位: "县文明办" }, ledgers: honour("县/区") });
    expect(text).toContain("评选表彰新时代好少年3人");
  });
});

describe("D5: an activity's name and its type are never glued", () => {
  it("a visit named by its occasion: 开展中秋国庆双节慰问，走访慰问结对户12户", async () => {
    const content: WorkbookContent = {
      profile: { 单位名称: "中国人民银行桐溪县支行", 单位简称: "县支行", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "第三季度" },
      ledgers: {
        活动台账: [
          { 日期: "2025.8.12", 活动名称: "“金融知识进万家”宣传", 活动类型: "宣传教育", 参与数量: 300, 单位: "人次", 地点: "桂花社区" },
          { 日期: "2025.9.28", 活动名称: "中秋国庆双节慰问结对户", 活动类型: "关爱帮扶", 参与数量: 12, 单位: "户", 地点: "桂花社区" },
        ],
      },
    };
    const text = await summaryTextOf(content);
    expect(text).not.toContain("桂花社区中秋国庆双节走访慰问");
    expect(text).toContain("9月28日在桂花社区开展中秋国庆双节慰问，走访慰问结对户12户");
  });
  it("a named 夏令营 takes no type word: 举办“文明小使者”夏令营", async () => {
    const content: WorkbookContent = {
      profile: { ...youth, 报告期: "下半年" },
      ledgers: {
        活动台账: [
          { 日期: "2025.7.15", 活动名称: "“文明小使者”夏令营", 活动类型: "宣传教育", 参与数量: 160, 单位: "人", 地点: "青少年宫" },
          { 日期: "2025.9.10", 活动名称: "“开学第一课”文明礼仪讲座", 活动类型: "宣传教育", 参与数量: 200, 单位: "人", 地点: "青少年宫" },
        ],
      },
    };
    const text = await summaryTextOf(content);
    expect(text).not.toContain("夏令营宣传教育活动");
    expect(text).toContain("举办“文明小使者”夏令营");
  });
});
