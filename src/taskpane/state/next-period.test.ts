/** @jest-environment node */
/**
 * 开始下一期's state and lines (issue #17): a new plan needs a new confirmation, 专项's refusal keeps
 * asking for the period, and the lines the pane shows count rows kept and cleared per sheet, the
 * problems carried as 上期遗留 and the plans carried as 上期打算 — from the core's plan of the sample.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { standardV1, startNextPeriod, type NextPeriod } from "../../core";
import { readWorkbook } from "../../adapters/xlsx";
import { writeWorkbook } from "../../adapters/xlsx/write-workbook";
import { zhCN } from "../strings";
import { enUS } from "../strings-en";
import { nextEnUS, nextZhCN } from "../next-strings";
import { initialNext, nextCounts, nextPeriodLine, nextPlanLines, nextReducer } from "./next-period";

let next: NextPeriod;
beforeAll(async () => {
  const result = startNextPeriod(await readWorkbook(readFileSync(join(__dirname, "../../../samples/community-2023-h1.xlsx"))), standardV1);
  if (!result.ok) throw new Error(result.message);
  next = result.next;
});

it("has the same keys and placeholders in zh-CN and en-US", () => {
  expect(Object.keys(nextEnUS).sort()).toEqual(Object.keys(nextZhCN).sort());
  const names = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(nextZhCN) as (keyof typeof nextZhCN)[]) expect({ key, names: names(nextEnUS[key]) }).toEqual({ key, names: names(nextZhCN[key]) });
});

describe("nextReducer", () => {
  it("needs a confirmation for each plan, and forgets it on a new plan", () => {
    let s = nextReducer(initialNext, { type: "plan/start" });
    expect(s.phase).toBe("planning");
    s = nextReducer(s, { type: "plan/done", plan: { ok: true, next, options: {} } });
    expect([s.phase, s.confirmed]).toEqual(["review", false]);
    s = nextReducer(s, { type: "confirm/set", on: true });
    expect(s.confirmed).toBe(true);
    s = nextReducer(s, { type: "plan/start" });
    s = nextReducer(s, { type: "plan/done", plan: { ok: true, next, options: {} } });
    expect(s.confirmed).toBe(false);
  });

  it("keeps asking for the period after 专项's refusal while a new plan runs; a failure keeps the plan", () => {
    let s = nextReducer(initialNext, { type: "plan/done", plan: { ok: false, reason: "period-needed", message: "请指定下一期的报告期" } });
    expect([s.phase, s.refusal?.reason]).toEqual(["refused", "period-needed"]);
    s = nextReducer(s, { type: "plan/start" });
    expect(s.refusal?.reason).toBe("period-needed");
    s = nextReducer(s, { type: "plan/done", plan: { ok: true, next, options: { period: "下半年" } } });
    s = nextReducer(s, { type: "confirm/set", on: true });
    s = nextReducer(s, { type: "apply/start" });
    s = nextReducer(s, { type: "failed", error: "工作簿在预览之后有改动" });
    expect([s.phase, s.plan?.next.period, s.error]).toEqual(["failed", "下半年", "工作簿在预览之后有改动"]);
    expect(nextReducer(s, { type: "cancel" })).toEqual(initialNext);
  });

  it("ignores a confirmation outside review", () => {
    expect(nextReducer(initialNext, { type: "confirm/set", on: true }).confirmed).toBe(false);
  });
});

describe("the lines of a plan (community-2023-h1)", () => {
  it("counts rows kept and cleared per sheet from the core's plan", () => {
    const counts = nextCounts(next);
    const rect = counts.sheets.find((s) => s.sheet === "问题整改")!;
    expect(rect.kept).toBe(next.carried.problems);
    expect(rect.kept + rect.cleared).toBe(rect.before);
    expect(counts.sheets.find((s) => s.sheet === "活动台账")).toMatchObject({ kept: 0 });
    expect(counts.cleared).toBe(counts.sheets.reduce((n, s) => n + s.before - s.kept, 0));
    expect(counts.cleared).toBeGreaterThan(10);
  });

  it("says the new period with its days, and each carried kind with its count", () => {
    expect(nextPeriodLine(next, zhCN)).toBe("下一期：2023年下半年（2023年7月1日至2023年12月31日）");
    const lines = nextPlanLines(next, zhCN);
    const rect = nextCounts(next).sheets.find((s) => s.sheet === "问题整改")!;
    expect(lines).toContain(`问题整改：保留${rect.kept}行，清除${rect.cleared}行`);
    expect(lines).toContain(`问题整改：${next.carried.problems}个未整改到位的问题结转为“上期遗留”（发现数改为剩余数，已整改数为0）`);
    expect(lines).toContain(`文字材料：${next.carried.plans}条“下一步打算”结转为“上期打算”，落实情况待新一期填写`);
    expect(lines).toContain("本期指标数字存入受保护的“上期指标”表");
    expect(next.carried.plans).toBeGreaterThan(0);
    expect(next.carried.problems).toBeGreaterThan(0);
    expect(nextPlanLines(next, enUS)).toHaveLength(lines.length);
  });
});

it("names a carried spoken plan's cell to rewrite now, as the CLI does (new-user test 49, D11)", async () => {
  const file = await writeWorkbook(standardV1, {
    profile: { 单位名称: "石桥村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "第三季度" },
    ledgers: { 文字材料: [{ 类型: "下一步打算", 内容: "四季度搞好人居环境整治，迎接市里检查" }] },
  });
  const result = startNextPeriod(await readWorkbook(file), standardV1);
  if (!result.ok) throw new Error(result.message);
  const note = "文字材料!B3 结转的上期打算“四季度搞好人居环境整治，迎接市里检查”是口语说法，总结不写原话（填了落实情况时只写落实情况）；请现在改写成书面表述。";
  expect(nextPlanLines(result.next, zhCN)).toContain(`请注意：${note}`);
  expect(nextPlanLines(result.next, enUS)).toContain(`Note: ${note}`);
});
