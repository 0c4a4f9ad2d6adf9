/**
 * New-user test 36 (docs/new-user-test-pane-36.md), defects D12, D13 and D17: each as the tester typed it.
 */
import { summaryTextOf } from "./support/summaries";

it("D17: a 中学's 少先队入队仪式 typed 其他 is told in 道德建设 as 理想信念教育, never after the volunteers with 此外", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "江城市第三中学", 单位类型: "学校", 报告年度: 2025, 报告期: "下半年" },
    ledgers: {
      活动台账: [{ 日期: "2025-10-13", 活动名称: "少先队建队日入队仪式", 活动类型: "其他", 参与数量: 320, 单位: "人" }],
      志愿服务: [{ 队伍名称: "红领巾志愿服务队", 队伍类型: "少年志愿者", 注册人数: 450, 服务次数: 12, "服务时长（小时）": 360, 主要服务内容: "校园文明劝导" }],
      先进典型: [{ 荣誉名称: "新时代好少年", 级别: "市", 类别: "其他", 人数: 2 }],
    },
  });
  expect(text).toContain("　　二是理想信念教育。10月13日举行少先队建队日入队仪式，参与320人。\n");
  expect(text).not.toContain("此外，10月13日");
});

it("D17: a 社区's 主题队会 typed 其他 goes to its 道德建设 point of 未成年人思想道德建设", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      活动台账: [{ 日期: "2025-06-01", 活动名称: "“红领巾心向党”主题队会", 活动类型: "其他", 参与数量: 45, 单位: "人" }],
      志愿服务: [{ 队伍名称: "望江志愿服务队", 队伍类型: "综合志愿者", 注册人数: 35 }],
      先进典型: [{ 荣誉名称: "社区好人", 级别: "社区/村", 类别: "助人为乐", 人数: 2 }],
    },
  });
  expect(text).toContain("二是未成年人思想道德建设。6月1日开展“红领巾心向党”主题队会，参与45人。");
  expect(text).not.toContain("此外，6月1日");
});

it("D12: 商户 signing a pledge (260 家) took part, they were not reached: `260家商户参与`, never `惠及260家`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "江城万达广场", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "专项", 起始日期: "2025-10-01", 截止日期: "2025-10-07" },
    ledgers: { 活动台账: [
      { 日期: "2025-10-01", 活动名称: "国庆文明购物引导", 活动类型: "志愿服务", 参与数量: 30, 单位: "人" },
      { 日期: "2025-10-03", 活动名称: "商户文明经营承诺签名", 活动类型: "宣传教育", 参与数量: 260, 单位: "家" },
    ] },
  });
  expect(text).toContain("10月3日开展“商户文明经营承诺签名”宣传教育活动，260家商户参与。");
  expect(text).not.toContain("惠及260家");
});

it("D12: help given to households is still 惠及 (`春节送温暖`, 20 户)", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城关街道办事处", 单位类型: "街道", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 活动台账: [{ 日期: "2025-01-26", 活动名称: "春节送温暖", 活动类型: "关爱帮扶", 参与数量: 20, 单位: "户" }] },
  });
  expect(text).toContain("1月26日开展“春节送温暖”活动，惠及20户。");
});

it("D13: twelve monthly clean-ups are one recurring activity said with its cycle; 周督查 每周 is no `每周开展周督查`", async () => {
  const acts = Array.from({ length: 12 }, (_, i) => ({ 日期: `2025-${String(i + 1).padStart(2, "0")}-20`, 活动名称: `${i + 1}月环境卫生大扫除`, 活动类型: "环境整治", 参与数量: 30, 单位: "人次" }));
  const text = await summaryTextOf({
    profile: { 单位名称: "城关街道办事处", 单位类型: "街道", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      组织保障: [{ 事项类型: "督查检查", 名称或内容: "周督查", 数量: 52, 单位: "次", 频次: "每周1次" }],
      问题整改: [{ 问题类别: "占道经营", 发现数: 500, 已整改数: 480, 单位: "起" }],
      活动台账: acts,
    },
  });
  expect(text).toContain("每月开展环境卫生大扫除，全年共12场，参与360人次。");
  expect(text).not.toContain("“1月环境卫生大扫除”");
  expect(text).toContain("坚持每周开展督查，累计开展52次。");
  expect(text).not.toContain("周督查");
});

it("D13: `月例会` 每月1次 is no `每月召开月例会`; a named monthly 评比 keeps its count as before", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城关街道办事处", 单位类型: "街道", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 组织保障: [
      { 事项类型: "工作会议", 名称或内容: "月例会", 数量: 12, 单位: "次", 频次: "每月1次" },
      { 事项类型: "督查检查", 名称或内容: "文明单位月评比", 数量: 12, 单位: "次", 频次: "每月1次" },
    ] },
  });
  expect(text).toMatch(/坚持每月召开例会，累计召开12次/u);
  expect(text).not.toContain("月例会");
  expect(text).toContain("坚持每月开展文明单位评比1次，累计开展12次");
});
