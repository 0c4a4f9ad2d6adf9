/**
 * New-user test 47 (docs/new-user-test-pane-47.md), D3 D4 D5 D6 D12 (and new-user test 45, D15): a figure said once, in
 * its place, with a verb.
 * - D3: a 简要内容 that states the 参与数量 (`1.2万人次`) takes no tail; its Chinese-numeral figures are digits (`300余人`).
 * - D4: a 其他指标 that counts a 问题整改 row again (`整治出租车拒载` 8起) is told once, by the problems' sentence.
 * - D5: documents counted (`责任书` 120份) follow the work, never `涉及单位120份`.
 * - D6: a spot set up is 设置-ed; 入驻商户 is the unit's profile; `XX：` is a label; `……名单曝光` is said verb first.
 * - D12 / 45 D15: an honour a 落实情况 states with its figure is told there only; `已评出` takes no `本期`.
 */
import { summaryTextOf } from "./support/summaries";

const bus = { 单位名称: "某某市长途汽车客运站", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第四季度" };
const mall = { 单位名称: "万达广场购物中心", 单位类型: "企事业单位", 上级指导单位: "区商务局", 报告年度: 2025, 报告期: "上半年" };
const court = { 单位名称: "某某县人民法院", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年" };
const village = { 单位名称: "桃源村村民委员会", 单位类型: "村", 报告年度: 2025 };

it("D3 D4: the turnout the 简要内容 states is not said again; `整治出租车拒载8起` is the problems' 8起, told once", async () => {
  const text = await summaryTextOf({
    profile: bus,
    ledgers: {
      问题整改: [
        { 问题类别: "其他", 发现数: 8, 已整改数: 6, 单位: "起", 责任单位: "站前广场管理组", 备注: "出租车拒载，已移交交通执法" },
        { 问题类别: "卫生死角", 发现数: 20, 已整改数: 20, 单位: "处" },
      ],
      活动台账: [
        { 日期: "2025-10-01", 活动名称: "国庆黄金周“温馨春运”式志愿服务", 活动类型: "志愿服务", 参与数量: "1.2万", 单位: "人次", 地点: "候车大厅", 简要内容: "国庆七天累计服务旅客1.2万人次，帮扶老弱病残孕旅客三百余人" },
        { 日期: "2025-11-30", 活动名称: "站容站貌集中整治", 活动类型: "环境整治", 参与数量: 40, 单位: "人" },
      ],
      其他指标: [{ 板块: "环境整治", 指标名称: "整治出租车拒载", 数值: 8, 单位: "起" }],
    },
  });
  expect(text).toContain("　　10月1日在候车大厅开展国庆黄金周“温馨春运”式志愿服务活动，国庆七天累计服务旅客1.2万人次，帮扶老弱病残孕旅客300余人。\n");
  expect(text).toContain("　　一是问题整改。发现出租车拒载问题8起，已整改6起；卫生死角问题20处，均已整改到位。\n");
  expect(text).toContain("　　二是集中清整。11月30日集中整治站容站貌，参与40人。\n");
  expect(text).not.toContain("整治出租车拒载8起");
});

it("D5 D6: `签订门前三包责任书120份`, `设置垃圾分类投放点24个`, 入驻商户 in the opening", async () => {
  const text = await summaryTextOf({
    profile: mall,
    ledgers: {
      组织保障: [
        { 事项类型: "领导小组", 名称或内容: "商场创文工作领导小组", 数量: 1, 单位: "个" },
        { 事项类型: "共建单位", 名称或内容: "与商户签订门前三包责任书", 数量: 120, 单位: "份", 日期: "2025-03-01" },
      ],
      活动台账: [{ 日期: "2025-06-05", 活动名称: "垃圾分类进商场", 活动类型: "环境整治", 参与数量: "百余", 单位: "人次" }],
      其他指标: [{ 板块: "环境整治", 指标名称: "垃圾分类投放点", 数值: 24, 单位: "个" }, { 板块: "其他", 指标名称: "入驻商户", 数值: 260, 单位: "家", 表述: "余" }],
    },
  });
  expect(text).toContain("　　万达广场购物中心现有入驻商户260余家。");
  expect(text).toContain("　　二是共建联动。与商户签订门前三包责任书120份。\n");
  expect(text).toContain("　　6月5日开展“垃圾分类进商场”环境整治活动，参与100余人次。设置垃圾分类投放点24个。\n");
  expect(text.match(/260余家/gu)?.length).toBe(1);
});

it("D6: court `诚信建设：失信被执行人名单曝光` 三十余次 → `曝光失信被执行人名单30余次`", async () => {
  const text = await summaryTextOf({
    profile: court,
    ledgers: {
      组织保障: [
        { 事项类型: "领导小组", 名称或内容: "院创建文明城市工作领导小组，院长任组长", 数量: 1, 单位: "个", 日期: "2025-03-08" },
        { 事项类型: "其他", 名称或内容: "诚信建设：失信被执行人名单曝光", 数量: "三十余", 单位: "次" },
      ],
    },
  });
  expect(text).toContain("曝光失信被执行人名单30余次。");
  expect(text).not.toContain("诚信建设：");
});

it("D12: `美丽庭院示范户32户` is told once, by the 落实情况, with no `本期`", async () => {
  const text = await summaryTextOf({
    profile: { ...village, 报告期: "第二季度" },
    ledgers: {
      先进典型: [{ 荣誉名称: "美丽庭院示范户", 级别: "社区/村", 人数: 32, 日期: "2025-06-20" }],
      文字材料: [{ 类型: "上期打算", 内容: "开展“美丽庭院”评选", 落实情况: "已评出“美丽庭院”示范户32户" }],
    },
  });
  expect(text).toContain("　　针对上期提出的“开展‘美丽庭院’评选”，已评出“美丽庭院”示范户32户。\n");
  expect(text.match(/32户/gu)?.length).toBe(1);
});

it("45 D15: 最美庭院40户 told by the 落实情况; the body says `评选表彰好婆媳6人。` only", async () => {
  const text = await summaryTextOf({
    profile: { ...village, 报告期: "第三季度" },
    ledgers: {
      先进典型: [{ 荣誉名称: "最美庭院", 级别: "社区/村", 人数: 40, 日期: "2025-09-20" }, { 荣誉名称: "好婆媳", 级别: "社区/村", 人数: 6, 日期: "2025-09-20" }],
      文字材料: [{ 类型: "上期打算", 内容: "开展第二轮最美庭院评选", 落实情况: "9月完成第二轮评选，评出最美庭院40户" }],
    },
  });
  expect(text).toContain("　　评选表彰好婆媳6人。\n");
  expect(text).toContain("　　针对上期提出的“开展第二轮最美庭院评选”，9月完成第二轮评选，评出最美庭院40户。\n");
  expect(text.match(/40户/gu)?.length).toBe(1);
});
