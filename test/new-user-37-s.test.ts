/**
 * New-user test 37 (docs/new-user-test-pane-37.md): D19, D21 and D22, each as the tester's workbook had it.
 */
import { summaryTextOf } from "./support/summaries";

it("D19: a 其他 problem whose 备注 holds labelled parts (as import writes it) is named by the part without a label, never 其他问题", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城南区民政局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "第三季度" },
    ledgers: { 问题整改: [
      { 问题类别: "占道经营", 发现数: 1, 已整改数: 1, 单位: "处", 备注: "发现时间：2025/7/3；福利院门口占道经营" },
      { 问题类别: "乱张贴", 发现数: 1, 已整改数: 1, 单位: "处", 备注: "发现时间：2025.7.10；殡仪馆周边乱张贴" },
      { 问题类别: "其他", 发现数: 1, 已整改数: 0, 单位: "处", 备注: "发现时间：8月2日；养老院楼道堆放杂物；整改情况：整改中" },
      { 问题类别: "流动摊点", 发现数: 1, 已整改数: 0, 单位: "处", 备注: "发现时间：2025年9月31日；救助站门前流动摊点；整改情况：未整改" },
    ] },
  });
  expect(text).toContain("流动摊点、养老院楼道堆放杂物问题各1处尚未整改到位，需持续跟进。");
  expect(text).toContain("发现占道经营、流动摊点和乱张贴等问题4处，已整改2处，整改率为50%。其中规范占道经营1处，清理乱张贴1处。");
  expect(text).not.toContain("其他问题");
});

it("D19: a part labelled 问题 names the problem among other labelled parts", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城南区民政局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "第三季度" },
    ledgers: { 问题整改: [
      { 问题类别: "占道经营", 发现数: 2, 已整改数: 1, 单位: "处" },
      { 问题类别: "其他", 发现数: 1, 已整改数: 0, 单位: "处", 备注: "发现时间：8月2日；问题：敬老院消防通道堵塞；整改情况：整改中" },
    ] },
  });
  expect(text).toContain("占道经营2处中尚有1处未整改到位，敬老院消防通道堵塞问题1处尚未整改到位");
  expect(text).not.toContain("其他问题");
});

it("D22: disputes (物业服务纠纷) are 排查-ed and 调处化解-d, what is left 未化解, never 整治-ed or 整改-ed", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "锦绣华庭社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [
      { 问题类别: "其他", 发现数: 48, 已整改数: 45, 单位: "起", 责任单位: "物业公司", 备注: "物业服务纠纷" },
      { 问题类别: "占道堆放", 发现数: 60, 已整改数: 55, 单位: "处", 责任单位: "物业公司", 备注: "楼道堆物" },
    ] },
  });
  expect(text).toContain("排查物业服务纠纷48起，已调处化解45起。");
  expect(text).toContain("物业服务纠纷48起中尚有3起未化解");
  expect(text).toContain("锦绣华庭社区居委会整治占道堆放55处，化解物业服务纠纷45起。");
  expect(text).not.toMatch(/重点整治[^。]*物业服务纠纷|物业服务纠纷问题|整改45起/u);
});

it("D22: disputes alone head the opening as 化解-d and are told with their 化解率", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "锦绣华庭社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 48, 已整改数: 45, 单位: "起", 备注: "邻里矛盾纠纷" }] },
  });
  expect(text).toContain("化解邻里矛盾纠纷45起");
  expect(text).toContain("排查邻里矛盾纠纷48起，已调处化解45起，化解率为93.8%。");
  expect(text).toContain("邻里矛盾纠纷48起中尚有3起未化解");
});

it("D21: a 系统内 honour says its scope before the title and quotes the title, as the honours beside it", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城南区民政局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "第三季度" },
    ledgers: { 先进典型: [
      { 荣誉名称: "全国民政系统先进工作者", 级别: "全国", 类别: "敬业奉献", 人数: 1 },
      { 荣誉名称: "系统内最美社工", 级别: "本单位", 人数: 1 },
    ] },
  });
  expect(text).toContain("1人获评“全国民政系统先进工作者”，1人获评系统内“最美社工”。");
});
