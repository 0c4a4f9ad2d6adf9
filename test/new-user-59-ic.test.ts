/**
 * New-user test 59 (docs/new-user-test-pane-59.md), defects D17, D12, D11, D18: a kindergarten's `园级` honour (and a
 * station's `站级`, an office's `所级` …) is the unit's own (本单位); a carried 工作机制 row whose content is a one-off
 * revision is not said as `继续落实…修订`; `红白理事会章程修订` is said verb first; a 专项 named `…志愿服务月` is titled
 * as the activity it is; D19, D24, D22 (below).
 */
import { levelByWord, standardV1 } from "../src/core/catalog";
import { fixPlan } from "../src/core/fix";
import { importLedgers, importReport } from "../src/core/import";
import { makeSnapshot } from "./support/snapshot";
import { summaryTextOf } from "./support/summaries";
import { rollupFileName } from "../src/taskpane/state/rollup";

it("D17: 园级, 站级, 所级, 馆级, 队级 are the unit's own level (本单位), and 规范数据 changes them", () => {
  expect(["园级", "站级", "所级", "馆级", "队级", "中心级"].map((w) => levelByWord(w))).toEqual(["本单位", "本单位", "本单位", "本单位", "本单位", "本单位"]);
  // A bureau's 局级 honour is its own; a school's 局级 one is the bureau's (县/区 or 市), left to the user.
  expect(levelByWord("局级", "某某县教育局")).toBe("本单位");
  expect(levelByWord("局级", "实验小学")).toBeUndefined();
  expect(levelByWord("市级")).toBe("市");
  const snap = makeSnapshot({ ledgers: { 先进典型: [{ 荣誉名称: "文明家庭", 级别: "园级", 人数: 5 }] } });
  expect(fixPlan(snap, standardV1).changes.map((c) => `${c.cell} ${String(c.before)}→${String(c.after)}`)).toEqual(["B3 园级→本单位"]);
});

const VILLAGE = { 单位名称: "红星村村民委员会", 单位简称: "红星村", 单位类型: "村", 报告年度: 2025 };

it("D11: 章程修订 is said verb first; 门前三包责任书签订 as 签订门前三包责任书", async () => {
  const text = await summaryTextOf({
    profile: { ...VILLAGE, 报告期: "第一季度" },
    ledgers: {
      组织保障: [
        { 事项类型: "工作机制", 名称或内容: "红白理事会章程修订，婚事新办丧事简办", 数量: 1, 单位: "项", 日期: "2025-02-20" },
        { 事项类型: "其他", 名称或内容: "门前三包责任书签订", 数量: "四百余", 单位: "份" },
      ],
    },
  });
  expect(text).toContain("2月20日修订红白理事会章程，婚事新办丧事简办");
  expect(text).toContain("签订门前三包责任书400余份");
});

it("D12: a carried 工作机制 row of a one-off revision is not said as 继续落实…修订", async () => {
  const text = await summaryTextOf({
    profile: { ...VILLAGE, 报告期: "第二季度" },
    ledgers: {
      // Set up before the period (as 开始下一期 carries it).
      组织保障: [{ 事项类型: "工作机制", 名称或内容: "红白理事会章程修订，婚事新办丧事简办", 数量: 1, 单位: "项", 日期: "2025-02-20" }],
      活动台账: [{ 日期: "2025-05-20", 活动名称: "移风易俗集体婚礼", 活动类型: "其他", 参与数量: 2, 单位: "对" }],
    },
  });
  expect(text).not.toContain("继续落实红白理事会章程修订");
  expect(text).toContain("继续执行修订后的红白理事会章程");
});

it("D18: a 专项 named …志愿服务月 is titled as the activity", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "县图书馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "专项", 专项名称: "学雷锋志愿服务月", 起始日期: "2025-03-01", 截止日期: "2025-03-31" },
    ledgers: { 活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋书香暖人心志愿服务", 活动类型: "志愿服务", 参与数量: 35, 单位: "人" }] },
  });
  expect(text.split("\n")[0]).toBe("县图书馆2025年学雷锋志愿服务月工作总结");
});

it("D11: two 其他指标 rows of one subject and verb are said once (`红白理事会办理喜事5场、丧事3场`)", async () => {
  const text = await summaryTextOf({
    profile: { ...VILLAGE, 报告期: "第一季度" },
    ledgers: {
      其他指标: [
        { 板块: "其他", 指标名称: "红白理事会办理喜事", 数值: 5, 单位: "场" },
        { 板块: "其他", 指标名称: "红白理事会办理丧事", 数值: 3, 单位: "场" },
      ],
    },
  });
  expect(text).toContain("红白理事会办理喜事5场、丧事3场");
  expect(text).not.toContain("开展红白理事会");
});

it("D19: an 电子屏 row 维护-ed keeps what it shows (`利用2块电子屏滚动播放学雷锋主题标语`)", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "县图书馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "专项", 专项名称: "学雷锋志愿服务月", 起始日期: "2025-03-01", 截止日期: "2025-03-31" },
    ledgers: { 宣传投放: [{ 类型: "电子屏", 位置或内容: "学雷锋主题标语滚动播放", 数量: 2, 单位: "块", 方式: "维护", 日期: "2025-03-01" }] },
  });
  expect(text).toContain("利用2块电子屏滚动播放学雷锋主题标语");
  expect(text).not.toContain("维护电子屏2块");
});

it("D24: the roll-up download is named by the combined workbook's 单位名称, not the shorter name typed", () => {
  const result = { year: 2025, period: "上半年", content: { profile: { 单位名称: "某某县教育局" } } };
  expect(rollupFileName(result, "教育局")).toBe("某某县教育局-2025年上半年-汇总台账.xlsx");
  expect(rollupFileName({ ...result, content: { profile: {} } }, "教育局")).toBe("教育局-2025年上半年-汇总台账.xlsx");
});

it("D22: a left-out 整改时间 column is kept at the end of 备注 with its header, never bare at its head", () => {
  const grid = {
    name: "问题清单", originRow: 1, originCol: 1, tables: [], merges: [],
    values: [
      ["序号", "存在问题", "整改情况", "整改时间"],
      [1, "大门口家长接送车辆乱停", "已整改", "2025.4"],
      [2, "厨房排水沟有积水", "整改中", ""],
    ],
  };
  const outcome = importLedgers([{ label: "a.xlsx", snapshot: { sheets: [grid] } }], { unitName: "城关镇中心幼儿园", unitType: "学校", year: 2025, period: "上半年" });
  const rows = outcome.result.content.ledgers["问题整改"] ?? [];
  expect(rows.map((r) => r["备注"])).toEqual(["大门口家长接送车辆乱停；整改时间：2025.4", "厨房排水沟有积水；整改情况：整改中"]);
  expect(importReport(outcome).filter((l) => l.includes("整改时间"))).toEqual(["    D 整改时间 → 备注（无对应的标准列）"]);
});
