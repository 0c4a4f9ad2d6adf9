/**
 * New-user test 30 (docs/new-user-test-pane-30.md): D3, D12 and D19, each as the tester typed it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";
import { pageMessage } from "../src/taskpane/page-message";
import { cliMessage } from "../src/cli/format";
import { wordMessage } from "../src/taskpane/word/word-message";
import { rules } from "../src/core/validate/rules";

const profile = (population: string | number) => ({ 单位名称: "石牌东社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年", 常住人口: population });
const problems = [{ 问题类别: "占道经营", 发现数: "百余", 已整改数: 80, 单位: "宗" }];

describe("D3: a 志愿者注册率 over an approximate 常住人口 is no flat figure", () => {
  it("`约２万` and 35 registered: said in words in 存在的不足 (review run 31, jc D5), never `为0.2%`", async () => {
    const text = await summaryTextOf({ profile: profile("约２万"), ledgers: { 志愿服务: [{ 队伍名称: "石牌东社区党员志愿服务队", 队伍类型: "党员志愿者", 注册人数: 35 }], 问题整改: problems } });
    expect(text).toContain("　　一是占道经营100余宗中尚有部分未整改到位，需持续跟进；二是志愿者注册人数占常住人口比例偏低，志愿服务队伍规模还需进一步扩大。");
    expect(text).not.toContain("0.2%");
  });

  it("an exact 常住人口 too: the computed rate stays in the 附表, the text says it in words (review run 31, jc D5)", async () => {
    const text = await summaryTextOf({ profile: profile(20000), ledgers: { 志愿服务: [{ 队伍名称: "石牌东社区党员志愿服务队", 队伍类型: "党员志愿者", 注册人数: 35 }], 问题整改: problems } });
    expect(text).toContain("二是志愿者注册人数占常住人口比例偏低，志愿服务队伍规模还需进一步扩大。");
  });

  it("a high rate over an approximate base is the multiple of 10 it surely reaches: `达20%以上`", async () => {
    const text = await summaryTextOf({ profile: profile("约2000"), ledgers: { 志愿服务: [{ 队伍名称: "石牌东社区志愿服务队", 队伍类型: "综合志愿者", 注册人数: 500 }] } });
    expect(text).toContain("石牌东社区志愿服务队现有注册志愿者500人，志愿者注册率达20%以上。");
  });

});

describe("D12: rows below the table", () => {
  const message = rules["table.rows-outside"].message({ detail: "4–5" });

  it("the core offers 生成或修复标准表 beside dragging in Excel; the CLI names `upgrade`, Word where the action is", () => {
    expect(message).toBe("第4–5行的数据在表格范围之外，已照常读取；请把表格范围扩展到这些行：在Excel中拖动表格右下角，或用“生成或修复标准表”，以便下拉列表和公式生效。");
    expect(cliMessage(message)).toBe("第4–5行的数据在表格范围之外，已照常读取；请把表格范围扩展到这些行：在Excel中拖动表格右下角，或用“生成或修复标准表”（命令行：campaign-ledger upgrade 台账.xlsx -o 新文件.xlsx），以便下拉列表和公式生效。");
    expect(wordMessage(message)).toBe("第4–5行的数据在表格范围之外，已照常读取；请把表格范围扩展到这些行：在Excel中拖动表格右下角，或用Excel台账助手或网页版中的“生成或修复标准表”，以便下拉列表和公式生效。");
  });

  it("check on the tester's file (rows below six tables) prints the CLI's form", async () => {
    const out = (await cli("check", join(__dirname, "fixtures", "rows-outside-table.xlsx"))).out;
    expect(out).toContain("提示 活动台账!A4 [table.rows-outside] 第4–5行的数据在表格范围之外，已照常读取；请把表格范围扩展到这些行：在Excel中拖动表格右下角，或用“生成或修复标准表”（命令行：campaign-ledger upgrade 台账.xlsx -o 新文件.xlsx），以便下拉列表和公式生效。\n");
    expect(out).not.toContain("（拖动表格右下角）");
  });

  it("the 网页版 says its own steps, never 拖动表格右下角", () => {
    expect(pageMessage(message)).toBe("第4–5行的数据在表格范围之外，已照常读取；请在“标准表”页用“生成或修复标准表”把表格范围扩展到这些行，再用“下载处理后的台账”保存，以便下拉列表和公式生效。");
    expect(pageMessage("“数量”是文本“三”，已读作3。")).toBe("“数量”是文本“三”，已读作3。");
  });
});

describe("D19: next carries what is left of an approximate 发现数 as approximate, and a passed 整改时限 is said", () => {
  it("百余 − 80: the carried row is 20 with 〔约数〕发现数：20余, told `20余宗`; its 整改时限 2025-06-30 is flagged in 下半年", async () => {
    const file = await workbookFile({
      profile: profile("约２万"),
      ledgers: {
        问题整改: [
          { 问题类别: "乱张贴", 发现数: 60, 已整改数: 58, 单位: "处", 责任单位: "网格站", 整改时限: "2025-06-30" },
          { 问题类别: "占道经营", 发现数: "百余", 已整改数: 80, 单位: "宗", 责任单位: "城管中队", 备注: "重点路段" },
        ],
      },
    });
    const out = join(mkdtempSync(join(tmpdir(), "cl-nu30o-")), "下半年.xlsx");
    expect((await cli("next", file, "-o", out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("问题整改");
    const row = (n: number) => [1, 2, 3, 8, 9].map((c) => ws?.getRow(n).getCell(c).value ?? null);
    expect(row(3)).toEqual(["乱张贴", 2, 0, "上期遗留", null]);
    expect(row(4)).toEqual(["占道经营", 20, 0, "上期遗留", "重点路段；〔约数〕发现数：20余"]);
    const text = (await cli("summarize", out, "--force", "--text", "-")).out;
    // Named by kind in their measure words (new-user test 52, D18), never `上期遗留问题2处、20余宗`.
    expect(text).toContain("　　上期遗留的乱张贴2处、占道经营20余宗均未整改到位，需持续跟进。");
    const check = (await cli("check", out)).out;
    expect(check.split("\n").filter((l) => l.includes("[rect."))).toEqual([
      "提示 问题整改!G3 [rect.deadline-passed] 上期遗留问题的整改时限2025年6月30日早于本期开始（2025年7月1日），问题尚未全部整改，已经逾期；请重新确定整改时限。",
    ]);
  });

  it("a 整改时限 before the period on a row already rectified, or inside the period, is no finding", async () => {
    const file = await workbookFile({
      profile: profile(20000),
      ledgers: {
        问题整改: [
          { 问题类别: "乱张贴", 发现数: 6, 已整改数: 6, 单位: "处", 整改时限: "2024-12-31" },
          { 问题类别: "卫生死角", 发现数: 6, 已整改数: 2, 单位: "处", 整改时限: "2025-05-31" },
        ],
      },
    });
    expect((await cli("check", file)).out).not.toContain("rect.deadline-passed");
  });
});
