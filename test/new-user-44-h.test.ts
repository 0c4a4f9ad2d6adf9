/** @jest-environment node */
/**
 * New-user test 44 (docs/new-user-test-pane-44.md), D3 and D8: spoken 文字材料 (导语, 工作亮点, 存在不足, 落实情况) and
 * spoken 简要内容 clauses, each as the tester typed it. A spoken sentence of 文字材料, or one that names a person by a
 * nickname (`老刘`), is left out of the summary with a 提示 at its cell; a spoken 简要内容 clause is left out or written.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { spokenSentences } from "../src/core/facts/remark";
import { summaryTextOf } from "./support/summaries";

/** The findings of `content` of one rule as `sheet!cell message`. */
async function findingsOf(content: WorkbookContent, rule: string): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);
}

const market = { 单位名称: "城西农贸市场管理办公室", 单位类型: "企事业单位", 上级指导单位: "区市场监管局", 报告年度: 2025, 报告期: "上半年" } as const;
const community = { 单位名称: "老城社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年", 户数: 2000, 常住人口: 6800 } as const;

it("D3: the market's spoken 导语, 亮点 and 不足 (with 老刘) are left out, each with a 提示 that names the sentence", async () => {
  const content: WorkbookContent = {
    profile: market,
    ledgers: {
      问题整改: [{ 问题类别: "占道经营", 发现数: 60, 已整改数: 58, 单位: "处" }],
      文字材料: [
        { 类型: "导语", 内容: "今年上半年呢，我们市场在上级的关心下，创文工作搞得还可以" },
        { 类型: "工作亮点", 内容: "推行“红黑榜”，每月评一次，效果蛮好的" },
        { 类型: "存在不足", 内容: "部分摊主（特别是老刘那几家）文明经营意识不强，活禽区异味还是大" },
        { 类型: "下一步打算", 内容: "继续抓好活禽区管理，争取年底前完成改造" },
      ],
    },
  };
  const text = await summaryTextOf(content);
  for (const spoken of ["呢", "搞得", "还可以", "蛮好", "老刘", "那几家", "还是大"]) expect(text).not.toContain(spoken);
  // The opening is the generated one; the 亮点 keeps its written head, only the spoken tail goes (new-user test 50, D10);
  // 不足 keeps what the data shows.
  expect(text).toContain("　　2025年上半年，城西农贸市场管理办公室在区市场监管局的指导下");
  expect(text).toContain("打造创建亮点\n　　推行“红黑榜”，每月评一次。\n");
  expect(text).toContain("存在的不足\n　　占道经营60处中尚有2处未整改到位，需持续跟进。");
  expect(text).toContain("继续抓好活禽区管理，争取年底前完成改造。");
  expect(await findingsOf(content, "text.spoken")).toEqual([
    "文字材料!B3 内容中“今年上半年呢，我们市场在上级的关心下，创文工作搞得还可以”是口语说法，总结不写这一句；请改写成书面表述。",
    "文字材料!B4 内容中“效果蛮好的”是口语说法，总结不写这部分，这一句只写“推行“红黑榜”，每月评一次”；请改写成书面表述。",
    "文字材料!B5 内容中“部分摊主（特别是老刘那几家）文明经营意识不强，活禽区异味还是大”用称呼或姓氏指人，总结不写这一句；请改写成书面表述，不写个人的姓名或称呼。",
  ]);
});

it("D3: only the spoken sentence of a cell is left out; written ones stay as typed", async () => {
  const content: WorkbookContent = {
    profile: { 单位名称: "城北派出所", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      活动台账: [{ 日期: "2025-05-20", 活动名称: "反诈宣传进校园", 活动类型: "宣传教育", 参与数量: 1200, 单位: "人" }],
      文字材料: [
        { 类型: "导语", 内容: "今年以来，所里按照分局的部署，把创文和平安建设结合起来抓" },
        { 类型: "工作亮点", 内容: "“警格+网格”双网融合，辖区电诈发案同比下降35%。推行警民恳谈，效果挺好的。" },
        { 类型: "存在不足", 内容: "警力不足，一个社区民警要管好几个小区" },
        { 类型: "存在不足", 内容: "个别民警服务意识有待加强" },
      ],
    },
  };
  const text = await summaryTextOf(content);
  expect(text).not.toContain("所里");
  expect(text).not.toContain("结合起来抓");
  // Only the spoken tail of `推行警民恳谈，效果挺好的。` goes (new-user test 50, D10).
  expect(text).toContain("“警格+网格”双网融合，辖区电诈发案同比下降35%。推行警民恳谈。\n");
  expect(text).not.toContain("效果挺好");
  expect(text).not.toContain("好几个");
  expect(text).toContain("个别民警服务意识有待加强。");
  expect(await findingsOf(content, "text.spoken")).toEqual([
    "文字材料!B3 内容中“今年以来，所里按照分局的部署，把创文和平安建设结合起来抓”是口语说法，总结不写这一句；请改写成书面表述。",
    "文字材料!B4 内容中“效果挺好的”是口语说法，总结不写这部分，这一句只写“推行警民恳谈”；请改写成书面表述。",
    "文字材料!B5 内容中“一个社区民警要管好几个小区”是口语说法，总结不写这部分，这一句只写“警力不足”；请改写成书面表述。",
  ]);
});

it("D3: the class of spoken 亮点, 不足 and 落实情况 the tester saw is left out; written points are kept", async () => {
  const spoken = ["老旧小区改造和创文结合起来搞，居民满意度高", "违章搭建还有6处没拆，难度大", "节假日游客太多，垃圾清不过来", "家长学校办了两期，家长参与率达到90%以上", "把红白理事会搞起来"];
  const written = ["本学期，我校坚持立德树人", "推进“厕所革命”，改造旅游厕所6座", "国庆黄金周前再增加保洁人员20名", "个别学生行为习惯还要加强", "继续办好家长学校"];
  const text = await summaryTextOf({
    profile: community,
    ledgers: {
      文字材料: [
        ...spoken.map((内容, i) => ({ 类型: ["工作亮点", "存在不足", "存在不足", "工作亮点", "下一步打算"][i], 内容 })),
        ...written.map((内容, i) => ({ 类型: ["导语", "工作亮点", "下一步打算", "存在不足", "下一步打算"][i], 内容 })),
        { 类型: "上期打算", 内容: "完成剩余违建拆除", 落实情况: "本期拆了4处，还剩2处在走法律程序" },
        { 类型: "上期打算", 内容: "推进第二批老旧小区改造", 落实情况: "第二批3个小区已开工" },
      ],
    },
  });
  for (const s of spoken) expect(text).not.toContain(s.split("，")[0]);
  for (const w of written) expect(text).toContain(w);
  expect(text).not.toContain("拆了4处");
  expect(text).toContain("针对上期提出的“推进第二批老旧小区改造”，本期第二批3个小区已开工");
});

it("D8: spoken 简要内容 clauses are left out or written (`十几车`, `请了`, `大家对…`, `发传单`, `捡垃圾`)", async () => {
  const content: WorkbookContent = {
    profile: community,
    ledgers: {
      活动台账: [
        { 日期: "2025-05-10", 活动名称: "楼道清理大行动", 活动类型: "环境整治", 参与数量: 200, 单位: "人次", 简要内容: "清理楼道堆物，清出垃圾十几车" },
        { 日期: "2025-04-20", 活动名称: "老旧小区改造议事会", 活动类型: "会议培训", 参与数量: 40, 单位: "人", 简要内容: "开了个会，大家对加装电梯意见比较大" },
        { 日期: "2025-03-15", 活动名称: "3·15消费者权益日宣传", 活动类型: "宣传教育", 参与数量: 300, 单位: "人次", 简要内容: "发传单，现场咨询" },
        { 日期: "2025-06-10", 活动名称: "家长学校第一讲", 活动类型: "宣传教育", 参与数量: 600, 单位: "人", 简要内容: "请了心理老师讲青春期沟通，家长听得很认真" },
        { 日期: "2025-06-20", 活动名称: "清山行动", 活动类型: "环境整治", 参与数量: 80, 单位: "人", 简要内容: "捡垃圾 烟头 塑料瓶 一共清理了两吨多" },
        { 日期: "2025-06-25", 活动名称: "消防安全进楼道", 活动类型: "宣传教育", 参与数量: 120, 单位: "人次", 简要内容: "老楼道消防通道清理，讲解灭火器使用" },
      ],
    },
  };
  const text = await summaryTextOf(content);
  for (const spoken of ["十几车", "大家", "请了", "发传单", "捡垃圾", "听得"]) expect(text).not.toContain(spoken);
  expect(text).toContain("开展“楼道清理大行动”，清理楼道堆物，参与200人次");
  expect(text).toContain("发放宣传单，现场咨询");
  expect(text).toContain("6月20日开展“清山行动”，捡拾垃圾，参与80人");
  expect(text).toContain("清理老楼道消防通道，讲解灭火器使用");
  expect((await findingsOf(content, "text.placeholder")).filter((f) => /^活动台账!H[346] /u.test(f))).toEqual([
    "活动台账!H3 “简要内容”中“清出垃圾十几车”是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。",
    "活动台账!H4 “简要内容”中“开了个会”“大家对加装电梯意见比较大”是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。",
    "活动台账!H6 “简要内容”中“请了心理老师讲青春期沟通”“家长听得很认真”是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。",
  ]);
});

it("D3: written 文字材料 is never taken for spoken (召开了, 做了大量工作, 没收, 维修了, 十几年如一日, 野蛮装卸)", () => {
  const written = [
    "社区召开了创文动员大会，部署全年工作。", "社区干部做了大量工作。", "依法没收经营工具", "维修了路灯15盏", "邀请了专家授课",
    "十几年如一日守护社区", "野蛮装卸现象得到遏制", "通过小程序受理群众诉求", "全年未发生一起安全事故",
  ];
  for (const w of written) expect(spokenSentences(w)).toEqual({ kept: w, left: [] });
  expect(spokenSentences("推行“红黑榜”。效果蛮好的。")).toEqual({ kept: "推行“红黑榜”。", left: [{ text: "效果蛮好的。", why: "口语" }] });
});
