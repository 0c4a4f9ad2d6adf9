/**
 * New-user test 56 (docs/new-user-test-pane-56.md), D7, D8, D9, D10, D15, D16, D17: how ledger rows are phrased, and the
 * team `import` gives a 花名册 that names none.
 */
import type { SheetGrid } from "../src/core/grid/types";
import { importLedgers, importReport } from "../src/core/import";
import { summaryTextOf } from "./support/summaries";

const bus = { 单位名称: "青山县公共交通有限公司", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "上半年" };
const estate = { 单位名称: "锦华苑小区物业服务中心", 单位类型: "企事业单位", 上级指导单位: "锦华社区居委会", 报告年度: 2025, 报告期: "第三季度" };

it("D8: a 宣传投放 row typed 其他 is told from its 位置或内容 (`车身“礼让斑马线”宣传贴`), a 贴 is 张贴", async () => {
  const text = await summaryTextOf({
    profile: bus,
    ledgers: {
      宣传投放: [
        { 类型: "倡议书", 位置或内容: "文明乘车倡议书", 数量: 2000, 单位: "份", 方式: "发放", 日期: "2025-03-05" },
        { 类型: "其他", 位置或内容: "车身“礼让斑马线”宣传贴", 数量: 20, 单位: "个", 方式: "新设", 日期: "2025-05-20", 备注: "20台车贴了车身" },
      ],
    },
  });
  expect(text).not.toContain("其他宣传品");
  expect(text).toContain("张贴车身“礼让斑马线”宣传贴20个");
});

it("D9: a 其他指标 name holding its own verb after a place (`车厢播放文明乘车语音`) gets no `开展` before it", async () => {
  const text = await summaryTextOf({
    profile: bus,
    ledgers: {
      其他指标: [
        { 板块: "环境整治", 指标名称: "清洗消毒公交车辆", 数值: "1.5万", 单位: "台次", 表述: "约", 频次: "每日" },
        { 板块: "宣传教育", 指标名称: "车厢播放文明乘车语音", 数值: "约3万", 单位: "次" },
      ],
      活动台账: [{ 日期: "2025-03-08", 活动名称: "文明乘车宣传进站点", 活动类型: "宣传教育", 参与数量: 200, 单位: "人次", 地点: "城东公交站" }],
    },
  });
  expect(text).not.toContain("开展车厢播放");
  expect(text).toContain("在车厢播放文明乘车语音约3万次");
});

it("D17: a verb-less 其他指标 (`驾驶员拾金不昧` 二十余 起) is told as 事迹, never invented nor bare", async () => {
  const text = await summaryTextOf({
    profile: bus,
    ledgers: {
      先进典型: [{ 荣誉名称: "最美公交司机", 级别: "县/区", 类别: "敬业奉献", 人数: 3, 日期: "2025-05-01" }],
      其他指标: [{ 板块: "道德建设", 指标名称: "驾驶员拾金不昧", 数值: "二十余", 单位: "起", 备注: "上交失物，有手机钱包" }],
    },
  });
  expect(text).not.toMatch(/驾驶员拾金不昧20余起/u);
  expect(text).toContain("涌现驾驶员拾金不昧事迹20余起");
});

it("D7: a 工作机制 that says its own frequency (`楼道巡查每日一巡`) gets no 频次 in front", async () => {
  const text = await summaryTextOf({
    profile: estate,
    ledgers: {
      组织保障: [
        { 事项类型: "工作机制", 名称或内容: "楼道巡查每日一巡", 频次: "每日" },
        { 事项类型: "督查检查", 名称或内容: "楼栋安全检查", 数量: 90, 单位: "次" },
      ],
    },
  });
  expect(text).not.toContain("每日一巡楼道巡查");
  expect(text).toContain("一是完善机制。建立楼道巡查机制，坚持每日一巡。");
});

describe("D10: a 花名册 .csv without a team column", () => {
  const csv = (name: string): SheetGrid => ({
    name, originRow: 1, originCol: 1, tables: [], merges: [],
    values: [
      ["序号", "姓名", "联系电话", "服务时长（小时）"],
      [1, "张三", "13800000001", 4],
      [2, "李四", "13800000002", 6],
      [3, "王五", "13800000003", 2],
    ],
  });
  const imported = (label: string, grid: SheetGrid) => importLedgers([{ label, snapshot: { sheets: [grid] } }], { unitName: "锦华苑小区物业服务中心", unitType: "企事业单位", year: 2025, period: "第三季度" });

  it("is the unit's team, never the file's name (`c-志愿者队`), and import says so", () => {
    const outcome = imported("c-志愿者花名册.csv", csv("c-志愿者花名册"));
    expect(outcome.result.content.ledgers["志愿服务"]?.map((r) => r["队伍名称"])).toEqual(["锦华苑小区物业服务中心志愿服务队"]);
    expect(importReport(outcome).filter((l) => l.includes("队伍名称＝"))).toEqual([expect.stringContaining("队伍名称＝锦华苑小区物业服务中心志愿服务队：花名册未写所属队伍，按单位名称命名")]);
  });

  it("an .xlsx sheet that names its team still names it (`家长志愿者名单` → 家长志愿者队)", () => {
    const outcome = imported("自制表.xlsx", csv("家长志愿者名单"));
    expect(outcome.result.content.ledgers["志愿服务"]?.map((r) => r["队伍名称"])).toEqual(["家长志愿者队"]);
  });
});

it("D15: a quoted slogan keeps the space between its two phrases; one title received and given is quoted one way", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "共青团青山县委员会", 单位简称: "团县委", 单位类型: "群团组织", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      活动台账: [{ 日期: "2025-04-10", 活动名称: "“文明施工 美丽工地”观摩会", 活动类型: "会议培训", 参与数量: 80, 单位: "人" }],
      先进典型: [
        { 荣誉名称: "县级青年文明号", 级别: "县/区", 类别: "敬业奉献", 人数: 8, 日期: "2025-05-04" },
        { 荣誉名称: "优秀青年志愿者", 级别: "县/区", 类别: "助人为乐", 人数: 20, 日期: "2025-06-05" },
        { 荣誉名称: "市级青年文明号", 级别: "市", 类别: "敬业奉献", 人数: 2, 日期: "2025-05-04" },
      ],
    },
  });
  expect(text).toContain("“文明施工 美丽工地”观摩会");
  expect(text).toContain("获评市级“青年文明号”2个；评出县级“青年文明号”8个；评选表彰优秀青年志愿者20人。");
});

it("D16: a point that is only the opening's figure again is folded into the point before", async () => {
  const text = await summaryTextOf({
    profile: estate,
    ledgers: {
      问题整改: [
        { 问题类别: "占道堆放", 发现数: 123, 已整改数: 118, 单位: "处", 备注: "楼道堆物" },
        { 问题类别: "其他", 发现数: 45, 已整改数: 40, 单位: "处", 备注: "飞线充电" },
        { 问题类别: "其他", 发现数: 67, 已整改数: 65, 单位: "件", 备注: "业主投诉，漏水、噪音、停车" },
      ],
      活动台账: [{ 日期: "2025-07-08", 活动名称: "楼道堆物集中清理", 活动类型: "环境整治", 参与数量: 40, 单位: "人次", 地点: "1-12栋" }],
      其他指标: [
        { 板块: "环境整治", 指标名称: "清运垃圾", 数值: "30余", 单位: "吨" },
        { 板块: "环境整治", 指标名称: "垃圾分类桶站", 数值: 12, 单位: "个" },
        { 板块: "设施建设", 指标名称: "新建电动车充电桩", 数值: 60, 单位: "个" },
      ],
    },
  });
  expect(text).toContain("新建电动车充电桩60个");
  expect(text).not.toMatch(/是设施配套。新建电动车充电桩60个。/u);
  expect(text).toContain("清运垃圾30余吨，建有垃圾分类桶站12个，新建电动车充电桩60个。\n");
});
