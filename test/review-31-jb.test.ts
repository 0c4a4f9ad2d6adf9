/**
 * Review run 31 (docs/reviews/run-31-217bcb4-tester58-59-reviewer-AU.md, reviewer AU; things told twice, measure words, events split): t59-library
 * item 3 and t59-elder item 2 (D6: kinds named in the total and again in its 其中 breakdown), t58-college items 1-5,
 * t59-elder item 3, t59-village-q2 items 2-3, t58-scenic items 1 and 3, t59-library items 2 and 6.
 */
import { analyzeWorkbook, documentText, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

const library = { 单位名称: "县图书馆", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年" };
const elder = { 单位名称: "县中心敬老院", 单位简称: "我院", 单位类型: "企事业单位", 上级指导单位: "县民政局", 报告年度: 2025, 报告期: "上半年" };

it("D6 (t59-library item 3): a breakdown naming every kind leaves the total `各类问题21处`, the kinds named once", async () => {
  const text = await summaryTextOf({
    profile: library,
    ledgers: {
      问题整改: [
        { 问题类别: "其他", 发现数: 15, 已整改数: 15, 单位: "处", 责任单位: "办公室", 备注: "阅览室座椅破损、灯坏了" },
        { 问题类别: "卫生死角", 发现数: 6, 已整改数: 5, 单位: "处", 责任单位: "后勤", 整改时限: "2025-06-30" },
      ],
    },
  });
  expect(text).toContain("排查发现各类问题21处，已整改20处，整改率为95.2%。其中整改阅览室座椅破损、灯损坏问题15处，清理卫生死角5处。");
  expect(text).not.toContain("灯损坏和卫生死角问题21处");
});

it("D6 (t59-elder item 2): the same in a word's own breakdown (处 beside 件)", async () => {
  const text = await summaryTextOf({
    profile: elder,
    ledgers: {
      问题整改: [
        { 问题类别: "其他", 发现数: 8, 已整改数: 8, 单位: "处", 责任单位: "后勤", 备注: "走廊扶手松动、地面防滑" },
        { 问题类别: "卫生死角", 发现数: 5, 已整改数: 4, 单位: "处" },
        { 问题类别: "其他", 发现数: 3, 已整改数: 3, 单位: "件", 责任单位: "食堂", 备注: "食品留样不规范、过期调料" },
      ],
    },
  });
  expect(text).toContain("排查发现各类问题13处，已整改12处，其中整改走廊扶手松动、地面防滑问题8处，清理卫生死角4处");
  expect(text).not.toContain("地面防滑和卫生死角问题13处");
});

const college = { 单位名称: "青山职业技术学院", 单位简称: "我院", 单位类型: "学校", 上级指导单位: "县教育局", 报告年度: 2025, 报告期: "全年" };

it("D1 (t58-college item 1): a 组织保障 row that is an activity of the 活动台账 (same words, a day apart) is told once, with the activity", async () => {
  const text = await summaryTextOf({
    profile: college,
    ledgers: {
      组织保障: [
        { 事项类型: "领导小组", 名称或内容: "成立创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-03-01" },
        { 事项类型: "其他", 名称或内容: "新生入学教育 文明礼仪第一课", 数量: 1, 单位: "项", 日期: "2025-09-05" },
      ],
      活动台账: [{ 日期: "2025-09-06", 活动名称: "新生入学教育文明礼仪第一课", 活动类型: "宣传教育", 参与数量: 2300, 单位: "人", 地点: "大礼堂", 主办或协办单位: "学生处", 简要内容: "新生全部参加，辅导员老师带队" }],
    },
  });
  expect(text).toContain("9月6日学生处在大礼堂开展“新生入学教育文明礼仪第一课”活动");
  expect(text).not.toContain("9月5日");
  expect(text.match(/文明礼仪第一课/gu)).toHaveLength(1);
});

it("D3 (t58-college item 2): a place measure word (间) counts the places: `60间宿舍存在……问题`, and in 不足 `尚有5间宿舍未整改到位`", async () => {
  const text = await summaryTextOf({
    profile: college,
    ledgers: {
      问题整改: [
        { 问题类别: "其他", 发现数: 60, 已整改数: 55, 单位: "间", 责任单位: "学生处", 整改时限: "2025-06-30", 备注: "宿舍违规使用大功率电器，宿管阿姨查出来的" },
        { 问题类别: "卫生死角", 发现数: 12, 已整改数: 12, 单位: "处", 责任单位: "后勤处", 备注: "实训楼后面" },
      ],
    },
  });
  expect(text).toContain("排查发现60间宿舍存在违规使用大功率电器问题，已整改55间；卫生死角问题12处，均已整改到位。");
  expect(text).toContain("尚有5间宿舍违规使用大功率电器问题未整改到位，需持续跟进");
  expect(text).not.toContain("问题60间");
  const alone = await summaryTextOf({
    profile: college,
    ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 8, 已整改数: 6, 单位: "间", 备注: "教室门窗破损" }] },
  });
  expect(alone).toContain("排查发现8间教室存在门窗破损问题，已整改6间");
  expect(alone).toContain("尚有2间教室门窗破损问题未整改到位");
});

it("D7 (t59-elder item 3): problems an inspection found, that a 问题整改 row counts, are told once, in the row's measure word", async () => {
  const text = await summaryTextOf({
    profile: elder,
    ledgers: {
      问题整改: [
        { 问题类别: "卫生死角", 发现数: 5, 已整改数: 4, 单位: "处" },
        { 问题类别: "其他", 发现数: 3, 已整改数: 3, 单位: "件", 责任单位: "食堂", 备注: "食品留样不规范、过期调料" },
      ],
      活动台账: [{ 日期: "2025-05-30", 活动名称: "食品安全专项检查", 活动类型: "其他", 地点: "食堂", 主办或协办单位: "县市场监管局", 简要内容: "检查食堂后厨，发现问题3处当场整改" }],
    },
  });
  expect(text).toContain("食品留样不规范、过期调料问题3件，均已整改到位");
  // With review-31-ja's rule the inspecting body is the subject: `县市场监管局对食堂后厨开展……`.
  expect(text).toContain("5月30日县市场监管局对食堂后厨开展食品安全专项检查。");
  expect(text).not.toContain("发现问题3处");
});

const village = { 单位名称: "红星村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "第二季度" };

it("D8 (t59-village-q2 item 3): the unit's own 不足 naming an open kind (卫生死角) and its open count are one point", async () => {
  const text = await summaryTextOf({
    profile: village,
    ledgers: {
      问题整改: [{ 问题类别: "卫生死角", 发现数: 25, 已整改数: 22, 单位: "处", 责任单位: "保洁员", 备注: "主要在河边" }],
      文字材料: [{ 类型: "存在不足", 内容: "河边卫生还有死角" }, { 类型: "存在不足", 内容: "村民环保意识有待提高" }],
    },
  });
  expect(text).toContain("河边卫生死角仍有3处未整改到位，需持续跟进");
  expect(text).not.toContain("卫生死角25处中尚有3处");
  expect(text).not.toContain("河边卫生仍有死角");
});

it("D2 (t58-college item 5): the result of an 评比 told after a list of honours goes with the appraisal: `……开展文明宿舍评比，评出文明宿舍48间。`", async () => {
  const text = await summaryTextOf({
    profile: college,
    ledgers: {
      先进典型: [
        { 荣誉名称: "文明宿舍", 级别: "本单位", 类别: "其他", 人数: 48, 日期: "2025-12-01", 备注: "每学期评一次，评了48间" },
        { 荣誉名称: "优秀志愿者", 级别: "市", 类别: "敬业奉献", 人数: 3, 姓名: "张伟、刘洋、陈静", 日期: "2025-12-05" },
        { 荣誉名称: "校级三好学生", 级别: "本单位", 类别: "其他", 人数: 120 },
      ],
      活动台账: [{ 日期: "2025-11-15", 活动名称: "文明宿舍评比", 活动类型: "其他", 地点: "各宿舍楼", 主办或协办单位: "学生处", 简要内容: "评出文明宿舍48间" }],
    },
  });
  expect(text).toContain("11月15日学生处在各宿舍楼开展文明宿舍评比，评出文明宿舍48间。");
  expect(text).toContain("评选表彰校级三好学生120人。");
  expect(text).not.toContain("评出文明宿舍48间。11月15日");
});

it("D12 (t59-library item 2): a row named and typed 其他 with nothing else is no event: neither counted in the opening nor in the 附表, and the check says so", async () => {
  const content: WorkbookContent = {
    profile: library,
    ledgers: {
      活动台账: [
        { 日期: "2025-04-23", 活动名称: "世界读书日全民阅读活动", 活动类型: "宣传教育", 参与数量: 2000, 单位: "人次", 地点: "县图书馆广场" },
        { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务进图书馆", 活动类型: "志愿服务", 参与数量: 35, 单位: "人", 地点: "县图书馆" },
        { 日期: "2025-06-01", 活动名称: "少儿绘本阅读", 活动类型: "文体活动", 参与数量: 120, 单位: "人", 地点: "少儿阅览室" },
        { 日期: "2025-09-10", 活动名称: "其他", 活动类型: "其他" },
      ],
    },
  };
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  const text = documentText(summarize(analysis, standardV1, { includeNames: false, today: 45900, appendix: true }).document);
  expect(text).toContain("开展各类活动3场");
  expect(text).not.toContain("开展各类活动4场");
  expect(text).toMatch(/活动场次\t3\t场/u);
  expect(text).not.toMatch(/活动场次（其他）/u);
  const finding = analysis.findings.find((f) => f.rule === "text.placeholder" && f.sheet === "活动台账");
  expect(finding?.cell).toBe("B6");
  expect(finding?.message).toContain("总结不写这一行，也不计入活动总数和附表的活动场次");
});

it("D13 (t59-library item 6): a venue's visitors (接待读者) are its own point at the head of the section, never after the last activity", async () => {
  const text = await summaryTextOf({
    profile: library,
    ledgers: {
      宣传投放: [{ 类型: "展板", 位置或内容: "全民阅读主题展板", 数量: 30, 单位: "块", 方式: "新设" }],
      活动台账: [
        { 日期: "2025-04-23", 活动名称: "世界读书日全民阅读活动", 活动类型: "宣传教育", 参与数量: 2000, 单位: "人次", 地点: "县图书馆广场" },
        { 日期: "2025-05-10", 活动名称: "文明阅览宣传周", 活动类型: "宣传教育", 参与数量: 100, 单位: "人" },
      ],
      其他指标: [{ 板块: "宣传教育", 指标名称: "接待读者", 数值: "12.5万", 单位: "人次", 表述: "约" }],
    },
  });
  expect(text).toContain("一是服务读者。全年接待读者约12.5万人次。");
  expect(text).not.toMatch(/参与100人。全年接待读者/u);
});

it("D4 (t58-college item 4): the frequency says the row's own measure word: `坚持每月开展文明礼仪讲座1场，累计开展12场`", async () => {
  const text = await summaryTextOf({
    profile: college,
    ledgers: { 其他指标: [{ 板块: "宣传教育", 指标名称: "开展文明礼仪讲座", 数值: 12, 单位: "场", 频次: "每月1次" }] },
  });
  expect(text).toContain("坚持每月开展文明礼仪讲座1场，累计开展12场");
  expect(text).not.toContain("讲座1次");
});

const scenic = { 单位名称: "青山湖景区管理处", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" };

it("D10 (t58-scenic item 1): a 督查 row whose name carries its own cycle (`星级厕所每日巡查`) is `坚持每日巡查星级厕所，累计巡查180次`", async () => {
  const text = await summaryTextOf({
    profile: scenic,
    ledgers: {
      组织保障: [
        { 事项类型: "领导小组", 名称或内容: "成立创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-05" },
        { 事项类型: "督查检查", 名称或内容: "星级厕所每日巡查", 数量: 180, 单位: "次", 频次: "每日", 备注: "保洁班长老刘负责" },
        { 事项类型: "督查检查", 名称或内容: "游步道每周检查", 数量: 26, 单位: "次" },
      ],
    },
  });
  expect(text).toContain("坚持每日巡查星级厕所，累计巡查180次");
  expect(text).toContain("坚持每周检查游步道1次，累计检查26次");
  expect(text).not.toContain("星级厕所每日巡查");
});

it("D5 (t58-college item 3): a screen playing a campaign plays its content: `滚动播放光盘行动宣传内容`; 社会主义核心价值观 as typed", async () => {
  const text = await summaryTextOf({
    profile: college,
    ledgers: { 宣传投放: [{ 类型: "电子屏", 位置或内容: "食堂和图书馆电子屏滚动播放光盘行动", 数量: 4, 单位: "块", 方式: "新设" }] },
  });
  expect(text).toContain("利用食堂和图书馆4块电子屏滚动播放光盘行动宣传内容");
  const values = await summaryTextOf({
    profile: library,
    ledgers: { 宣传投放: [{ 类型: "电子屏", 位置或内容: "大厅电子屏滚动播放社会主义核心价值观", 数量: 2, 单位: "块", 方式: "维护" }] },
  });
  expect(values).toContain("利用大厅2块电子屏滚动播放社会主义核心价值观");
  expect(values).not.toContain("价值观宣传内容");
});

it("D9 (t59-village-q2 item 2): a festival's name with the work its 简要内容 lists first is `开展端午节活动，包粽子、讲屈原故事`", async () => {
  const text = await summaryTextOf({
    profile: village,
    ledgers: { 活动台账: [{ 日期: "2025-05-31", 活动名称: "端午节包粽子", 活动类型: "我们的节日", 参与数量: 60, 单位: "人", 地点: "村文化礼堂", 简要内容: "包粽子、讲屈原故事" }] },
  });
  expect(text).toContain("5月31日在村文化礼堂开展端午节活动，包粽子、讲屈原故事");
  expect(text).not.toContain("“端午节包粽子”");
});

it("D8: after the merged point, last period's open problems are overdue (整改进度仍需加快), never a second 需持续跟进", async () => {
  const text = await summaryTextOf({
    profile: village,
    ledgers: {
      问题整改: [
        { 问题类别: "占道堆放", 发现数: 4, 已整改数: 3, 单位: "处", 来源: "上期遗留" },
        { 问题类别: "卫生死角", 发现数: 25, 已整改数: 22, 单位: "处", 来源: "本期发现" },
      ],
      文字材料: [{ 类型: "存在不足", 内容: "河边卫生还有死角" }],
    },
  });
  // The open carried problem named by its kind since run 33, reviewer AW, 材料2 item 4.
  expect(text).toContain("一是河边卫生死角仍有3处未整改到位，需持续跟进；二是上期遗留的占道堆放问题尚有1处未整改到位，整改进度仍需加快");
});
