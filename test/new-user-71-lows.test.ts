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

/**
 * New-user test 71 D1 (high): a 其他指标 row `清理厂区卫生死角` 1200 平方米 keeps its 平方米 — a word of another measure (area,
 * weight, money, time, people) is never replaced by the thing's word (`1200处` said a figure the unit never gave); check says the
 * word does not fit and that the summary prints it as typed.
 */
describe("new-user test 71, D1: an area never becomes a count", () => {
  const company = {
    profile: { 单位名称: "青石县华泰机械制造有限公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第三季度" },
    ledgers: {
      问题整改: [{ 问题类别: "卫生死角", 发现数: 7, 已整改数: 7, 单位: "处" }],
      其他指标: [{ 板块: "环境整治", 指标名称: "清理厂区卫生死角", 数值: "一千二百", 单位: "平方米" }],
    },
  };
  test("the text and the 附表 keep 平方米", async () => {
    const text = await summaryTextOf(company);
    expect(text).toContain("清理厂区卫生死角1200平方米");
    expect(text).not.toContain("1200处");
  });
  test("check says the summary prints the typed word", async () => {
    const { analyzeWorkbook, standardV1 } = await import("../src/core");
    const { readWorkbook } = await import("../src/adapters/xlsx/read-workbook");
    const { writeWorkbook } = await import("../src/adapters/xlsx/write-workbook");
    const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, company)), standardV1);
    const f = analysis.findings.find((x) => x.rule === "value.measure-word");
    expect(f?.message).toBe("其他指标D3的单位“平方米”不适合“清理厂区卫生死角”，应为“处”（可用“处”、“个”、“座”、“家”）。总结中照填写的单位写出；请核对数值和单位，改为“处”等合适的单位。");
  });
});

/**
 * New-user test 70 (docs/new-user-test-pane-70.md) D2 (high): a volunteer activity of work on a place
 * (`学雷锋志愿服务（清扫景区步道）` 15人次) is no service to 游客: `参与15人次`, never `服务游客15人次`.
 */
describe("new-user test 70, D2: volunteers cleaning a scenic path serve no visitors", () => {
  test("参与15人次", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "青禾县云水间民宿", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
      ledgers: { 活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务（清扫景区步道）", 活动类型: "志愿服务", 参与数量: 15, 单位: "人次" }] },
    });
    expect(text).not.toContain("服务游客");
    expect(text).toContain("参与15人次");
  });
});
