/**
 * New-user test 51 (docs/new-user-test-pane-51.md), staff's free text: D2 (a spoken 问题整改 备注 named the problem:
 * `线路私拉乱接、老旧小区多等问题`, `烟头问题`), D4 (a spoken 导语 printed as typed), D5 parts (`…南门菜市场轮流查开展`,
 * `…检修线路覆盖86户`, `等等问题`), D6 (spoken 简要内容 kept: `送了绿豆汤`, `包饺子，唱歌`, `帮居民检查线路`) and D10
 * (written facts called 口语: `合格率98%`, `摊位重新划线`, `藿香正气水`).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

/** The findings of `content` as `sheet!cell rule message`. */
async function findingsOf(content: WorkbookContent): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.message}`);
}

const power = { 单位名称: "县供电公司客户服务中心", 单位简称: "客服中心", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "上半年" } as const;
const health = { 单位名称: "城南社区卫生服务中心", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第四季度" } as const;
const market = { 单位名称: "县市场监督管理局", 单位类型: "机关", 报告年度: 2025, 报告期: "全年" } as const;
const union = { 单位名称: "县总工会", 单位类型: "机关", 报告年度: 2025, 报告期: "第三季度" } as const;
const village = { 单位名称: "南湖村村委会", 单位类型: "村", 报告年度: 2025, 报告期: "第三季度" } as const;

it("D2: a 备注 names only its problem: `线路私拉乱接 老旧小区多` → 线路私拉乱接问题; the cause is left out", async () => {
  const content = { profile: power, ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: "三十余", 已整改数: 28, 单位: "处", 备注: "线路私拉乱接 老旧小区多" }] } };
  const text = await summaryTextOf(content);
  expect(text).toContain("发现线路私拉乱接问题30余处，已整改28处。");
  expect(text).not.toContain("老旧小区多");
  expect((await findingsOf(content)).filter((f) => f.includes("rect.spoken-remark"))).toEqual([]);
});

it("D2: `院区有人在楼梯间抽烟 烟头 已处理` names 楼梯间吸烟, never `烟头问题`", async () => {
  const content = { profile: health, ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 15, 已整改数: "１５", 单位: "处", 备注: "院区有人在楼梯间抽烟 烟头 已处理" }] } };
  const text = await summaryTextOf(content);
  expect(text).toContain("2025年第四季度，城南社区卫生服务中心整改楼梯间吸烟问题15处。");
  // Conduct counted in 处 is a 问题, 整改-ed or 整治-ed (run-29 review, 材料1 item 1: 行为 is never counted in 处).
  expect(text).toContain("发现楼梯间吸烟问题15处，均已整改到位。");
  expect(text).not.toContain("烟头");
});

it("D4: a spoken 导语 is written (`我们中心…这个中心，把A和B结合起来`) and check says what is printed", async () => {
  const content = { profile: power, ledgers: { 文字材料: [{ 类型: "导语", 内容: "今年上半年我们中心围绕优质服务这个中心，把文明创建和供电服务结合起来，取得了一定成效。" }] } };
  const text = await summaryTextOf(content);
  expect(text).toContain("2025年上半年我中心围绕优质服务，将文明创建与供电服务相结合，取得了一定成效。");
  expect((await findingsOf(content)).filter((f) => f.includes("text.spoken"))).toEqual([
    "文字材料!B3 text.spoken 内容“今年上半年我们中心围绕优质服务这个中心，把文明创建和供电服务…（共43字）”中有口语说法，总结写作“今年上半年我中心围绕优质服务，将文明创建与供电服务相结合，取得了一定成效。”；请核对，或改成书面表述。",
  ]);
});

it("D5: `…南门菜市场轮流查` gives the places alone; `上门为孤寡老人检修线路` 86户 puts the figure before the group", async () => {
  const market51 = { profile: market, ledgers: { 组织保障: [{ 事项类型: "督查检查", 名称或内容: "农贸市场巡查", 数量: "一百二十", 单位: "次", 备注: "城东市场、城西市场、南门菜市场轮流查" }] } };
  const text = await summaryTextOf(market51);
  expect(text).toContain("在城东市场、城西市场和南门菜市场开展农贸市场巡查120次。");
  expect(text).not.toContain("轮流查");
  const households = await summaryTextOf({ profile: power, ledgers: { 其他指标: [{ 板块: "志愿服务", 指标名称: "上门为孤寡老人检修线路", 数值: 86, 单位: "户" }] } });
  expect(households).toContain("上门为86户孤寡老人检修线路。");
  expect(households).not.toContain("覆盖86户");
});

it("D6/D10: spoken 简要内容 said in written words; a rate, an action and an item of a list are kept", async () => {
  const union51 = { profile: union, ledgers: { 活动台账: [{ 日期: "2025-07-15", 活动名称: "“送清凉”慰问一线职工", 活动类型: "关爱帮扶", 参与数量: 1200, 单位: "人", 地点: "各建筑工地、环卫站", 简要内容: "给环卫工人送了绿豆汤 藿香正气水 花了大概3万多" }] } };
  expect(await summaryTextOf(union51)).toContain("开展“送清凉”慰问一线职工活动，为环卫工人送去绿豆汤、藿香正气水，参与1200人。");
  expect((await findingsOf(union51)).filter((f) => f.includes("text.placeholder")).map((f) => f.slice(0, 40))).toEqual(["活动台账!H3 text.placeholder “简要内容”中“花了大概3万多"]);
  const festival = await summaryTextOf({ profile: village, ledgers: { 活动台账: [{ 日期: "2025-09-06", 活动名称: "中秋“邻里一家亲”联欢会", 活动类型: "我们的节日", 参与数量: "百余", 单位: "人", 地点: "村文化礼堂", 简要内容: "包饺子 唱歌 陈书记讲话" }] } });
  expect(festival).toContain("9月6日在村文化礼堂举办中秋“邻里一家亲”联欢会，开展包饺子、文艺演出等活动，参与100余人。");
  expect(festival).not.toContain("陈书记");
  const power51 = { profile: power, ledgers: { 活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋电力志愿服务进社区", 活动类型: "志愿服务", 参与数量: "20人", 地点: "城南社区", 简要内容: "帮居民检查线路 换了好多灯泡 老王拍的照片在群里" }] } };
  expect(await summaryTextOf(power51)).toContain("开展“学雷锋电力志愿服务进社区”活动，为居民检查线路、更换灯泡，参与20人。");
  const market51: WorkbookContent = { profile: market, ledgers: { 活动台账: [
    { 日期: "2025-04-10", 活动名称: "农贸市场环境整治", 活动类型: "环境整治", 参与数量: 80, 单位: "人次", 地点: "城东农贸市场", 简要内容: "把市场里外打扫了一遍 摊位重新划线" },
    { 日期: "2025-10-20", 活动名称: "食品安全抽检", 活动类型: "其他", 地点: "城东农贸市场、城西农贸市场", 简要内容: "抽检蔬菜样品200批次 合格率98%" },
  ] } };
  const text = await summaryTextOf(market51);
  expect(text).toContain("4月10日在城东农贸市场对市场内外进行全面清扫，摊位重新划线，参与80人次。");
  expect(text).toContain("抽检蔬菜样品200批次，合格率98%。");
  expect((await findingsOf(market51)).filter((f) => f.includes("text.placeholder"))).toEqual([]);
});
