/**
 * New-user test 57 (docs/new-user-test-pane-57.md), staff's spoken free text: D6 (spoken 简要内容 printed as typed:
 * `老同志们上街捡垃圾，劝导闯红灯的`, `各班出了节目，合唱、太极、模特走秀`, `居民拿可回收物来换鸡蛋、洗衣粉`), D7 (a spoken
 * 下一步打算 `公益诉讼这块要加大力度，重点盯食品安全` printed as typed, check silent), D8 (落实情况 `都建了台账`), D17 (a total in
 * 户 beside a 频次 in 次: `累计覆盖2150户`).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { writtenRemark } from "../src/core/facts/remark";
import { summaryTextOf } from "./support/summaries";

const findingsOf = async (content: WorkbookContent, rule: string): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.filter((f) => f.rule === rule).map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`);

const 老年大学 = { 单位名称: "县老年大学", 单位类型: "企事业单位", 上级指导单位: "县委老干部局", 报告年度: 2025, 报告期: "全年", 成文日期: "2025-12-30" };
const 社区 = { 单位名称: "金桂社区居委会", 单位简称: "金桂社区", 单位类型: "社区", 上级指导单位: "城关街道文明办", 报告年度: 2025, 报告期: "第四季度", 成文日期: "2026-01-05" };

describe("D6: spoken 简要内容 said in written words", () => {
  const book: WorkbookContent = {
    profile: 老年大学,
    ledgers: {
      活动台账: [
        { 日期: "2025-03-05", 活动名称: "学雷锋老年学员志愿服务", 活动类型: "志愿服务", 参与数量: 80, 单位: "人", 地点: "人民广场", 简要内容: "老同志们上街捡垃圾，劝导闯红灯的" },
        { 日期: "2025-12-28", 活动名称: "迎新年文艺汇演", 活动类型: "文体活动", 参与数量: "约500", 单位: "人次", 地点: "县文化馆", 简要内容: "各班出了节目，合唱、太极、模特走秀" },
        { 日期: "2025-10-11", 活动名称: "垃圾分类积分兑换", 活动类型: "环境整治", 参与数量: 200, 单位: "人次", 地点: "社区广场", 简要内容: "居民拿可回收物来换鸡蛋、洗衣粉" },
      ],
    },
  };

  it("each clause in its written form", async () => {
    const text = await summaryTextOf(book);
    expect(text).toContain("3月5日在人民广场开展“学雷锋老年学员志愿服务”活动，组织老同志上街捡拾垃圾，劝导闯红灯行为，参与80人。");
    expect(text).toContain("12月28日在县文化馆举办“迎新年文艺汇演”，各班级编排合唱、太极、模特走秀等节目，参与约500人次。");
    expect(text).toContain("10月11日在社区广场开展“垃圾分类积分兑换”环境整治活动，居民以可回收物兑换鸡蛋、洗衣粉，参与200人次。");
    expect(text).not.toMatch(/老同志们|捡垃圾|闯红灯的|出了节目|拿可回收物/u);
    expect(await findingsOf(book, "text.placeholder")).toEqual([]);
  });

  it("the same class: a programme count, `捡烟头` inside a clause, `劝阻…的人`", async () => {
    const text = await summaryTextOf({
      profile: 老年大学,
      ledgers: { 活动台账: [{ 日期: "2025-05-04", 活动名称: "文明劝导", 活动类型: "志愿服务", 参与数量: 30, 单位: "人", 简要内容: "沿河捡烟头，劝阻乱扔垃圾的人，各班出了8个节目" }] },
    });
    expect(text).toContain("沿河捡拾烟头，劝阻乱扔垃圾人员，各班级编排8个节目");
  });
});

describe("D7: a spoken 下一步打算", () => {
  it("`这块` and `盯` in written words, said by check", async () => {
    expect(writtenRemark("公益诉讼这块要加大力度，重点盯食品安全", "下一步打算")).toBe("加大公益诉讼工作力度，重点关注食品安全");
    const book: WorkbookContent = {
      profile: { 单位名称: "县人民检察院", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "上半年", 成文日期: "2025-07-08" },
      ledgers: { 文字材料: [{ 类型: "下一步打算", 内容: "公益诉讼这块要加大力度，重点盯食品安全" }] },
    };
    const text = await summaryTextOf(book);
    expect(text).toContain("加大公益诉讼工作力度，重点关注食品安全。");
    expect(text).not.toMatch(/这块|盯/u);
    expect(await findingsOf(book, "text.spoken")).toEqual([
      "text.spoken 文字材料!B3 内容“公益诉讼这块要加大力度，重点盯食品安全”中有口语说法，总结写作“加大公益诉讼工作力度，重点关注食品安全”；请核对，或改成书面表述。",
    ]);
  });

  it("`这块` with no written form is left out, said by check", async () => {
    const book: WorkbookContent = {
      profile: { 单位名称: "县人民检察院", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "上半年", 成文日期: "2025-07-08" },
      ledgers: { 文字材料: [{ 类型: "下一步打算", 内容: "继续做好检察开放日" }, { 类型: "下一步打算", 内容: "未成年人保护这块还得多想办法" }] },
    };
    const text = await summaryTextOf(book);
    expect(text).not.toMatch(/这块/u);
    expect((await findingsOf(book, "text.spoken")).length).toBe(1);
  });
});

describe("D8: 落实情况 `都建了台账`", () => {
  it("→ `全部建立台账`", () => {
    expect(writtenRemark("摸清独居老人38户，都建了台账", "落实情况")).toBe("摸清独居老人38户，全部建立台账");
    expect(writtenRemark("困难户都办了低保", "落实情况")).toBe("困难户全部办理低保");
    expect(writtenRemark("楼道全都装了感应灯", "落实情况")).toBe("楼道全部安装感应灯");
  });

  it("printed so, and said by check at the 落实情况", async () => {
    const book: WorkbookContent = {
      profile: 社区,
      ledgers: { 文字材料: [{ 类型: "上期打算", 内容: "入冬前摸清独居老人底数，建立关爱台账", 落实情况: "摸清独居老人38户，都建了台账" }] },
    };
    expect(await summaryTextOf(book)).toContain("针对上期提出的“入冬前摸清独居老人底数，建立关爱台账”，本期摸清独居老人38户，全部建立台账。");
    expect(await findingsOf(book, "text.spoken")).toEqual([
      "text.spoken 文字材料!C3 落实情况“摸清独居老人38户，都建了台账”中有口语说法，总结写作“摸清独居老人38户，全部建立台账”；请核对，或改成书面表述。",
    ]);
  });
});

describe("D8: the 38 of the ledgers of the same 独居老人 not told twice in 五", () => {
  it("the 其他指标 sentence joins the event's", async () => {
    const text = await summaryTextOf({
      profile: 社区,
      ledgers: {
        活动台账: [{ 日期: "2025-12-20", 活动名称: "冬季关爱独居老人", 活动类型: "关爱帮扶", 参与数量: 38, 单位: "户", 简要内容: "上门送棉被、查燃气" }],
        其他指标: [{ 板块: "关爱帮扶", 指标名称: "建立独居老人关爱台账", 数值: 38, 单位: "份" }],
      },
    });
    expect(text).toContain("12月20日开展“冬季关爱独居老人”活动，内容包括上门送棉被、查燃气，惠及38户，并建立关爱台账38份。");
    expect(text).not.toContain("惠及38户。建立独居老人关爱台账38份。");
  });
});

describe("D17: a total in 户 beside a 频次 in 次", () => {
  it("`累计覆盖2150户`", async () => {
    const text = await summaryTextOf({
      profile: 社区,
      ledgers: { 其他指标: [{ 板块: "环境整治", 指标名称: "网格员入户宣传垃圾分类", 数值: 2150, 单位: "户", 频次: "每月1次" }] },
    });
    expect(text).toContain("网格员坚持每月入户宣传垃圾分类1次，累计覆盖2150户");
  });
});
