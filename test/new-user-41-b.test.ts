/**
 * New-user test 41 (docs/new-user-test-pane-41.md): the 组织保障 defects D3, D7, D8 and D16, each as the tester typed it.
 */
import { summaryTextOf } from "./support/summaries";

type Org = Record<string, string | number>;
const unit = (organization: Org[], type = "社区", name = "机床厂社区居委会", period = "上半年") => ({
  profile: { 单位名称: name, 单位类型: type, 报告年度: 2025, 报告期: period },
  ledgers: { 组织保障: organization },
});
/** The paragraph of the text that holds `marker`. */
const lineOf = (text: string, marker: string): string => text.split("\n").find((l) => l.includes(marker))?.trim() ?? text;

it("D3: a count after a clause that counts one per something takes `，共` (每个楼道选一名楼道长，共86人)", async () => {
  const text = await summaryTextOf(unit([{ 事项类型: "工作机制", 名称或内容: "楼道长制度，每个楼道选一名楼道长", 数量: 86, 单位: "人", 备注: "老厂职工为主" }]));
  expect(lineOf(text, "楼道长")).toBe("落实楼道长制度，每个楼道选一名楼道长，共86人。");
});

it("D3: a meeting typed under 其他 (`老旧小区改造协调会` 3次 每月) is held: 累计召开……3次, never the verbless 累计老旧小区改造协调会3次", async () => {
  const text = await summaryTextOf(unit([
    { 事项类型: "其他", 名称或内容: "老旧小区改造协调会", 数量: "３", 单位: "次", 频次: "每月", 备注: "跟住建那边对接" },
    { 事项类型: "其他", 名称或内容: "入户走访", 数量: 100, 单位: "次" },
  ]));
  expect(lineOf(text, "协调会")).toBe("累计召开老旧小区改造协调会3次，入户走访100次。");
  const alone = await summaryTextOf(unit([{ 事项类型: "其他", 名称或内容: "街道文明创建座谈会", 数量: 2, 单位: "次" }]));
  expect(alone).toContain("召开街道文明创建座谈会2次。");
});

it("D7: a post counted in 处 is set up with its count, its 频次 said as typed (`设置文明交通劝导岗12处，每天早晚高峰上岗劝导`)", async () => {
  const text = await summaryTextOf(unit([
    { 事项类型: "工作机制", 名称或内容: "网格化管理，划分网格", 数量: 126, 单位: "个" },
    { 事项类型: "其他", 名称或内容: "文明交通劝导岗", 数量: 12, 单位: "处", 频次: "每天早晚高峰" },
  ], "街道", "东风街道办事处", "下半年"));
  expect(text).toContain("推行网格化管理，划分网格126个。");
  expect(text).toContain("设置文明交通劝导岗12处，每天早晚高峰上岗劝导。");
  expect(text).not.toMatch(/建立网格化|累计开展12处|每日文明交通/u);
});

it("D8: a 家长学校 is held each term, a 课 is given, and a name closing with its action (创建) is said verb first", async () => {
  const school = await summaryTextOf(unit([
    { 事项类型: "工作机制", 名称或内容: "家长学校", 数量: 2, 单位: "次", 频次: "每学期" },
    { 事项类型: "其他", 名称或内容: "心理健康教育课", 数量: 36, 单位: "次" },
  ], "学校", "市第十二中学", "全年"));
  expect(lineOf(school, "家长学校")).toBe("一是完善机制。坚持每学期举办家长学校，累计举办2次。");
  expect(school).toContain("开设心理健康教育课36节");
  const agency = await summaryTextOf(unit([
    { 事项类型: "共建单位", 名称或内容: "结对社区", 数量: 2, 单位: "个" },
    { 事项类型: "其他", 名称或内容: "办税服务厅文明窗口创建", 数量: 3, 单位: "个" },
    { 事项类型: "其他", 名称或内容: "系统内业务培训", 数量: 5, 单位: "次" },
  ], "机关部门", "国家税务总局城南区税务局", "第二季度"));
  expect(agency).toContain("与2个社区结对共建。");
  expect(agency).toContain("创建办税服务厅文明窗口3个，开展系统内业务培训5次。");
});

it("D16: a carried partnership that names some of its partners keeps them before the count (继续与A、B、C等5家单位结对共建)", async () => {
  const text = await summaryTextOf(unit([
    { 事项类型: "工作机制", 名称或内容: "楼道长制度，每个楼道选一名楼道长", 数量: 86, 单位: "人", 日期: "2025-02-10" },
    { 事项类型: "共建单位", 名称或内容: "原机床厂、物业公司、辖区幼儿园", 数量: 5, 单位: "家", 日期: "2025-02-10" },
  ], "社区", "机床厂社区居委会", "下半年"));
  expect(text).toContain("继续落实楼道长制度，每个楼道选一名楼道长，共86人。");
  expect(text).toContain("继续与原机床厂、物业公司、辖区幼儿园等5家单位结对共建。");
  const all = await summaryTextOf(unit([{ 事项类型: "共建单位", 名称或内容: "原机床厂、物业公司", 数量: 2, 单位: "家", 日期: "2025-02-10" }], "社区", "机床厂社区居委会", "下半年"));
  expect(all).toContain("继续与原机床厂、物业公司结对共建。");
});

it("D7, D8: the same rules for other posts and classes — a point with a plain 频次, a 讲堂 held, a 重点 no post", async () => {
  const text = await summaryTextOf(unit([
    { 事项类型: "其他", 名称或内容: "垃圾分类督导点", 数量: 20, 单位: "个", 频次: "每日" },
    { 事项类型: "其他", 名称或内容: "整治重点", 数量: 5, 单位: "个" },
    { 事项类型: "其他", 名称或内容: "道德讲堂", 数量: 4, 单位: "次" },
  ]));
  expect(text).toContain("设置垃圾分类督导点20个，每日开展督导；");
  expect(text).toContain("举办道德讲堂4次。");
  expect(text).not.toContain("设置整治重点");
});
