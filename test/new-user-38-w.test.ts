/**
 * New-user test 38 (docs/new-user-test-pane-38.md), defects D1 and D3: a community's 问题整改 in many measure words and an
 * implausible 发现数 (`1.5万` 宗 with 3 rectified).
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

const profile = { 单位名称: "石牌东社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" } as const;
const row = (发现数: number | string, 已整改数: number | string, 单位: string, 备注?: string, 问题类别 = "其他") => ({ 问题类别, 发现数, 已整改数, 单位, ...(备注 ? { 备注 } : {}) });
const rows = [
  row(56, 50, "处", "群租房消防通道堵塞"),
  row(120, 118, "处", "飞线充电"),
  row(15, 15, "起", "邻里噪音纠纷"),
  row(6, 4, "件", "路灯维修"),
  row(11, 10, "件", "居民投诉出租屋垃圾乱倒"),
  row(30, 28, "处", "出租屋门牌不规范"),
  row(100, 100, "处", undefined, "乱张贴"),
];

it("D3: problems in four measure words are told per word with their kinds, disputes 调处化解 and complaints 办结, none dropped behind 等", async () => {
  const text = await summaryTextOf({ profile, ledgers: { 问题整改: [...rows, row(40, 3, "宗", undefined, "占道经营")] } });
  expect(text).toContain("　　累计排查发现各类问题306处，已整改296处，其中整治飞线充电118处，清理乱张贴100处，整改群租房消防通道堵塞问题50处，规范出租屋门牌28处；另有路灯维修6件，已完成4件；占道经营问题40宗，已整改3宗；受理居民投诉出租屋垃圾乱倒问题11件，已办结10件；排查邻里噪音纠纷15起，均已调处化解。");
  expect(text).not.toContain("问题50处等");
});

it("D1: 发现数 1.5万 宗 with 3 rectified is a 提示 naming the cell; the text keeps its totals and says the open figure in 万 too", async () => {
  const file = await workbookFile({ profile, ledgers: { 问题整改: [...rows, row("1.5万", 3, "宗", undefined, "占道经营")] } });
  const check = (await cli("check", file)).out;
  expect(check).toContain("提示 问题整改!B10 [rect.implausible-rate] 发现数15000宗、已整改3宗，整改率仅0.02%，请核对是否多输了数字或单位。");
  const text = (await cli("summarize", file, "--force", "--text", "-")).out;
  expect(text).toContain("占道经营问题1.5万宗，已整改3宗；受理居民投诉出租屋垃圾乱倒问题11件，已办结10件；排查邻里噪音纠纷15起，均已调处化解。");
  expect(text).toContain("　　占道经营1.5万宗中尚有约1.5万宗未整改到位，群租房消防通道堵塞问题56处中尚有6处未整改到位，");
  expect(text).not.toContain("14997");
  // Typed as a number (规范数据 turns `1.5万` into 15000), the open figure is said as the found one is.
  const numeric = await summaryTextOf({ profile, ledgers: { 问题整改: [...rows, row(15000, 3, "宗", undefined, "占道经营"), row(12340, 20, "处", undefined, "卫生死角")] } });
  expect(numeric).toContain("占道经营1.5万宗中尚有约1.5万宗未整改到位");
  expect(numeric).toContain("12340处中尚有12320处");
  // A 整改率 near 1% or a smaller 发现数 is no 提示.
  const fine = await workbookFile({ profile, ledgers: { 问题整改: [row(999, 3, "宗", undefined, "占道经营"), row(1200, 12, "处", undefined, "乱张贴")] } });
  expect((await cli("check", fine)).out).not.toContain("rect.implausible-rate");
});
