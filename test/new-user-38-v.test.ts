/**
 * New-user test 38 (docs/new-user-test-pane-38.md): D5 and D2, a 问题整改 备注 of 问题类别 其他 that names a problem by its thing
 * and the action it still wants (`庭院杂物乱堆未清理` counted in 户, `飞线充电未清理` in 处), as the tester typed it: the
 * problem is named by its thing (`庭院杂物乱堆问题`, `飞线充电问题`), never clipped (`庭院杂物乱堆未`) nor with its
 * negated action (`飞线充电未清理问题`).
 */
import { summaryTextOf } from "./support/summaries";
import type { WorkbookContent } from "../src/adapters/xlsx/content";

const village: WorkbookContent = {
  profile: { 单位名称: "柳塘村村委会", 单位类型: "村", 报告年度: 2025, 报告期: "下半年", 上级指导单位: "青石镇", 户数: 520, 常住人口: 1860 },
  ledgers: {
    问题整改: [
      { 问题类别: "其他", 发现数: 40, 已整改数: 38, 单位: "户", 备注: "庭院杂物乱堆未清理" },
      { 问题类别: "卫生死角", 发现数: 25, 已整改数: 25, 单位: "处" },
      { 问题类别: "其他", 发现数: 12, 已整改数: 12, 单位: "处", 备注: "垃圾分类投放不规范" },
    ],
  },
};

it("D5: a 备注 `庭院杂物乱堆未清理` counted in 户 is the 庭院杂物乱堆问题 in the opening, the body and 存在的不足, never `庭院杂物乱堆未`", async () => {
  const text = await summaryTextOf(village);
  expect(text).not.toMatch(/乱堆未|未清理问题/u);
  expect(text).toContain("2025年下半年，我村在青石镇的指导下，清理庭院杂物38户、卫生死角25处。");
  expect(text).toContain("　　累计排查发现庭院杂物乱堆问题40户，已整改38户；卫生死角和垃圾分类投放不规范问题37处，均已整改到位。");
  expect(text).toContain("　　庭院杂物乱堆问题40户中尚有2户未整改到位，需持续跟进。");
});

const community: WorkbookContent = {
  profile: { 单位名称: "石牌东社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年", 上级指导单位: "石牌街道党工委" },
  ledgers: {
    问题整改: [
      { 问题类别: "其他", 发现数: 56, 已整改数: 50, 单位: "处", 备注: "群租房消防通道堵塞" },
      { 问题类别: "其他", 发现数: 120, 已整改数: 118, 单位: "处", 备注: "飞线充电未清理" },
      { 问题类别: "乱张贴", 发现数: 100, 已整改数: 100, 单位: "处" },
      { 问题类别: "占道经营", 发现数: 20, 已整改数: 18, 单位: "宗" },
    ],
    宣传投放: [{ 类型: "宣传单", 位置或内容: "飞线充电安全提示", 数量: 2000, 单位: "份", 方式: "发放", "投入金额（元）": 800 }],
  },
};

it("D2: a 备注 `飞线充电未清理` is the 飞线充电问题 (导语, 存在的不足); what was done is `清理飞线充电`", async () => {
  const text = await summaryTextOf(community);
  expect(text).not.toMatch(/未清理/u);
  expect(text).toContain("2025年上半年，石牌东社区居委会在石牌街道党工委的指导下，重点整治飞线充电、乱张贴等问题，投入宣传经费800元。");
  expect(text).toContain("　　累计排查发现各类问题276处，已整改268处，其中清理飞线充电118处、乱张贴100处，整改群租房消防通道堵塞问题50处；另有占道经营问题20宗，已整改18宗。");
  expect(text).toContain("　　占道经营20宗中尚有2宗未整改到位，群租房消防通道堵塞问题56处中尚有6处未整改到位，飞线充电问题120处中尚有2处未整改到位，需持续跟进。");
});

it("D2: a state adjective (`门店招牌不规范`) keeps its state in the problem's name", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "和平社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 20, 已整改数: 18, 单位: "处", 备注: "门店招牌不规范" }, { 问题类别: "其他", 发现数: 10, 已整改数: 9, 单位: "处", 备注: "建筑垃圾未清运" }] },
  });
  expect(text).toContain("其中规范门店招牌18处，清运建筑垃圾9处。");
  expect(text).toContain("　　门店招牌不规范问题20处中尚有2处未整改到位，建筑垃圾问题10处中尚有1处未整改到位，需持续跟进。");
});
