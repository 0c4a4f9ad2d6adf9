/**
 * New-user test 42 (docs/new-user-test-pane-42.md), defects D9, D10 and D2: a 问题整改 row typed 其他 named from its 备注 as a
 * colleague would — never after who reported it, never as a half-phrase ending in 的, a `类别：项目、项目` 备注 naming its items.
 */
import { readRemark, withoutSource } from "../src/core/facts/remark";
import { summaryTextOf } from "./support/summaries";

const town = { 单位名称: "青石镇人民政府", 单位类型: "乡镇", 报告年度: 2025, 报告期: "下半年" };

it("D9: a tail naming who reported the problem (`村里报的`, `12345转过来的`) is dropped; the first clause names the problem", async () => {
  const text = await summaryTextOf({
    profile: town,
    ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 15, 已整改数: 9, 单位: "户", 备注: "危房改造后旧房未拆 村里报的" }] },
  });
  expect(text).toContain("辖区共排查出危房改造后旧房未拆问题15户，已整改9户，整改率为60%。");
  expect(text).toContain("危房改造后旧房未拆问题15户中尚有6户未整改到位，需持续跟进。");
  expect(text).not.toContain("村里报的");
});

it.each([
  ["欠薪投诉 12345转过来的", "受理欠薪投诉15件，已办结9件，办结率为60%。"],
  ["社区转的，路灯损坏", "辖区共排查出路灯损坏问题15件，已整改9件，整改率为60%。"],
  ["街道交办 井盖缺失", "辖区共排查出井盖缺失问题15件，已整改9件，整改率为60%。"],
  ["居民反映的，下水道堵塞", "辖区共排查出下水道堵塞问题15件，已整改9件，整改率为60%。"],
])("D9: 备注 %s is told %s", async (remark, sentence) => {
  const text = await summaryTextOf({
    profile: town,
    ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 15, 已整改数: 9, 单位: "件", 备注: remark }] },
  });
  expect(text).toContain(sentence);
  expect(text).not.toMatch(/转过来的|转的|交办|反映的|其他问题/u);
});

it("D10: a `类别：项目、项目` 备注 names its items and the category: 柴草乱堆、畜禽散养等农村人居环境问题", async () => {
  const text = await summaryTextOf({
    profile: town,
    ledgers: { 问题整改: [
      { 问题类别: "占道经营", 发现数: 46, 已整改数: 46, 单位: "处" },
      { 问题类别: "其他", 发现数: 120, 已整改数: 96, 单位: "处", 备注: "农村人居环境：柴草乱堆、畜禽散养" },
    ] },
  });
  // In the list of kinds the category alone, never a list inside a list.
  expect(text).toContain("辖区共排查出各类问题166处，已整改142处，整改率为85.5%。其中整治柴草乱堆、畜禽散养等农村人居环境问题96处，规范占道经营46处。");
  expect(text).toContain("柴草乱堆、畜禽散养等农村人居环境问题120处中尚有24处未整改到位");
  expect(text).not.toContain("其他问题");
});

it("D10: `老旧小区楼道灯不亮 12345转办` is 老旧小区楼道灯不亮问题", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "区住房和城乡建设局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 问题整改: [
      { 问题类别: "渣土偷倒", 发现数: 12, 已整改数: 12, 单位: "起" },
      { 问题类别: "其他", 发现数: 35, 已整改数: 35, 单位: "个", 备注: "老旧小区楼道灯不亮 12345转办" },
    ] },
  });
  expect(text).toContain("整改老旧小区楼道灯不亮问题35个，查处渣土偷倒12起。");
  expect(text).not.toMatch(/其他问题|12345/u);
});

it("D2: `大操大办红白喜事劝导，摆流水席的` is 大操大办, told in 移风易俗 as 劝导大操大办问题6起; never 摆流水席的", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "福园回迁安置社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [
      { 问题类别: "噪音扰民", 发现数: 15, 已整改数: 12, 单位: "起" },
      { 问题类别: "其他", 发现数: 6, 已整改数: 6, 单位: "起", 备注: "大操大办红白喜事劝导，摆流水席的" },
    ] },
  });
  expect(text).not.toMatch(/流水席的|红白喜事劝导/u);
  expect(text).toContain("累计排查发现噪音扰民问题15起，已整改12起，整改率为80%。");
  expect(text).toContain("二、深化道德建设，提升居民素质\n　　劝导大操大办问题6起。");
});

it("D9/D10/D2: readRemark names the problem, never who passed it on nor a half-phrase", () => {
  // The reading names nothing for a clause of 9 characters; the 其他 row takes the 备注 left as its name (build-facts).
  expect(readRemark("危房改造后旧房未拆 村里报的").dropped).toEqual([{ text: "村里报的", why: "artefact" }, { text: "危房改造后旧房未拆", why: "artefact" }]);
  expect(withoutSource("欠薪投诉 12345转过来的")).toEqual({ text: "欠薪投诉", cut: ["12345转过来的"] });
  expect(withoutSource("老旧小区楼道灯不亮 12345转办")).toEqual({ text: "老旧小区楼道灯不亮", cut: ["12345转办"] });
  expect(readRemark("老旧小区楼道灯不亮 12345转办").detail).toBe("老旧小区楼道灯不亮");
  expect(readRemark("农村人居环境：柴草乱堆、畜禽散养").list).toBe("柴草乱堆、畜禽散养等农村人居环境问题");
  expect(readRemark("问题：柴草乱堆、畜禽散养").list).toBe("柴草乱堆、畜禽散养等");
  expect(readRemark("地点：光明路、开元大街").list).toBeUndefined();
  expect(readRemark("大操大办红白喜事劝导，摆流水席的").detail).toBe("大操大办劝导");
  expect(readRemark("摆流水席的").detail).toBeUndefined();
});
