/** @jest-environment node */
/**
 * New-user test 69 (docs/new-user-test-pane-69.md) D14: with names opted in (`--names`), one person's honour names them
 * before the verb, `刘芳同志获评“全省人社系统窗口服务标兵”`, never `1人获评“…”（刘芳）`; several keep the count and the names
 * after the title.
 */
import { analyzeWorkbook, documentText, standardV1, summarize } from "../src/core";
import { withoutNextStepLead } from "../src/core/narrative/compose";
import { writtenRemark } from "../src/core/facts/remark";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";

async function namedText(content: WorkbookContent): Promise<string> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return documentText(summarize(analysis, standardV1, { includeNames: true, today: 46030 }).document);
}

const bureau = (honours: NonNullable<WorkbookContent["ledgers"]>["先进典型"]): WorkbookContent => ({
  profile: { 单位名称: "青川县人力资源和社会保障局", 单位简称: "县人社局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" },
  ledgers: { 先进典型: honours },
});

describe("new-user test 69, D14: a named person's honour with --names", () => {
  test("one person: named before the verb", async () => {
    const text = await namedText(bureau([{ 荣誉名称: "全省人社系统窗口服务标兵", 级别: "省", 人数: 1, 姓名: "刘芳" }]));
    expect(text).toContain("刘芳同志获评“全省人社系统窗口服务标兵”");
    expect(text).not.toContain("（刘芳）");
  });
  test("two people: the count, the names after the title", async () => {
    const text = await namedText(bureau([{ 荣誉名称: "全省人社系统窗口服务标兵", 级别: "省", 人数: 2, 姓名: "刘芳、陈志强" }]));
    expect(text).toContain("2人获评“全省人社系统窗口服务标兵”（刘芳、陈志强）");
  });
});

/** New-user test 68 (docs/new-user-test-pane-68.md) D11: a 下一步打算 row loses the lead its heading says. */
describe("new-user test 68, D11: 下一步打算 without `下一步要`", () => {
  test("the lead dropped; a row of the lead alone kept", () => {
    expect(withoutNextStepLead("下一步要继续加大执法巡查力度，对违法用地发现一起查处一起。")).toBe("继续加大执法巡查力度，对违法用地发现一起查处一起。");
    expect(withoutNextStepLead("下一步，我们将深化结对共建。")).toBe("深化结对共建。");
    expect(withoutNextStepLead("进一步深化与幸福社区的结对共建。")).toBe("进一步深化与幸福社区的结对共建。");
    expect(withoutNextStepLead("下一步将")).toBe("下一步将");
  });
  test("in the text", async () => {
    const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, {
      profile: { 单位名称: "青川县自然资源局", 单位简称: "县自然资源局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" },
      ledgers: { 问题整改: [{ 问题类别: "违章搭建", 发现数: 36, 已整改数: 30, 单位: "宗" }], 文字材料: [{ 类型: "下一步打算", 内容: "下一步要继续加大执法巡查力度，对违法用地发现一起查处一起。" }] },
    })), standardV1);
    const text = documentText(summarize(analysis, standardV1, { includeNames: false, today: 46030 }).document);
    expect(text).toContain("继续加大执法巡查力度");
    expect(text).not.toContain("下一步要");
  });
});

/** New-user test 68 D8: a 其他 problem's 备注 `非法采砂等` takes no second 等. */
describe("new-user test 68, D8: `非法采砂等` in the opening and the body", () => {
  test("no 等等; the body says 等问题", async () => {
    const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, {
      profile: { 单位名称: "青川县自然资源局", 单位简称: "县自然资源局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" },
      ledgers: {
        问题整改: [{ 问题类别: "违章搭建", 发现数: 36, 已整改数: 30, 单位: "宗" }, { 问题类别: "其他", 发现数: 15, 已整改数: 15, 单位: "宗", 备注: "非法采砂等" }, { 问题类别: "卫生死角", 发现数: 8, 已整改数: 8, 单位: "处" }],
        活动台账: [{ 日期: "2025-06-25", 活动名称: "全国土地日耕地保护宣传", 活动类型: "宣传教育", 参与数量: 800, 单位: "人次" }, { 日期: "2025-03-12", 活动名称: "植树节义务植树", 活动类型: "志愿服务", 参与数量: 60, 单位: "人" }],
        先进典型: [{ 荣誉名称: "县级文明单位", 级别: "县/区", 人数: 1 }],
        宣传投放: [{ 类型: "横幅", 位置或内容: "耕地保护横幅", 数量: 12, 单位: "条", "投入金额（元）": 3600 }],
      },
    })), standardV1);
    const text = documentText(summarize(analysis, standardV1, { includeNames: false, today: 46030 }).document);
    expect(text).toContain("县自然资源局重点整治违章搭建、非法采砂等问题，");
    expect(text).not.toContain("等等");
    expect(text).toContain("整改非法采砂等问题15宗");
  });
});

/** New-user test 68 D12: a 有的 written 部分 after a clause opening with 部分 is 个别. */
describe("new-user test 68, D12: never 部分……部分 in one sentence", () => {
  test("the second 有的 is 个别; one 有的 alone is 部分", () => {
    expect(writtenRemark("部分干部职工对创文工作认识还不够到位，有的同志觉得这是社区的事。", "存在不足")).toBe("部分干部职工对创文工作认识有待提升，个别同志认为这是社区的事。");
    expect(writtenRemark("有的同志觉得这是社区的事。", "存在不足")).toBe("部分同志认为这是社区的事。");
    expect(writtenRemark("部分商户门前三包落实不到位。有的同志觉得这是社区的事。", "存在不足")).toContain("。部分同志认为这是社区的事。");
  });
});

/** New-user test 68 D10: a 公益广告 row whose 位置或内容 is `公益短信` (1.5万条, 方式 发放) is sent, never 发放公益广告. */
describe("new-user test 68, D10: messages sent to phones", () => {
  test("发送公益短信1.5万条", async () => {
    const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, {
      profile: { 单位名称: "中国移动通信集团青川分公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
      ledgers: { 宣传投放: [
        { 类型: "公益广告", 位置或内容: "公益短信", 数量: "1.5万", 单位: "条", 方式: "发放" },
        { 类型: "宣传资料", 位置或内容: "文明城市创建倡议书", 数量: 1200, 单位: "份", 方式: "发放" },
      ] },
    })), standardV1);
    const text = documentText(summarize(analysis, standardV1, { includeNames: false, today: 45900 }).document);
    expect(text).toContain("发送公益短信1.5万条");
    expect(text).not.toContain("公益广告1.5万条");
  });
});
