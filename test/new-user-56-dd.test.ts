/**
 * New-user test 56 (docs/new-user-test-pane-56.md), staff's free text: D1 (a leading `7、8月份` / `3、5号楼` / `3、4号线` is
 * an enumeration of values, never a list number to cut), D5 (spoken `乘客投诉还是有的` is never `乘客投诉仍有的`), D6 (spoken
 * 简要内容 `清出来两车杂物`, the activity's work said twice, `每周二四开课`, `1-12栋`).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { writtenRemark } from "../src/core/facts/remark";
import { writtenSummary } from "../src/core/narrative/points-activities";
import { summaryTextOf } from "./support/summaries";

const findingsOf = async (content: WorkbookContent, rule: string): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.filter((f) => f.rule === rule).map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`);

const 物业 = { 单位名称: "锦华苑小区物业服务中心", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第三季度", 成文日期: "2025-10-12" };

describe("D1: a leading `7、8月份` is an enumeration of values, kept as typed", () => {
  it("keeps `7、8月份`, `3、4号线`, `3、5号楼` in 落实情况, 存在不足 and 下一步打算; a real `1、` is still stripped", async () => {
    const text = await summaryTextOf({
      profile: 物业,
      ledgers: {
        问题整改: [{ 问题类别: "占道堆放", 发现数: 12, 已整改数: 12, 单位: "处" }],
        文字材料: [
          { 类型: "上期打算", 内容: "暑期加强车厢卫生，特别是空调车", 落实情况: "3、4号线全部完成空调滤网清洗，7、8月份每天收车后车厢全面保洁" },
          { 类型: "存在不足", 内容: "7、8月份雨水多，地下车库积水问题反复出现" },
          { 类型: "下一步打算", 内容: "3、5号楼加装高空抛物监控探头" },
          { 类型: "下一步打算", 内容: "1、继续抓好楼道堆物清理" },
        ],
      },
    });
    expect(text).toContain("针对上期提出的“暑期加强车厢卫生管理，特别是空调车厢”，本期3、4号线全部完成空调滤网清洗，7、8月份每天收车后车厢全面保洁。");
    expect(text).toContain("\u3000\u30007、8月份雨水多，地下车库积水问题反复出现。");
    expect(text).toContain("一是3、5号楼加装高空抛物监控探头；二是继续抓好楼道堆物清理。");
  });
});

describe("D5: `还是有的` at a clause end is spoken, never `仍有的`", () => {
  it("writes `乘客投诉时有发生`, and check says so at the cell", async () => {
    const book: WorkbookContent = {
      profile: { 单位名称: "青山县公共交通有限公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年", 成文日期: "2025-07-08" },
      ledgers: {
        问题整改: [{ 问题类别: "卫生死角", 发现数: 12, 已整改数: 12, 单位: "处" }],
        文字材料: [{ 类型: "存在不足", 内容: "个别驾驶员还是有抢道、不礼让的情况，乘客投诉还是有的" }],
      },
    };
    const text = await summaryTextOf(book);
    expect(text).not.toMatch(/仍有的|仍会有|仍不少/u);
    expect(text).toContain("　　个别驾驶员仍有抢道、不礼让的情况，乘客投诉时有发生。");
    expect(await findingsOf(book, "text.spoken")).toEqual([
      "text.spoken 文字材料!B3 内容“个别驾驶员还是有抢道、不礼让的情况，乘客投诉还是有的”中有口语说法，总结写作“个别驾驶员仍有抢道、不礼让的情况，乘客投诉时有发生”；请核对，或改成书面表述。",
    ]);
  });

  it("other clause ends of the same kind", () => {
    expect(writtenRemark("乱停车现象还是会有", "存在不足")).toBe("乱停车现象时有发生");
    expect(writtenRemark("楼道堆物问题还是有的", "存在不足")).toBe("楼道堆物问题仍然存在");
    expect(writtenRemark("晚上违停车辆还是不少", "存在不足")).toBe("晚上违停车辆仍然较多");
    expect(writtenRemark("还是会有人乱扔垃圾", "存在不足")).toBe("仍有人乱扔垃圾");
  });
});

describe("D6: spoken 简要内容 of an activity", () => {
  it("`清出来两车杂物` → `清运杂物2车`, `清理楼道` not said twice, `1-12栋` → `1—12栋`", async () => {
    const text = await summaryTextOf({
      profile: 物业,
      ledgers: {
        活动台账: [{ 日期: "2025-07-08", 活动名称: "楼道堆物集中清理", 活动类型: "环境整治", 参与数量: 40, 单位: "人次", 地点: "1-12栋", 简要内容: "物业联合业主志愿者清理楼道，清出来两车杂物" }],
      },
    });
    expect(text).toContain("\u3000\u30007月8日联合业主志愿者在1—12栋集中清理楼道堆物，清运杂物2车，参与40人次。");
  });

  it("other loads carted away said so", () => {
    expect(writtenSummary("拉走了3车建筑垃圾")).toBe("清运建筑垃圾3车");
    expect(writtenSummary("清出约5车杂物，楼道恢复畅通")).toBe("清运杂物约5车，楼道恢复畅通");
    expect(writtenSummary("运了十车垃圾")).toBe("清运垃圾10车");
  });

  it("`每周二四开课` → `每周二、四开课`", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "共青团青山县委员会", 单位类型: "群团组织", 报告年度: 2025, 报告期: "全年", 成文日期: "2025-12-20" },
      ledgers: {
        活动台账: [{ 日期: "2025-07-10", 活动名称: "“七彩假期”留守儿童暑期课堂", 活动类型: "关爱帮扶", 参与数量: 200, 单位: "人次", 地点: "各乡镇", 简要内容: "每周二四开课，大学生志愿者辅导作业" }],
      },
    });
    expect(text).toContain("7月10日起在各乡镇开展“七彩假期”留守儿童暑期课堂关爱帮扶活动，每周二、四开课，大学生志愿者辅导作业，参与200人次。");
  });
});
