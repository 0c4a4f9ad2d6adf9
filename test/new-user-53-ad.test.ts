/**
 * New-user test 53 (docs/new-user-test-pane-53.md), D4 and D8, and test 52 (docs/new-user-test-pane-52.md), D18:
 * problems (问题整改) told as typed — one 其他 row is one problem, a 余 count rectified to its round base leaves no
 * remainder claimed, and 上期遗留 problems are told with their names and measure words.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { cli } from "./support/cli";
import { summaryTextOf } from "./support/summaries";

const hospital = { 单位名称: "县中医院", 单位类型: "企事业单位", 上级指导单位: "县卫健局", 报告年度: 2025, 报告期: "第三季度" };
const street = { 单位名称: "西湖街道", 单位类型: "街道", 报告年度: 2025, 报告期: "上半年" };

it("D4: a 其他 row whose 备注 is `乱停车；门口电动车乱停，老毛病了` is one problem, 乱停车", async () => {
  const text = await summaryTextOf({
    profile: hospital,
    ledgers: {
      问题整改: [
        { 问题类别: "卫生死角", 发现数: 18, 已整改数: 18, 单位: "处", 责任单位: "后勤保障科" },
        { 问题类别: "其他", 发现数: 40, 已整改数: 36, 单位: "处", 责任单位: "保卫科", 备注: "乱停车；门口电动车乱停，老毛病了" },
      ],
    },
  });
  expect(text).not.toContain("门口电动车乱停");
  expect(text).not.toContain("老毛病");
  // Conduct counted in 处 is a 问题, 整治-ed (run-29 review, 材料1 item 1: 行为 is never counted in 处).
  expect(text).toContain("发现各类问题58处，已整改54处，整改率为93.1%。其中整治乱停车36处，清理卫生死角18处。");
  expect(text).toContain("乱停车40处中尚有4处未整改到位，需持续跟进。");
});

it("D8: 乱张贴 `两百余` found, 200 rectified: no invented open remainder", async () => {
  const text = await summaryTextOf({
    profile: street,
    ledgers: {
      问题整改: [
        { 问题类别: "占道堆放", 发现数: 156, 已整改数: 150, 单位: "处", 责任单位: "城管中队" },
        { 问题类别: "乱张贴", 发现数: "两百余", 已整改数: 200, 单位: "处", 责任单位: "各社区" },
      ],
    },
  });
  expect(text).not.toContain("其余尚未整改到位");
  expect(text).not.toMatch(/乱张贴200余处中/u);
  expect(text).toContain("辖区共排查出乱张贴200余处、占道堆放156处，已整改350处。其中清理乱张贴200处，整治占道堆放150处。");
  expect(text).toContain("二、存在的不足\n　　占道堆放156处中尚有6处未整改到位，需持续跟进。\n");
  expect(text).not.toContain("均已整改到位");
});

it("D8: a 余 count rectified below its round base still says a part is open", async () => {
  const text = await summaryTextOf({
    profile: street,
    ledgers: { 问题整改: [{ 问题类别: "乱张贴", 发现数: "两百余", 已整改数: 180, 单位: "处", 责任单位: "各社区" }] },
  });
  expect(text).toContain("乱张贴200余处中尚有部分未整改到位，需持续跟进。");
});

it("D18 (52): 上期遗留 problems are told with their names and measure words", async () => {
  const text = await summaryTextOf({
    profile: street,
    ledgers: {
      问题整改: [
        { 问题类别: "卫生死角", 发现数: 5, 已整改数: 5, 单位: "处" },
        { 问题类别: "其他", 发现数: 8, 已整改数: 0, 单位: "处", 来源: "上期遗留", 备注: "楼道堆物" },
        { 问题类别: "卫生死角", 发现数: 2, 已整改数: 0, 单位: "个", 来源: "上期遗留" },
      ],
    },
  });
  expect(text).not.toContain("上期遗留问题8处、2个");
  expect(text).toContain("上期遗留的楼道堆物8处、卫生死角2个均未整改到位，需持续跟进。");
});

it("D18 (52): `next` carries open problems named, and never a placeholder 下一步打算 (`同上`)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu53ad-"));
  const file = join(dir, "b.xlsx");
  writeFileSync(file, await writeWorkbook(standardV1, {
    profile: { 单位名称: "城关街道东门社区", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      问题整改: [
        { 问题类别: "其他", 发现数: 20, 已整改数: 12, 单位: "处", 备注: "楼道堆物" },
        { 问题类别: "卫生死角", 发现数: 6, 已整改数: 4, 单位: "个" },
      ],
      文字材料: [{ 类型: "下一步打算", 内容: "持续开展楼道清理" }, { 类型: "下一步打算", 内容: "同上" }],
    },
  }));
  const out = join(dir, "next.xlsx");
  const next = await cli("next", file, "-o", out);
  expect(next.code).toBe(0);
  expect(next.out).toContain("文字材料：第4行下一步打算“同上”不是具体打算，未结转");
  expect(next.out).toContain("下一步打算1条（改为上期打算，待填落实情况）");
  const summary = await cli("summarize", out, "--text", "-", "--force", "--date", "2026-01-05");
  expect(summary.out).not.toContain("同上");
  expect(summary.out).toContain("上期遗留的楼道堆物8处、卫生死角2个均未整改到位");
});

it("D4: check's 提示 on the 备注 names the one problem the summary writes", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu53ad-"));
  const file = join(dir, "h.xlsx");
  writeFileSync(file, await writeWorkbook(standardV1, {
    profile: hospital,
    ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 40, 已整改数: 36, 单位: "处", 责任单位: "保卫科", 备注: "乱停车；门口电动车乱停，老毛病了" }] },
  }));
  const check = (await cli("check", file)).out;
  expect(check).toContain("提示 问题整改!I3 [rect.spoken-remark] “备注”中“老毛病了”是口语，总结只写问题名称“乱停车”，不写这一句；如需写入，请改为书面语（如“已约谈整改”）。");
});
