/**
 * New-user test 35 (docs/new-user-test-pane-35.md): D1, D4, D11, each as the tester typed it.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

const community = { 单位名称: "光明社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年", 常住人口: 12600 };

it("D1: a 其他指标 row counted in 分 (积分超市兑换积分 12000分) is told, never silently dropped", async () => {
  const text = await summaryTextOf({
    profile: community,
    ledgers: {
      志愿服务: [{ 队伍名称: "光明社区积分超市志愿队", 队伍类型: "综合志愿者", 注册人数: 30 }],
      活动台账: [
        { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 35, 单位: "人", 地点: "社区广场" },
        { 日期: "2025-05-20", 活动名称: "志愿服务积分超市兑换日", 活动类型: "志愿服务", 参与数量: 60, 单位: "户" },
      ],
      其他指标: [{ 板块: "志愿服务", 指标名称: "积分超市兑换积分", 数值: 12000, 单位: "分", 表述: "精确" }],
    },
  });
  expect(text).toContain("二是常态服务。共开展2场志愿服务活动：3月5日在社区广场开展“学雷锋志愿服务”活动，参与35人；5月20日开展“志愿服务积分超市兑换日”活动，惠及60户，兑换积分1.2万分。");
});

it("D4: a 表述 word typed in 其他指标 频次 (约, 精确) is a 提示 at the 频次, and its 约 is kept in the text", async () => {
  const file = await workbookFile({
    profile: community,
    ledgers: {
      其他指标: [
        { 板块: "设施建设", 指标名称: "施划停车位", 数值: 210, 单位: "个", 频次: "精确" },
        { 板块: "环境整治", 指标名称: "清理楼道堆物", 数值: 15000, 单位: "处", 频次: "约" },
        { 板块: "环境整治", 指标名称: "清运垃圾", 数值: 300, 单位: "吨", 表述: "余", 频次: "约" },
      ],
    },
  });
  const check = (await cli("check", file)).out;
  expect(check).toContain("提示 其他指标!F3 [value.frequency-approx] “精确”不是频次，像是“表述”的值（表述在频次左边一列：精确、约、余、近）。总结按精确数写出这一数字；请把它移到“表述”一栏，频次只填如“每月2次”“每周1次”。");
  expect(check).toContain("提示 其他指标!F4 [value.frequency-approx] “约”不是频次，像是“表述”的值（表述在频次左边一列：精确、约、余、近）。总结已按表述“约”写出这一数字；请把它移到“表述”一栏，频次只填如“每月2次”“每周1次”。");
  expect(check).toContain("提示 其他指标!F5 [value.frequency-approx] “约”不是频次，像是“表述”的值（表述在频次左边一列：精确、约、余、近）。表述已填“余”，总结按表述写出这一数字，不用这一格；请把它移到“表述”一栏，频次只填如“每月2次”“每周1次”。");
  const text = (await cli("summarize", file, "--text", "-")).out;
  expect(text).toContain("清理楼道堆物约1.5万处");
  expect(text).toContain("清运垃圾300余吨");
  expect(text).toContain("施划停车位210个");
});

it("D11: a typed 志愿者注册率 far from 注册人数/常住人口 is a 提示 naming both, and only the ledgers' rate is told", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "江城职业技术学院", 单位类型: "学校", 报告年度: 2025, 报告期: "第一季度", 常住人口: "1.2万" },
    ledgers: {
      志愿服务: [{ 队伍名称: "青年志愿者协会", 队伍类型: "青年志愿者", 注册人数: 2300, 服务次数: 150 }],
      其他指标: [
        { 板块: "宣传教育", 指标名称: "开设思政课", 数值: 120, 单位: "课时" },
        { 板块: "志愿服务", 指标名称: "志愿者注册率", 数值: 95, 单位: "%" },
      ],
    },
  });
  const check = (await cli("check", file)).out;
  expect(check).toContain("提示 其他指标!C4 [figure.rate-contradicts-ledger] “志愿者注册率”填写为95%，与台账算出的19.2%（志愿服务注册人数2300人、常住人口12000人）相差较大；总结不写95%，按台账中的数字写。请核对这一行或台账中的数字。");
  const text = (await cli("summarize", file, "--text", "-")).out;
  expect(text).toContain("青年志愿者协会现有注册青年志愿者2300人，占师生总数的19.2%；累计开展志愿服务150次。");
  expect(text).not.toContain("95%");
});

it("D11: a typed 整改率 far from 已整改数/发现数 is a 提示 and not told; one within 5 points is no finding", async () => {
  const content = (rate: number): Parameters<typeof workbookFile>[0] => ({
    profile: community,
    ledgers: {
      问题整改: [{ 问题类别: "乱张贴", 发现数: 120, 已整改数: 60, 单位: "处" }],
      其他指标: [{ 板块: "环境整治", 指标名称: "整改率", 数值: rate, 单位: "%" }],
    },
  });
  const file = await workbookFile(content(98));
  const check = (await cli("check", file)).out;
  expect(check).toContain("提示 其他指标!C3 [figure.rate-contradicts-ledger] “整改率”填写为98%，与台账算出的50%（问题整改已整改数60处、发现数120处）相差较大；总结不写98%，按台账中的数字写。请核对这一行或台账中的数字。");
  const text = (await cli("summarize", file, "--text", "-")).out;
  expect(text).toContain("累计排查发现乱张贴问题120处，已整改60处，整改率为50%。");
  expect(text).not.toContain("98%");
  const close = await workbookFile(content(52));
  expect((await cli("check", close)).out).not.toContain("rate-contradicts-ledger");
});

it("D11: a typed 志愿者注册率 8% beside 63 registered of 约1.2万 residents is a 提示 and not told", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年", 常住人口: "约1.2万" },
    ledgers: {
      志愿服务: [{ 队伍名称: "望江志愿服务队", 队伍类型: "综合志愿者", 注册人数: 35 }, { 队伍名称: "巾帼志愿服务队", 队伍类型: "巾帼志愿者", 注册人数: 28 }],
      其他指标: [{ 板块: "其他", 指标名称: "志愿者注册率", 数值: 8, 单位: "%" }],
    },
  });
  expect((await cli("check", file)).out).toContain("提示 其他指标!C3 [figure.rate-contradicts-ledger] “志愿者注册率”填写为8%，与台账算出的0.5%（志愿服务注册人数63人、常住人口12000人）相差较大；总结不写8%，按台账中的数字写。请核对这一行或台账中的数字。");
  const text = (await cli("summarize", file, "--text", "-")).out;
  expect(text).toContain("注册志愿者63人，其中巾帼志愿者28人、综合志愿者35人。");
  expect(text).not.toContain("8%");
});
