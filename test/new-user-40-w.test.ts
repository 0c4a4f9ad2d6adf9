/**
 * New-user test 40 (docs/new-user-test-pane-40.md): how 其他指标 rows are phrased (D3, D6, D7, D13, D22) and which figures
 * the 导语 of a 企事业单位 leads with (D18), each as the tester typed it.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { rolledUpText } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

type Row = Record<string, string | number>;
const unitWith = (rows: Row[], type = "社区", name = "望江社区居委会"): Parameters<typeof summaryTextOf>[0] => ({
  profile: { 单位名称: name, 单位类型: type, 报告年度: 2025, 报告期: "上半年" },
  ledgers: { 其他指标: rows },
});

it("D6: a name ending in its own measure word drops it: 抽检食品1.2万批次, in the body and in the opening", async () => {
  const text = await summaryTextOf(unitWith([{ 板块: "其他", 指标名称: "抽检食品批次", 数值: "1.2万", 单位: "批次" }, { 板块: "其他", 指标名称: "约谈经营户", 数值: "百余", 单位: "户" }], "机关部门", "城南区市场监督管理局"));
  // A body this short that opens a sentence with the headline tells it once, there (new-user test 43, D19: each figure once).
  expect(text).toContain("2025年上半年，城南区市场监督管理局开展创建工作。现将有关情况总结如下。");
  expect(text).toContain("抽检食品1.2万批次，约谈经营户100余户。");
  expect(text.match(/抽检食品1\.2万批次/gu)).toHaveLength(1);
  // Beside a longer sentence of the body the opening leads with it, the measure word dropped there as well.
  const longer = await summaryTextOf(unitWith([{ 板块: "其他", 指标名称: "抽检食品批次", 数值: "1.2万", 单位: "批次" }, { 板块: "其他", 指标名称: "约谈经营户", 数值: "百余", 单位: "户" }, { 板块: "其他", 指标名称: "检查经营主体", 数值: 800, 单位: "家" }], "机关部门", "城南区市场监督管理局"));
  expect(longer).toMatch(/城南区市场监督管理局[^。]*抽检食品1\.2万批次/u);
  expect(text).not.toContain("批次1.2万批次");
});

it("D7: a name that already holds its verb (上岗, 值守) takes no 开展: 护学岗上岗65次", async () => {
  const text = await summaryTextOf(unitWith([{ 板块: "其他", 指标名称: "护学岗上岗", 数值: 65, 单位: "次" }, { 板块: "其他", 指标名称: "文明创建宣传", 数值: 10, 单位: "次" }], "学校", "城南实验小学"));
  expect(text).toContain("护学岗上岗65次。");
  expect(text).not.toContain("开展护学岗上岗");
  expect(text).toContain("开展文明创建宣传10次。");
  // With a 频次 the total is said after it, still without 开展.
  const weekly = await summaryTextOf(unitWith([{ 板块: "其他", 指标名称: "护学岗上岗", 数值: 26, 单位: "次", 频次: "每周" }], "学校", "城南实验小学"));
  expect(weekly).toContain("坚持每周护学岗上岗，累计26次。");
});

it("D22: a spoken verb with 了 (装了充电桩) is said as the written verb, no frame verb before it: 安装充电桩24个", async () => {
  const text = await summaryTextOf(unitWith([{ 板块: "环境整治", 指标名称: "装了充电桩", 数值: 24, 单位: "个" }, { 板块: "其他", 指标名称: "搞了邻里活动", 数值: 3, 单位: "场" }]));
  expect(text).toContain("安装充电桩24个。");
  expect(text).toContain("开展邻里活动3场。");
  expect(text).not.toMatch(/装了|搞了|配备装/u);
});

it("D13: 覆盖 only before a work that reaches households, never after a task noun: 完成改厕30户, 为56户星级文明户挂牌", async () => {
  const text = await summaryTextOf(unitWith([{ 板块: "环境整治", 指标名称: "改厕", 数值: "三十", 单位: "户" }, { 板块: "环境整治", 指标名称: "垃圾分类宣传", 数值: 500, 单位: "户" }, { 板块: "其他", 指标名称: "星级文明户挂牌", 数值: 56, 单位: "户" }], "村", "柳塘村村民委员会"));
  expect(text).toContain("完成改厕30户，垃圾分类宣传覆盖500户。");
  expect(text).toContain("为56户星级文明户挂牌。");
  expect(text).not.toMatch(/改厕覆盖|挂牌覆盖/u);
  const town = await rolledUpText("青石镇人民政府", "乡镇", [
    ["柳塘村村民委员会", "村", { 其他指标: [{ 板块: "其他", 指标名称: "星级文明户挂牌", 数值: 56, 单位: "户" }] }],
    ["石桥村村民委员会", "村", { 其他指标: [{ 板块: "环境整治", 指标名称: "改厕", 数值: "三十", 单位: "户" }] }],
  ]);
  expect(town).toContain("石桥村完成改厕30户。");
  expect(town).toContain("柳塘村为56户星级文明户挂牌。");
});

it("D3: money beside a work is what was invested in it — the text and the check say the same", async () => {
  const file = await workbookFile(unitWith([{ 板块: "环境整治", 指标名称: "新增电动车集中充电桩", 数值: "1.5万", 单位: "元", 备注: "其实是投资额" }, { 板块: "环境整治", 指标名称: "安装高空抛物监控探头", 数值: 42, 单位: "个" }], "社区", "锦绣华庭社区居委会"));
  expect((await cli("check", file)).out).toContain("提示 其他指标!D3 [value.measure-word] 其他指标D3的单位“元”是金额，总结中按投入金额写作“投入……元新增电动车集中充电桩”；如填的是“新增电动车集中充电桩”的数量，请把单位改为“个”。");
  const text = (await cli("summarize", file, "--text", "-")).out;
  expect(text).toContain("投入1.5万元新增电动车集中充电桩，安装高空抛物监控探头42个。");
  expect(text).not.toContain("新增电动车集中充电桩1.5万元");
});

it("D18: a service centre's opening leads with its business, its complaint said as the complaints of that kind", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城南区政务服务中心", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第一季度" },
    ledgers: {
      问题整改: [{ 问题类别: "其他", 发现数: 6, 已整改数: 6, 单位: "件", 备注: "群众投诉窗口态度不好" }],
      其他指标: [{ 板块: "其他", 指标名称: "办理业务", 数值: "3.6万", 单位: "件" }, { 板块: "其他", 指标名称: "群众满意率", 数值: 99.8, 单位: "%" }],
    },
  });
  expect(text).toContain("2025年第一季度，城南区政务服务中心办理业务3.6万件，办结窗口服务态度投诉6件。现将有关情况总结如下。");
  expect(text).toContain("受理窗口服务态度投诉6件，均已办结。");
  expect(text).not.toContain("态度不好");
});
