/**
 * New-user test 59 (docs/new-user-test-pane-59.md), fixed by the lead engineer: D1 (`老少爷们都出来看` made into
 * `邀请老少爷们都出参观` by the rule that says `人大代表政协委员来看` in writing) and D2 (`两对新人，没收彩礼，简简单单办` printed
 * as typed beside `2对新人参加`).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

const placeholders = async (content: WorkbookContent): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.filter((f) => f.rule === "text.placeholder").map((f) => `${f.sheet}!${f.cell} ${f.message}`);

const 红星村 = { 单位名称: "红星村村民委员会", 单位简称: "红星村", 单位类型: "村", 上级指导单位: "青山镇", 报告年度: 2025, 报告期: "第一季度", 成文日期: "2025-04-03" };

describe("D1: a crowd that came to watch is talk", () => {
  const book: WorkbookContent = {
    profile: 红星村,
    ledgers: { 活动台账: [{ 日期: "2025-02-12", 活动名称: "元宵节闹元宵", 活动类型: "我们的节日", 参与数量: "约500", 单位: "人", 地点: "村广场", 简要内容: "舞龙舞狮、猜灯谜，老少爷们都出来看" }] },
  };
  it("left out, with a 提示; people invited to visit still said so", async () => {
    const text = await summaryTextOf(book);
    expect(text).toContain("2月12日在村广场开展“元宵节闹元宵”活动，内容包括舞龙舞狮、猜灯谜，参与约500人。");
    expect(text).not.toMatch(/老少爷们|邀请|都出/u);
    expect(await placeholders(book)).toEqual([
      "活动台账!H3 “简要内容”中“老少爷们都出来看”是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。",
    ]);
  });
});

describe("D2: a wedding held simply, in writing; the couples counted once", () => {
  const book: WorkbookContent = {
    profile: { ...红星村, 报告期: "第二季度", 成文日期: "2025-07-03" },
    ledgers: { 活动台账: [{ 日期: "2025-05-20", 活动名称: "移风易俗集体婚礼", 活动类型: "其他", 参与数量: 2, 单位: "对", 地点: "村广场", 主办或协办单位: "红白理事会", 简要内容: "两对新人，没收彩礼，简简单单办" }] },
  };
  it("`不收彩礼，从简办理`, the count from 参与数量 alone", async () => {
    const text = await summaryTextOf(book);
    expect(text).toContain("不收彩礼，从简办理，2对新人参加");
    expect(text).not.toMatch(/两对新人|没收|简简单单/u);
    expect(await placeholders(book)).toEqual(["活动台账!H3 “简要内容”中“两对新人”是参加的人数，总结已按“参与数量”写出，不再写这一句。"]);
  });
});
