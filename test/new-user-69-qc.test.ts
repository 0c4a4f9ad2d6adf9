/**
 * New-user test 69 (docs/new-user-test-pane-69.md), defects D3, D8 and D11: a village's name cut to `青川县石门镇柳溪`, a
 * bank branch's opening that turns from the 导语's `我支行` to its full name with a stiff `整改网点文明服务暗访发现问题6处`, and
 * councils `落实`-ed (`落实红白理事会，推行道德评议会`, carried: `继续落实红白理事会，继续落实道德评议会`) — each as the tester
 * typed it.
 */
import { summaryTextOf } from "./support/summaries";

const village = { 单位名称: "青川县石门镇柳溪村民委员会", 单位简称: "柳溪村", 单位类型: "村", 报告年度: 2025, 报告期: "上半年", 常住人口: 2860, 户数: 912 } as const;

it("D3: a village named `…柳溪村民委员会` keeps the 村 of 柳溪村 in the opening (`青川县石门镇柳溪村共有农户912户`)", async () => {
  const text = await summaryTextOf({
    profile: village,
    ledgers: { 活动台账: [{ 日期: "2025-04-10", 活动名称: "人居环境整治大扫除", 活动类型: "环境整治", 参与数量: 150, 单位: "人次" }] },
  });
  expect(text).toContain("　　青川县石门镇柳溪村共有农户912户，常住人口2860人。");
  expect(text).not.toMatch(/柳溪共有/u);
});

it("D3: `…村村委会` and `…村委会` alike keep one 村 (`柳树湾村`)", async () => {
  for (const name of ["柳树湾村村委会", "柳树湾村委会", "柳树湾村民委员会", "柳树湾村村民委员会"]) {
    const text = await summaryTextOf({ profile: { ...village, 单位名称: name, 单位简称: "" }, ledgers: {} });
    expect(text).toContain("　　柳树湾村共有农户912户，常住人口2860人。");
  }
});

const branch = { 单位名称: "青川农村商业银行城关支行", 单位类型: "企事业单位", 上级指导单位: "青川农村商业银行", 报告年度: 2025, 报告期: "第二季度" } as const;

it("D8: a branch whose 导语 says `我支行` is `我支行` throughout, its problems `暗访发现的网点文明服务问题`", async () => {
  const text = await summaryTextOf({
    profile: branch,
    ledgers: {
      宣传投放: [{ 类型: "横幅", 数量: 12, 单位: "条", 方式: "新设", "投入金额（元）": 1200 }],
      问题整改: [{ 问题类别: "其他", 发现数: 8, 已整改数: 6, 单位: "处", 备注: "网点文明服务暗访发现" }],
      先进典型: [{ 荣誉名称: "市级文明网点", 级别: "市", 类别: "其他", 人数: 1, 日期: "2025-06-01" }],
      文字材料: [{ 类型: "导语", 内容: "二季度，我支行认真落实上级行创文工作部署，以金融知识宣传和反诈宣传为重点。" }],
    },
  });
  // The 导语 names the superior's plan: no `在青川农村商业银行的指导下` after it (review run 34, AX 材料6 item 1).
  expect(text).toContain("二季度，我支行认真落实上级行创文工作部署，以金融知识宣传和反诈宣传为重点，共整改暗访发现的网点文明服务问题6处");
  expect(text).not.toContain("在青川农村商业银行的指导下");
  expect(text).toContain("整改暗访发现的网点文明服务问题6处");
  expect(text).toContain("我支行获评“市级文明网点”");
  expect(text).not.toMatch(/青川农村商业银行城关支行在|我行|整改网点文明服务暗访发现问题/u);
});

it("D11: councils are 发挥-ed together (`发挥红白理事会、道德评议会作用`), never `落实`-ed or `推行`-ed", async () => {
  const text = await summaryTextOf({
    profile: village,
    ledgers: {
      组织保障: [
        { 事项类型: "领导小组", 名称或内容: "村创建工作领导小组", 数量: 1, 单位: "个" },
        { 事项类型: "工作机制", 名称或内容: "红白理事会", 数量: 1, 单位: "个" },
        { 事项类型: "工作机制", 名称或内容: "道德评议会", 数量: 1, 单位: "个" },
      ],
    },
  });
  expect(text).toContain("发挥红白理事会、道德评议会作用。");
  expect(text).not.toMatch(/落实红白理事会|推行道德评议会/u);
});

it("D11: carried councils go on once (`继续发挥红白理事会、道德评议会作用`), never `继续落实` twice", async () => {
  const text = await summaryTextOf({
    profile: { ...village, 报告期: "下半年" },
    ledgers: {
      组织保障: [
        { 事项类型: "领导小组", 名称或内容: "村创建工作领导小组", 数量: 1, 单位: "个" },
        { 事项类型: "工作机制", 名称或内容: "红白理事会", 数量: 1, 单位: "个", 日期: "2025-01-05" },
        { 事项类型: "工作机制", 名称或内容: "道德评议会", 数量: 1, 单位: "个", 日期: "2025-01-05" },
      ],
      问题整改: [{ 问题类别: "卫生死角", 发现数: 30, 已整改数: 28, 单位: "处" }],
    },
  });
  expect(text).toContain("继续发挥红白理事会、道德评议会作用。");
  expect(text).not.toMatch(/继续落实红白理事会|继续落实道德评议会/u);
});
