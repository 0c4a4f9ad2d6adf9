/**
 * New-user test 33 (docs/new-user-test-pane-33.md): D6 (a 志愿者注册率 over an approximate base), D10 (an imported 整改 sheet's
 * `整改完成` column) and D12 (a 专项 opening with a 工作思路 and a standing volunteer count), each as the tester met it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./support/cli";
import { summaryTextOf } from "./support/summaries";

/** The tester's hand-made 整改 sheet (i_import.xlsx): `问题 | 发现 | <rectified> | 备注`, three rows; its path. */
async function handmade(rectified = "整改完成"): Promise<string> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("整改");
  [["问题", "发现", rectified, "备注"], ["乱张贴", "45处", "40处", ""], ["占道经营", "20户", "25户", "超额"], ["楼道堆物", "百余", "百余", ""]].forEach((r) => ws.addRow(r));
  const file = join(mkdtempSync(join(tmpdir(), "cl-nu33g-")), "i_import.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("D10: an office sheet's 整改完成 column is 已整改数", () => {
  it("import maps `整改完成` to 已整改数; check then flags 整改完成25户 > 发现20户 as for any workbook", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cl-nu33g-"));
    const out = join(dir, "i_std.xlsx");
    const r = await cli("import", await handmade(), "-o", out, "--unit", "东湖社区居委会", "--type", "社区", "--year", "2025", "--period", "第一季度");
    // The new workbook has an error (25 > 20): import says so and exits 1.
    expect(r.code).toBe(1);
    expect(r.out).toContain(`新台账：1个错误、1个提示（用 campaign-ledger check ${out} 查看）。`);
    expect(r.out).toContain("    C 整改完成 → 已整改数（表头近义词，85%）\n");
    expect(r.out).not.toContain("整改完成 → 不导入");
    const check = await cli("check", out);
    expect(check.out).toContain("错误 问题整改!C4 [rect.exceeds-found] 已整改数25大于发现数20，已整改数不能超过发现数。\n");
    expect(check.out).not.toContain("[value.required] “已整改数”必须填写");
    const text = (await cli("summarize", out, "--text", "-", "--force")).out;
    // 楼道堆物 is clutter inside buildings, never 占道堆放 (new-user test 35, D9): the row is 其他 and named by its words.
    expect(text).toContain("　　累计排查发现各类问题140余处，除乱张贴5处外均已整改到位。其中清理楼道堆物100余处、乱张贴40处。");
  });

  it.each(["完成整改", "已整改", "整改数", "已完成", "已完成整改"])("`%s` is 已整改数 too", async (header) => {
    const dir = mkdtempSync(join(tmpdir(), "cl-nu33g-"));
    const r = await cli("import", await handmade(header), "-o", join(dir, "i_std.xlsx"), "--unit", "东湖社区居委会", "--type", "社区", "--year", "2025", "--period", "第一季度");
    expect(r.out).toContain(`    C ${header} → 已整改数（表头近义词，85%）\n`);
  });
});

/** The 区妇联's 专项 week as the tester typed it (h_妇联.xlsx). */
const women: Parameters<typeof summaryTextOf>[0] = {
  profile: { 单位名称: "城南区妇女联合会", 单位简称: "区妇联", 单位类型: "群团组织", 上级指导单位: "区文明办", 报告年度: 2025, 报告期: "专项", 起始日期: "2025.5.8", 截止日期: "2025.5.14", 工作思路: "以“最美家庭”创建为主线，推动家庭文明建设" },
  ledgers: {
    组织保障: [{ 事项类型: "工作会议", 名称或内容: "召开“家庭文明周”部署会", 数量: 1, 单位: "次", 日期: "2025.5.8" }],
    志愿服务: [{ 队伍名称: "巾帼志愿服务队", 队伍类型: "巾帼志愿者", 注册人数: "1.2万", 服务次数: 3, "服务时长（小时）": "600", 主要服务内容: "家庭教育指导" }],
    先进典型: [{ 荣誉名称: "最美家庭", 级别: "县/区", 类别: "其他", 人数: 30, 日期: "2025.5.12" }, { 荣誉名称: "省级三八红旗手", 级别: "省", 类别: "敬业奉献", 人数: 1 }],
    活动台账: [
      { 日期: "2025.5.10", 活动名称: "家庭文明周启动仪式", 活动类型: "宣传教育", 参与数量: 300, 单位: "人" },
      { 日期: "2025.5.11", 活动名称: "母亲节感恩活动", 活动类型: "其他", 参与数量: "百余", 单位: "人" },
    ],
    文字材料: [{ 类型: "存在不足", 内容: "基层妇联组织活动经费不足。" }, { 类型: "下一步打算", 内容: "持续开展寻找“最美家庭”活动。" }],
  },
};

describe("D12: a 专项 opening with a 工作思路 carries no standing volunteer count", () => {
  it("the 区妇联's week: the 工作思路 ends the sentence; the body keeps 现有注册巾帼志愿者1.2万人", async () => {
    const text = await summaryTextOf(women);
    expect(text.split("\n")[2]).toBe("　　2025年5月8日至14日，区妇联在区文明办的指导下，以“最美家庭”创建为主线，推动家庭文明建设。现将有关情况总结如下。");
    expect(text).toContain("　　巾帼志愿服务队现有注册巾帼志愿者1.2万人，主要参与家庭教育指导；累计开展志愿服务3次，服务时长600小时。");
  });

  it("over a quarter too; a 工作思路 that is a motto still takes 开展创建工作", async () => {
    const quarter = await summaryTextOf({ ...women, profile: { ...women.profile, 报告期: "第二季度", 起始日期: "", 截止日期: "" } });
    expect(quarter.split("\n")[2]).toBe("　　2025年第二季度，区妇联在区文明办的指导下，以“最美家庭”创建为主线，推动家庭文明建设。现将有关情况总结如下。");
    const motto = await summaryTextOf({ ...women, profile: { ...women.profile, 工作思路: "党建引领、共建共享" } });
    expect(motto.split("\n")[2]).toBe("　　2025年5月8日至14日，区妇联在区文明办的指导下，党建引领、共建共享，开展创建工作。现将有关情况总结如下。");
  });
});

describe("D6: a 志愿者注册率 over an approximate base is said under the tightest natural bound", () => {
  it("约115 of 约1.2万 (0.96%) is 不足1%, never 不足2%", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "锦绣社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年", 常住人口: "约1.2万" },
      ledgers: { 志愿服务: [{ 队伍名称: "锦绣社区党员志愿服务队", 队伍类型: "党员志愿者", 注册人数: 35 }, { 队伍名称: "锦绣社区巾帼志愿服务队", 队伍类型: "巾帼志愿者", 注册人数: "约80" }], 问题整改: [{ 问题类别: "乱张贴", 发现数: 60, 已整改数: 58, 单位: "处" }] },
    });
    expect(text).toContain("志愿者注册人数占常住人口比例偏低，志愿服务队伍规模还需进一步扩大。");
    expect(text).not.toContain("不足2%");
  });
});
