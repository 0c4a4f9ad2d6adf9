/**
 * New-user test 39 (docs/new-user-test-pane-39.md), defects D3, D6 and D15: a 问题整改 row typed 其他 named by its 备注 as a
 * careful colleague would name it.
 */
import { summaryTextOf } from "./support/summaries";

const community = { 单位名称: "鼓楼社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" } as const;

it("D3: a 其他 named in spoken words (`背街小巷路灯坏了，老李反映多次`) is named in written ones, who reported it left out; 杂物 are 清理-ed", async () => {
  const text = await summaryTextOf({
    profile: community,
    ledgers: { 问题整改: [
      { 问题类别: "占道堆放", 发现数: 35, 已整改数: 30, 单位: "处" },
      { 问题类别: "其他", 发现数: 5, 已整改数: 5, 单位: "家", 备注: "餐馆油烟扰民" },
      { 问题类别: "其他", 发现数: 12, 已整改数: 10, 单位: "处", 备注: "楼道杂物，反复出现" },
      { 问题类别: "其他", 发现数: 3, 已整改数: 1, 单位: "处", 备注: "背街小巷路灯坏了，老李反映多次" },
    ] },
  });
  expect(text).toContain("其中整治占道堆放30处，清理楼道杂物10处，整改背街小巷路灯损坏问题1处；另有餐馆油烟扰民5家，均已整改到位。");
  expect(text).toContain("其中占道堆放5处、楼道杂物2处、背街小巷路灯损坏问题2处");
  expect(text).not.toMatch(/坏了|老李|整改楼道杂物/u);
});

it("D15: an imported 备注 that echoes the category (`其他；下水道堵了，居民反映`) is named by what follows: 下水道堵塞问题", async () => {
  const text = await summaryTextOf({
    profile: community,
    ledgers: { 问题整改: [
      { 问题类别: "其他", 发现数: 20, 已整改数: 18, 单位: "户", 备注: "楼道堆放杂物" },
      { 问题类别: "其他", 发现数: 1, 已整改数: 0, 单位: "处", 备注: "其他；下水道堵了，居民反映" },
    ] },
  });
  expect(text).toContain("下水道堵塞问题1处尚未整改到位");
  expect(text).not.toMatch(/其他1处|堵了|居民反映/u);
});

it("D6: a place (`院内吸烟点`) is 取缔-ed, never 纠正-ed as conduct nor a 吸烟点行为", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "区人民医院", 单位类型: "医院", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [
      { 问题类别: "其他", 发现数: 40, 已整改数: 38, 单位: "件", 责任单位: "医务科", 备注: "患者投诉（态度、排队）" },
      { 问题类别: "其他", 发现数: 12, 已整改数: 12, 单位: "处", 责任单位: "后勤科", 备注: "院内吸烟点" },
    ] },
  });
  expect(text).toContain("2025年上半年，区人民医院取缔院内吸烟点12处，办结患者投诉38件。");
  expect(text).toContain("排查发现院内吸烟点12处，均已取缔；受理患者投诉40件，已办结38件。");
  expect(text).not.toMatch(/纠正院内吸烟点|吸烟点行为|吸烟点问题/u);
});

it("D6: places of conduct still open are 未取缔 in 存在的不足", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "区人民医院", 单位类型: "医院", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 12, 已整改数: 10, 单位: "处", 备注: "院内吸烟点" }] },
  });
  expect(text).toContain("2025年上半年，区人民医院取缔院内吸烟点10处。");
  expect(text).toContain("排查发现院内吸烟点12处，已取缔10处，整改率为83.3%。");
  expect(text).toContain("院内吸烟点12处中尚有2处未取缔");
});
