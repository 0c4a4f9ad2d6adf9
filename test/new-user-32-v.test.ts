/**
 * New-user test 32 (docs/new-user-test-pane-32.md), defects D1, D2, D3 and D8: each as the tester typed it.
 */
import { summaryTextOf } from "./support/summaries";

const community = { 单位名称: "青石桥社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" } as const;
const lineWith = (text: string, part: string): string => text.split("\n").find((l) => l.includes(part)) ?? "";

it("D1: a mechanism with a 频次 and no count says the work it sets (`每日开展督导`), never `坚持每日`", async () => {
  const mechanism = async (content: string, frequency: string, count?: number): Promise<string> =>
    lineWith(await summaryTextOf({ profile: community, ledgers: { 组织保障: [{ 事项类型: "工作机制", 名称或内容: content, 频次: frequency, ...(count ? { 数量: count, 单位: "次" } : {}), ...(count ? {} : { 日期: "2025-02-01" }) }] } }), content);
  const said = await Promise.all([
    mechanism("建立垃圾分类督导员包楼制度", "每日"),
    mechanism("网格巡查制度", "每周", 26),
    mechanism("创文例会制度", "每月", 6),
    mechanism("门前三包责任制度", "每日"),
    mechanism("楼道值守机制", "每周"),
    mechanism("青年志愿者“周末创文”值守机制", "每周1次", 26),
    mechanism("创文例会制度", "每月一次"),
  ]);
  expect(said).toEqual([
    "　　建立垃圾分类督导员包楼制度，每日开展督导。",
    "　　建立网格巡查制度，每周开展巡查，累计巡查26次。",
    "　　建立创文例会制度，每月召开例会，累计召开6次。",
    "　　建立门前三包责任制度，每日落实。",
    "　　建立楼道值守机制，每周在岗值守。",
    "　　建立青年志愿者“周末创文”值守机制，坚持每周值守1次，累计26次。",
    "　　建立创文例会制度，坚持每月召开例会1次。",
  ]);
  for (const line of said) expect(line).not.toMatch(/坚持每[日周月]。/u);
});

const problems: Record<string, string | number>[] = [
  { 问题类别: "乱张贴", 发现数: 58, 已整改数: 55, 单位: "处" },
  { 问题类别: "其他", 发现数: 30, 已整改数: 28, 单位: "处", 备注: "不文明养犬（未拴绳）" },
  { 问题类别: "卫生死角", 发现数: "约40", 已整改数: 38, 单位: "处" },
];

it("D2, D3: inside `二是……` the open problems are joined by `，`, the figures in one clause and the rest form last; 其他 is named by its 备注", async () => {
  const text = await summaryTextOf({ profile: community, ledgers: {
    问题整改: problems,
    文字材料: [{ 类型: "存在不足", 内容: "部分居民分类习惯尚未养成" }],
  } });
  expect(lineWith(text, "一是部分居民")).toBe("　　一是部分居民分类习惯尚未养成；二是乱张贴尚有3处、不文明养犬2处未整改到位，卫生死角约40处中已整改38处，其余尚未整改到位，需持续跟进。");
  expect(text).toContain("累计排查发现各类问题约128处，已整改121处。其中清理乱张贴55处、卫生死角38处，整治不文明养犬28处。");
  expect(text).not.toMatch(/其他问题|未拴绳/u);
});

it("D3: a village's 其他 with 备注 `房前屋后乱堆放` is named by it", async () => {
  const text = await summaryTextOf({ profile: { 单位名称: "柳塘村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "下半年" }, ledgers: {
    问题整改: [{ 问题类别: "其他", 发现数: 45, 已整改数: 45, 单位: "处", 备注: "房前屋后乱堆放" }, { 问题类别: "违章搭建", 发现数: 5, 已整改数: 3, 单位: "处" }],
  } });
  expect(text).toContain("其中整治房前屋后乱堆放45处，拆除违章搭建3处。");
});

it("D8: a 派出所's lone 其他 figure joins the opening's list: one sentence of the period, no second `上半年共`", async () => {
  const text = await summaryTextOf({ profile: { 单位名称: "城东派出所", 单位类型: "其他", 报告年度: 2025, 报告期: "上半年" }, ledgers: {
    组织保障: [{ 事项类型: "工作机制", 名称或内容: "窗口“好差评”制度", 日期: "2025-01-01" }],
    宣传投放: [{ 类型: "宣传单", 位置或内容: "反诈宣传资料", 数量: 5000, 单位: "份", 方式: "发放", 日期: "2025-03-15" }],
    问题整改: [{ 问题类别: "其他", 发现数: 12, 已整改数: 12, 单位: "件", 备注: "群众投诉" }],
    活动台账: [{ 日期: "2025-03-15", 活动名称: "反诈宣传进社区", 活动类型: "宣传教育", 参与数量: 300, 单位: "人次" }],
    其他指标: [{ 板块: "其他", 指标名称: "办理户籍业务", 数值: 3600, 单位: "件", 表述: "余" }],
  } });
  expect(text.split("\n")[2]).toBe("　　2025年上半年，城东派出所办理户籍业务3600余件，办结群众投诉12件。现将有关情况总结如下。");
});
