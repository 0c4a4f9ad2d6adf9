/**
 * New-user test 42 (docs/new-user-test-42 report): defects D27–D31, each as the tester typed it.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";

const community = { 单位名称: "阳光社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "全年", 常住人口: 6000 };

it("D27: names of 独居老人 in a 指标名称, and a colleague's nickname in a 工作亮点, are told and never printed", async () => {
  const file = await workbookFile({
    profile: community,
    ledgers: {
      其他指标: [{ 板块: "关爱帮扶", 指标名称: "走访独居老人（王秀英、李桂兰等）", 数值: 12, 单位: "户" }],
      文字材料: [
        { 类型: "工作亮点", 内容: "网格员小陈（手机13900002222）每天巡查，居民称她“陈姐”" },
        { 类型: "存在不足", 内容: "楼栋长老李经常帮忙，大家都叫他“李叔”。" },
      ],
    },
  });
  const check = (await cli("check", file)).out.split("\n").filter((l) => l.includes("[value.personal]"));
  expect(check).toEqual([
    "提示 其他指标!B3 [value.personal] “指标名称”中有个人姓名或称呼“王秀英、李桂兰”，总结不会写出这一部分；个人信息请不要填在这一列。",
    "提示 文字材料!B3 [value.personal] “内容”中有电话号码、身份证号或联系人，总结不会写出这一部分；个人信息请不要填在这一列。",
    "提示 文字材料!B4 [value.personal] “内容”中有个人姓名或称呼“老李、李叔”，总结不会写出这一部分；个人信息请不要填在这一列。",
  ]);
  const text = (await cli("summarize", file, "--text", "-")).out;
  expect(text).toContain("走访独居老人12户。");
  expect(text).toContain("　　网格员每天巡查。");
  // `楼栋长老李经常帮忙，大家都叫他“李叔”。` is spoken (大家都叫他) and calls a colleague by nickname: left out whole, with its
  // 提示 (new-user test 44, D3), never the fragment `楼栋长经常帮忙` as a 不足.
  expect(text).not.toContain("经常帮忙");
  expect(text).not.toMatch(/王秀英|李桂兰|小陈|陈姐|老李|李叔|13900002222/u);
});

it("D28: 高龄老人 is a group, never a name: kept in the text, only 张大爷、刘奶奶 told", async () => {
  const file = await workbookFile({
    profile: community,
    ledgers: { 活动台账: [{ 日期: "2025-10-29", 活动名称: "重阳节慰问", 活动类型: "我们的节日", 参与数量: 30, 单位: "人", 简要内容: "走访高龄老人，小区东门张大爷、刘奶奶" }] },
  });
  expect((await cli("check", file)).out.split("\n").filter((l) => l.includes("[value.personal]"))).toEqual([
    "提示 活动台账!H3 [value.personal] “简要内容”中有个人姓名或称呼“张大爷、刘奶奶”，总结不会写出这一部分；个人信息请不要填在这一列。",
  ]);
  const text = (await cli("summarize", file, "--text", "-")).out;
  expect(text).toContain("10月29日开展“重阳节慰问”活动，走访高龄老人，参与30人。");
  expect(text).not.toMatch(/张大爷|刘奶奶/u);
});

it("D29: a % 指标名称 that names no rate is told; a national title keeps 全国 inside its quotes", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "城南区燃气公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      先进典型: [{ 荣誉名称: "劳动模范", 级别: "全国", 人数: 1 }, { 荣誉名称: "最美燃气人", 级别: "省", 人数: 2 }],
      其他指标: [{ 板块: "其他", 指标名称: "抢修响应", 数值: 100, 单位: "%" }, { 板块: "其他", 指标名称: "客户满意度", 数值: 98, 单位: "%" }],
    },
  });
  expect((await cli("check", file)).out.split("\n").filter((l) => l.includes("[figure.percent-unnamed]"))).toEqual([
    "提示 其他指标!B3 [figure.percent-unnamed] 指标名称“抢修响应”以%计，请写明是什么比率（如“抢修响应率”）。",
  ]);
  const text = (await cli("summarize", file, "--text", "-")).out;
  expect(text).toContain("1人获评“全国劳动模范”，2人获评省级“最美燃气人”");
});

it("D30: a doubled comma is typed once, a word of 3–4 characters typed twice is said once and told", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "城南区司法局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "第二季度" },
    ledgers: { 文字材料: [
      { 类型: "导语", 内容: "本季度，我局紧紧围绕创文工作要求，，进一步进一步压实责任。。" },
      { 类型: "下一步打算", 内容: "谢谢大家，继续做好普法宣传。" },
    ] },
  });
  const check = (await cli("check", file)).out.split("\n").filter((l) => l.includes("-word]"));
  expect(check).toEqual(["提示 文字材料!B3 [text.repeated-word] “内容”中“进一步进一步”重复了，总结只写一次“进一步”；请改为“进一步”。"]);
  const text = (await cli("summarize", file, "--text", "-")).out;
  expect(text).toContain("　　本季度，我局紧紧围绕创文工作要求，进一步压实责任。现将有关情况总结如下。");
  expect(text).toContain("谢谢大家");
});

it("D31: a frequency counted in 期 is compared with a total in 次: told, and only the total is written", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "福园社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 组织保障: [{ 事项类型: "其他", 名称或内容: "楼栋长例会", 数量: 30, 单位: "次", 频次: "每月2期" }] },
  });
  expect((await cli("check", file)).out.split("\n").filter((l) => l.includes("[value.frequency-total]"))).toEqual([
    "提示 组织保障!C3 [value.frequency-total] 频次“每月2期”在报告期（约6个月）内约为12次，与填写的30次不符，总结只写累计的30次，不写频次；请核对频次或数量。",
  ]);
  const text = (await cli("summarize", file, "--text", "-")).out;
  expect(text).toContain("累计召开楼栋长例会30次");
  expect(text).not.toContain("每月");
});
