/** @jest-environment node */
/**
 * New-user test 71 (docs/new-user-test-pane-71.md) D4: a work whose name says its place, held at that place with its scope
 * (`背街小巷环境整治` at `辖区背街小巷`), is said once: never `在辖区背街小巷整治背街小巷环境`.
 */
import { summaryTextOf } from "./support/summaries";
import { writtenRemark } from "../src/core/facts/remark";

describe("new-user test 71, D4: the place said once", () => {
  test("辖区背街小巷 and 背街小巷环境整治", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "青石县城关街道办事处", 单位类型: "街道", 报告年度: 2025, 报告期: "上半年" },
      ledgers: { 活动台账: [{ 日期: "2025-04-20", 活动名称: "背街小巷环境整治", 活动类型: "环境整治", 参与数量: "600余", 单位: "人次", 地点: "辖区背街小巷", 主办或协办单位: "城管中队" }] },
    });
    expect(text).not.toContain("背街小巷整治背街小巷");
    expect(text).toContain("整治背街小巷环境，参与600余人次");
  });
});

/** New-user test 71 D3: a 简要内容 of topics and their training (`文明礼仪、垃圾分类知识培训`) is said verb first. */
describe("new-user test 71, D3: 简要内容 of topics and their training", () => {
  test("培训文明礼仪、垃圾分类知识", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "青石县华泰机械制造有限公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第三季度" },
      ledgers: { 活动台账: [{ 日期: "2025-08-15", 活动名称: "职工文明素养培训", 活动类型: "会议培训", 参与数量: "二百余", 单位: "人次", 地点: "公司大会议室", 简要内容: "文明礼仪、垃圾分类知识培训" }] },
    });
    expect(text).toContain("开展“职工文明素养培训”，培训文明礼仪、垃圾分类知识，参与200余人次");
  });
});

/**
 * New-user test 71 D2: `把X再V一些` and `抓创文` are said in written words, and check says so (text.spoken), never printed as
 * typed without a word.
 */
describe("new-user test 71, D2: spoken 导语 and 打算 written", () => {
  test("the written forms", () => {
    expect(writtenRemark("继续办好全国科普日，把科技志愿者队伍再壮大一些。", "下一步打算")).toBe("继续办好全国科普日，进一步壮大科技志愿者队伍。");
    expect(writtenRemark("四季度要把安全生产和厂区环境再抓紧一些。", "下一步打算")).toBe("四季度进一步抓实安全生产和厂区环境工作。");
    expect(writtenRemark("三季度以来，公司按照园区的统一部署抓创文。", "导语")).toBe("三季度以来，公司按照园区的统一部署扎实推进创文工作。");
  });
  test("in the text", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "青石县科学技术协会", 单位简称: "县科协", 单位类型: "群团组织", 报告年度: 2025, 报告期: "全年" },
      ledgers: {
        活动台账: [{ 日期: "2025-09-20", 活动名称: "全国科普日主题活动", 活动类型: "宣传教育", 参与数量: 800, 单位: "人次" }],
        文字材料: [{ 类型: "下一步打算", 内容: "继续办好全国科普日，把科技志愿者队伍再壮大一些。" }],
      },
    });
    expect(text).toContain("继续办好全国科普日，进一步壮大科技志愿者队伍。");
  });
});
