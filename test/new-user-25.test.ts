/**
 * New-user test 25 (docs/new-user-test-pane-25.md): the defects fixed in the session that ran it, each as the tester
 * typed it.
 */
import { dirname, join } from "node:path";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { rolledUpText, type Ledgers } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

it("D4: a market's problems in 处 and 个, some open, are told per measure word with found and rectified", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "东城农贸市场", 单位类型: "其他", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      问题整改: [
        { 问题类别: "占道经营", 发现数: 60, 已整改数: 55, 单位: "处" },
        { 问题类别: "流动摊点", 发现数: "３０", 已整改数: "三十", 单位: "个" },
        { 问题类别: "卫生死角", 发现数: 15, 已整改数: 0, 单位: "处" },
      ],
      其他指标: [{ 板块: "环境整治", 指标名称: "规范摊位", 数值: 260, 单位: "个" }],
    },
  });
  expect(text).toContain("共排查占道经营和卫生死角问题75处，已整改55处；流动摊点问题30个，均已整改到位。规范摊位260个。");
  expect(text).toContain("占道经营60处中尚有5处未整改到位，卫生死角15处均未整改到位");
});

it("D1: a money row that opens with its own verb (拨付创建工作专项经费 320万元) takes no 投入 before it", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "东城区财政局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 其他指标: [{ 板块: "其他", 指标名称: "拨付创建工作专项经费", 数值: 320, 单位: "万元" }] },
  });
  expect(text).toContain("拨付创建工作专项经费320万元");
  expect(text).not.toContain("投入拨付");
});

it("D2: figures typed in 万 (1.5万小时, 1.5万份, 1.2万起, 3.2万 常住人口) are said in 万 as typed; digits typed stay digits", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "青山镇人民政府", 单位类型: "乡镇", 报告年度: 2025, 报告期: "上半年", 常住人口: "3.2万", 户数: 9800 },
    ledgers: {
      志愿服务: [{ 队伍名称: "青山镇志愿服务队", 队伍类型: "综合志愿者", 注册人数: 120, "服务时长（小时）": "1.5万" }],
      宣传投放: [{ 类型: "宣传单", 位置或内容: "各村", 数量: "1.5万", 单位: "份", 方式: "发放" }],
      其他指标: [{ 板块: "环境整治", 指标名称: "查处闯红灯等交通违法行为", 数值: "1.2万", 单位: "起" }, { 板块: "环境整治", 指标名称: "清理小广告", 数值: 12600, 单位: "处" }],
    },
  });
  for (const said of ["常住人口3.2万人", "1.5万小时", "1.5万份", "1.2万起", "清理小广告12600处"]) expect(text).toContain(said);
  expect(text).not.toMatch(/15000|12000|32000/u);
});

it("D3: an approximate 发现数 (约40) gives no rate and no `尚有约2处`: what was rectified, and the rest", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "东湖公园管理处", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [{ 问题类别: "乱摆卖", 发现数: "约40", 已整改数: 38, 单位: "处" }, { 问题类别: "卫生死角", 发现数: 20, 已整改数: 20, 单位: "处" }] },
  });
  expect(text).toContain("问题约60处，已整改58处。");
  expect(text).toContain("乱摆乱卖约40处中已整改38处，其余尚未整改到位，需持续跟进。");
  expect(text).not.toMatch(/整改率|约2处/u);
});

it("D8: two communities lagging at one rate are `整改率均为90%`, never `分别为90%和90%`", async () => {
  const problems = (found: number, done: number): Ledgers => ({ 问题整改: [{ 问题类别: "乱张贴", 发现数: found, 已整改数: done, 单位: "处" }] });
  const text = await rolledUpText("城南街道办事处", "街道", [["春晖社区", "社区", problems(20, 18)], ["东风社区", "社区", problems(50, 45)], ["城南社区", "社区", problems(40, 40)], ["新华社区", "社区", problems(30, 30)]]);
  expect(text).toContain("春晖社区和东风社区整改率均为90%，低于全街道平均水平");
  expect(text).not.toContain("分别为90%和90%");
});

it("D28: a phone in 地点 and a 负责人 bracket in 活动名称 are cut, the activity keeps its name, place and date", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "东城区公安分局交通警察大队", 单位类型: "机关部门", 报告年度: 2025, 报告期: "下半年" },
    ledgers: { 活动台账: [{ 日期: "2025.12.2", 活动名称: "全国交通安全日主题宣传（负责人：陈警官 警号012345）", 活动类型: "宣传教育", 参与数量: 1000, 单位: "人次", 地点: "人民广场（联系电话0571-87654321）" }] },
  }, "交警.xlsx");
  const text = (await cli("summarize", file, "--force", "--text", "-")).out;
  expect(text).toContain("12月2日在人民广场开展“全国交通安全日”主题宣传活动，参与1000人次。");
  expect(text).not.toMatch(/陈警官|012345|87654321/u);
  const check = (await cli("check", file)).out;
  expect(check).toContain("提示 活动台账!B3 [value.personal] “活动名称”中有电话号码、身份证号或联系人，总结不会写出这一部分");
});

it("D16, D17, D21: an honour entered again as a figure is told once; a plan typed twice is said once; 推文 are 发布-ed", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "李家村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      先进典型: [{ 荣誉名称: "好婆婆", 级别: "社区/村", 人数: 3 }, { 荣誉名称: "星级文明户", 级别: "社区/村", 人数: 42 }],
      其他指标: [{ 板块: "其他", 指标名称: "星级文明户", 数值: 42, 单位: "户" }, { 板块: "宣传教育", 指标名称: "微信公众号推文", 数值: 45, 单位: "篇" }],
      文字材料: [{ 类型: "下一步打算", 内容: "持续开展最美家庭寻访" }, { 类型: "下一步打算", 内容: "持续开展最美家庭寻访" }, { 类型: "下一步打算", 内容: "推进村庄环境整治" }],
    },
  });
  expect(text).toContain("评选表彰好婆婆3人；评出星级文明户42户。\n");
  expect(text.match(/42户/gu)).toHaveLength(1);
  expect(text).toContain("一是持续开展最美家庭寻访；二是推进村庄环境整治。");
  expect(text).toContain("发布微信公众号推文45篇。");
});

it("D12: one carried problem rectified is `上期遗留问题1处，已整改到位`, never 均", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "东城区人民医院", 单位类型: "企事业单位", 报告年度: 2026, 报告期: "上半年" },
    ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: 20, 已整改数: 20, 单位: "处" }, { 问题类别: "卫生死角", 发现数: 1, 已整改数: 1, 单位: "处", 来源: "上期遗留" }] },
  });
  expect(text).toContain("上期遗留问题1处，已整改到位。");
  expect(text).not.toContain("1处，均");
});

it("D26: a 工作机制 carried by `next` (no 日期) goes on: `继续落实…责任制`, never `建立` again", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "东城区公安分局交通警察大队", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 组织保障: [{ 事项类型: "工作机制", 名称或内容: "建立路口文明交通劝导责任制" }], 活动台账: [{ 日期: "2025-06-01", 活动名称: "文明交通宣传", 活动类型: "宣传教育", 参与数量: 300, 单位: "人次" }] },
  }, "交警.xlsx");
  const next = join(dirname(file), "交警2026.xlsx");
  expect((await cli("next", file, "-o", next)).code).toBe(0);
  const text = (await cli("summarize", next, "--force", "--text", "-")).out;
  expect(text).toContain("继续落实路口文明交通劝导责任制");
  expect(text).not.toContain("建立路口");
});
