/** @jest-environment node */
/**
 * New-user test 47 (docs/new-user-test-pane-47.md), found while merging the fixes of test 46 D11: a 备注 clause that says
 * what the first one mostly was (`旅客投诉，主要是态度问题`) was read as a second kind of problem, and the 客运站's text said
 * `整改旅客投诉、主要是态度问题等问题15件` where it had said `办结旅客投诉15件`.
 */
import { readRemark } from "../src/core/facts/remark";
import { summaryTextOf } from "./support/summaries";

it("`旅客投诉，主要是态度问题` names one kind, the complaints: `办结旅客投诉15件`", async () => {
  expect(readRemark("旅客投诉，主要是态度问题").kinds).toBeUndefined();
  expect(readRemark("消防通道堆放杂物，灭火器过期").kinds).toBe("消防通道堆放杂物、灭火器过期");
  const text = await summaryTextOf({
    profile: { 单位名称: "某某市长途汽车客运站", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第四季度" },
    ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 15, 已整改数: 15, 单位: "件", 责任单位: "客服中心", 备注: "旅客投诉，主要是态度问题" }, { 问题类别: "卫生死角", 发现数: 20, 已整改数: 20, 单位: "处" }] },
  });
  expect(text).toContain("清理卫生死角20处，办结旅客投诉15件");
  expect(text).not.toContain("主要是");
});

// New-user test 48, D7: 备注 `斑马线礼让不到位的点位，老李说还剩几个` was told `整治其他问题80处` / `其他问题86处中…`.
it("48 D7: a problem said with its places (`…不到位的点位`) names the row; the nickname's clause is left out", async () => {
  expect(readRemark("斑马线礼让不到位的点位，老李说还剩几个").detail).toBe("斑马线礼让不到位");
  const text = await summaryTextOf({
    profile: { 单位名称: "县公安局交警大队", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 86, 已整改数: 80, 单位: "处", 备注: "斑马线礼让不到位的点位，老李说还剩几个" }, { 问题类别: "占道经营", 发现数: 45, 已整改数: 45, 单位: "处" }] },
  });
  expect(text).not.toMatch(/其他问题|老李/u);
  expect(text).toContain("其中整改斑马线礼让不到位问题80处，规范占道经营45处。");
  expect(text).toContain("斑马线礼让不到位问题86处中尚有6处未整改到位");
});
