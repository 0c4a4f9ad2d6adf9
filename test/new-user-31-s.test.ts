/**
 * New-user test 31 (docs/new-user-test-pane-31.md), defects D8, D15, D18 and D19: a 表彰 told as 志愿服务, a 协调会 as
 * 学习培训, the earlier period's mixed units in the appendix, what was handed out, and a doubled word — each as the tester
 * typed it.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

const community = { 单位名称: "桂花巷社区居民委员会", 单位简称: "桂花巷社区", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" } as const;

it("D15: a hospital's 护士节表彰 typed 其他 is an award meeting told with its 最美医生, never appended to 志愿服务", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "某区人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      先进典型: [{ 荣誉名称: "最美医生", 级别: "市", 人数: 2 }],
      活动台账: [
        { 日期: "2025-03-05", 活动名称: "学雷锋义诊进社区", 活动类型: "志愿服务", 地点: "某社区", 参与数量: 200, 单位: "人次" },
        { 日期: "2025-05-12", 活动名称: "护士节表彰", 活动类型: "其他", 参与数量: 100, 单位: "人" },
      ],
    },
  });
  expect(text).toContain("　　二是表彰激励。5月12日召开护士节表彰会，100人参加。\n");
  expect(text).toContain("3月5日在某社区开展“学雷锋义诊进社区”志愿服务活动，参与200人次。\n");
  expect(text).not.toMatch(/“护士节表彰”|此外/u);
});

it("D15: `年度表彰活动` is carried out and attended, `先进评选表彰` held as a meeting", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "某区人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      先进典型: [{ 荣誉名称: "最美医生", 级别: "市", 人数: 2 }],
      活动台账: [
        { 日期: "2025-12-20", 活动名称: "年度表彰活动", 活动类型: "其他", 参与数量: 300, 单位: "人" },
        { 日期: "2025-12-28", 活动名称: "先进评选表彰", 活动类型: "其他", 参与数量: 80, 单位: "人" },
      ],
    },
  });
  expect(text).toContain("12月20日开展年度表彰活动，300人参加；12月28日召开先进评选表彰会，80人参加。");
  expect(text).not.toMatch(/“年度表彰活动”|“先进评选表彰”/u);
});

it("D8: a 协调会 typed 会议培训 is 研究部署 (`召开加装电梯协调会，25人参加`), never 学习培训", async () => {
  const text = await summaryTextOf({
    profile: community,
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立社区创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-08" }],
      活动台账: [{ 日期: "2025-05-20", 活动名称: "加装电梯协调会", 活动类型: "会议培训", 参与数量: 25, 单位: "人" }],
    },
  });
  expect(text).toContain("　　二是研究部署。5月20日召开加装电梯协调会，25人参加。\n");
  expect(text).not.toMatch(/学习培训|“加装电梯协调会”/u);
});

it("D8: a 协调会 beside the unit's own 工作会议 is told with them, in the same point", async () => {
  const text = await summaryTextOf({
    profile: community,
    ledgers: {
      组织保障: [{ 事项类型: "工作会议", 名称或内容: "创文推进会", 数量: 30, 单位: "次" }],
      活动台账: [{ 日期: "2025-05-20", 活动名称: "加装电梯协调会", 活动类型: "会议培训", 参与数量: 25, 单位: "人" }],
    },
  });
  expect(text).toContain("一、加强组织领导，压实创建责任\n　　召开创文推进会30次。5月20日召开加装电梯协调会，25人参加。\n");
  expect(text).not.toContain("学习培训");
});

it("D8: the appendix gives each part of an earlier value in two units its own unit (`48处、20件`)", async () => {
  const file = await workbookFile({
    profile: { ...community, 报告期: "下半年" },
    ledgers: { 问题整改: [{ 问题类别: "乱张贴", 发现数: 30, 已整改数: 27, 单位: "处" }] },
    extraSheets: [{
      name: "上期指标", title: "上期指标（2025年上半年）",
      columns: [{ header: "项目" }, { header: "内容" }, { header: "" }, { header: "" }],
      rows: [
        ["单位名称", "桂花巷社区居民委员会", null, null], ["报告年度", 2025, null, null], ["报告期", "上半年", null, null], [null, null, null, null],
        ["指标", "数值", "单位", "约数"], ["发现问题数", 48, "处", null], ["发现问题数", 20, "件", null], ["已整改数", 42, "处", null], ["已整改数", 18, "件", null],
      ],
    }],
  }, "a-下半年.xlsx");
  const out = (await cli("summarize", file, "--force", "--appendix", "--text", "-")).out;
  expect(out).toContain("发现问题数\t30\t处\t48处、20件\t—\n");
  expect(out).toContain("已整改数\t27\t处\t42处、18件\t—\n");
});

it("D18: a leaflet or proposal handed out is said by what it is (`发放加装电梯政策明白纸2000份`), never by its type", async () => {
  const text = await summaryTextOf({
    profile: community,
    ledgers: {
      宣传投放: [
        { 类型: "公益广告", 位置或内容: "小区出入口及楼道", 数量: 120, 单位: "块", 方式: "新设" },
        { 类型: "宣传单", 位置或内容: "加装电梯政策明白纸", 数量: "两千", 单位: "份", 方式: "发放" },
      ],
    },
  });
  expect(text).toContain("在小区出入口及楼道设置公益广告120块，发放加装电梯政策明白纸2000份。");
  const proposal = await summaryTextOf({
    profile: community,
    ledgers: { 宣传投放: [{ 类型: "倡议书", 位置或内容: "发放文明养犬倡议书", 数量: 2000, 单位: "份", 方式: "发放" }] },
  });
  expect(proposal).toContain("发放文明养犬倡议书2000份。");
  expect(`${text}${proposal}`).not.toMatch(/发放宣传单|发放倡议书|发放发放/u);
});

it("D19: `文明交通劝导活动活动` gets a text.doubled-word 提示 naming the cell and the name once", async () => {
  const file = await workbookFile({
    profile: community,
    ledgers: { 活动台账: [{ 日期: "2025-04-12", 活动名称: "文明交通劝导活动活动", 活动类型: "志愿服务", 参与数量: 35, 单位: "人" }] },
  });
  const out = (await cli("check", file)).out;
  expect(out.split("\n").filter((l) => l.includes("text.doubled-word"))).toEqual([
    "提示 活动台账!B3 [text.doubled-word] “文明交通劝导活动活动”末尾的“活动”重复了，总结会照原样写出；请改为“文明交通劝导活动”。",
  ]);
  const clean = await workbookFile({
    profile: community,
    ledgers: { 活动台账: [{ 日期: "2025-04-12", 活动名称: "“文明交通”劝导活动", 活动类型: "志愿服务", 参与数量: 35, 单位: "人" }] },
  });
  expect((await cli("check", clean)).out).not.toContain("text.doubled-word");
});

it("D19: 关爱帮扶 `开展入户走访` 300户 is said `入户走访群众300户`", async () => {
  const text = await summaryTextOf({
    profile: community,
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立社区创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-08" }],
      其他指标: [{ 板块: "关爱帮扶", 指标名称: "开展入户走访", 数值: 300, 单位: "户" }],
    },
  });
  expect(text).toContain("　　入户走访群众300户。\n");
  expect(text).not.toContain("开展入户走访");
});
