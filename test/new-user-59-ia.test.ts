/**
 * New-user test 59 (docs/new-user-test-pane-59.md), D4, D6, D8, D13, D14, D15, D16: staff's spoken free text said in
 * written register (红领巾给爷爷奶奶 → 少先队员为入住老人, 查看……有没有X → 劝导X等不文明行为, 建了保洁队 → 组建保洁队,
 * 抓了 → 扎实推进, 挤不下 → 接待能力不足, 多跑几个村 → 扩大服务覆盖面, 把绿化再搞一搞 → 加强绿化美化).
 */
import { summaryTextOf } from "./support/summaries";

const elder = { 单位名称: "县中心敬老院", 单位简称: "我院", 单位类型: "企事业单位", 上级指导单位: "县民政局", 报告年度: 2025, 报告期: "上半年" };
const library = { 单位名称: "县图书馆", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年" };

it("D8: 红领巾给爷爷奶奶 → 少先队员为老人; 请县医院护士长讲课，讲了X → 邀请县医院护士长讲解X知识", async () => {
  const text = await summaryTextOf({
    profile: elder,
    ledgers: {
      活动台账: [
        { 日期: "2025-03-05", 活动名称: "学雷锋结对帮扶", 活动类型: "志愿服务", 参与数量: 30, 单位: "人", 地点: "院内", 主办或协办单位: "城关二小", 简要内容: "红领巾给爷爷奶奶表演节目、打扫房间" },
        { 日期: "2025-04-21", 活动名称: "护理员培训", 活动类型: "会议培训", 参与数量: 35, 单位: "人", 地点: "会议室", 简要内容: "请县医院护士长讲课，讲了压疮护理和防跌倒" },
      ],
    },
  });
  expect(text).toContain("少先队员为老人表演节目、打扫房间");
  expect(text).not.toContain("红领巾给");
  expect(text).toContain("邀请县医院护士长讲解压疮护理和防跌倒知识");
});

it("D14: 小学生来看书，村里的大学生给他们辅导作业 is never `以小学生来看书为主要内容`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "红星村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "第二季度" },
    ledgers: { 活动台账: [{ 日期: "2025-06-10", 活动名称: "农家书屋“好书伴成长”暑期阅读", 活动类型: "宣传教育", 参与数量: 30, 单位: "人", 地点: "农家书屋", 简要内容: "小学生来看书，村里的大学生给他们辅导作业" }] },
  });
  expect(text).toContain("组织小学生阅读，由返乡大学生辅导作业");
  expect(text).not.toContain("为主要内容");
});

it("D4, D6: `查看阅览室有没有大声喧哗、占座` is 查看……是否存在X等不文明行为; `劝导大声喧哗、占座的读者` → `劝导读者大声喧哗、占座等不文明行为`", async () => {
  const text = await summaryTextOf({
    profile: library,
    ledgers: {
      组织保障: [{ 事项类型: "督查检查", 名称或内容: "文明阅览巡查，查看阅览室有没有大声喧哗、占座", 数量: "百余", 单位: "次", 频次: "每日" }],
      活动台账: [{ 日期: "2025-03-30", 活动名称: "文明阅览劝导", 活动类型: "志愿服务", 参与数量: 10, 单位: "人次", 简要内容: "劝导大声喧哗、占座的读者" }],
    },
  });
  expect(text).toContain("开展文明阅览巡查100余次，查看阅览室是否存在大声喧哗、占座等不文明行为");
  expect(text).not.toContain("有没有");
  expect(text).toContain("劝导读者大声喧哗、占座等不文明行为");
  expect(text).not.toContain("的读者等不文明行为");
});

it("D15, D16: 抓了 → 扎实推进, 挤不下 → 接待能力不足, 多跑几个村 → 扩大服务覆盖面, 把绿化再搞一搞 → 加强绿化美化", async () => {
  const text = await summaryTextOf({
    profile: library,
    ledgers: {
      文字材料: [
        { 类型: "导语", 内容: "今年我们馆在县文明办指导下，认真抓了创文工作，效果还是不错的。" },
        { 类型: "存在不足", 内容: "人手不够，志愿者流动性大" },
        { 类型: "存在不足", 内容: "少儿阅览室面积小，节假日挤不下" },
        { 类型: "下一步打算", 内容: "继续搞好全民阅读，争取明年流动图书车多跑几个村" },
      ],
    },
  });
  expect(text).toContain("扎实推进创文工作");
  expect(text).not.toContain("抓了");
  expect(text).toContain("少儿阅览室面积小，节假日接待能力不足");
  expect(text).toContain("进一步扩大流动图书车服务覆盖面");
  const elderText = await summaryTextOf({
    profile: elder,
    ledgers: { 文字材料: [{ 类型: "存在不足", 内容: "护理员年龄偏大，人手紧张，招人难" }, { 类型: "下一步打算", 内容: "下半年准备把院内绿化再搞一搞，争取评上市级文明单位" }] },
  });
  expect(elderText).toContain("进一步加强院内绿化美化，积极争创市级文明单位");
});

it("D13: a 落实情况 `建了保洁队，每周二五打扫` → `组建保洁队，每周二、周五定期保洁`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "红星村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "第二季度" },
    ledgers: { 文字材料: [{ 类型: "上期打算", 内容: "巩固人居环境整治成果，建立长效保洁机制", 落实情况: "建了保洁队，每周二五打扫" }] },
  });
  expect(text).toContain("针对上期提出的“巩固人居环境整治成果，建立长效保洁机制”，本期组建保洁队，每周二、周五定期保洁。");
});

it("D13, D15: check says the written form at the 落实情况 and 文字材料 cells it rewrites (text.spoken 书面)", async () => {
  const { analyzeWorkbook, standardV1 } = await import("../src/core");
  const { readWorkbook } = await import("../src/adapters/xlsx/read-workbook");
  const { writeWorkbook } = await import("../src/adapters/xlsx/write-workbook");
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, {
    profile: { 单位名称: "红星村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "第二季度" },
    ledgers: {
      文字材料: [
        { 类型: "上期打算", 内容: "巩固人居环境整治成果，建立长效保洁机制", 落实情况: "建了保洁队，每周二五打扫" },
        { 类型: "存在不足", 内容: "村文化礼堂面积小，节假日挤不下" },
      ],
    },
  })), standardV1);
  const spoken = analysis.findings.filter((f) => f.rule === "text.spoken").map((f) => `${f.cell} ${f.message}`);
  expect(spoken.find((m) => m.startsWith("C3 "))).toContain("组建保洁队，每周二、周五定期保洁");
  expect(spoken.find((m) => m.startsWith("B4 "))).toContain("村文化礼堂面积小，节假日接待能力不足");
});

it("the class, not the phrase: counts and other days are never read as weekdays; other young helpers and elders", async () => {
  const { writtenSaidClause, writtenYoungAndOld, joinedLecture } = await import("../src/core/facts/remark");
  expect(writtenSaidClause("每周三四次")).toBe("每周三四次");
  expect(writtenSaidClause("每周五天")).toBe("每周五天");
  expect(writtenSaidClause("每周一三五巡查")).toBe("每周一、周三、周五巡查");
  expect(writtenSaidClause("建了微信群")).toBe("建立微信群");
  expect(writtenSaidClause("争取评上省级文明村")).toBe("积极争创省级文明村");
  expect(writtenSaidClause("活动室周末坐不下")).toBe("活动室周末接待能力不足");
  expect(writtenYoungAndOld("小朋友们给老人家表演节目")).toBe("小朋友为老人表演节目");
  expect(writtenYoungAndOld("红领巾给爷爷奶奶送了月饼吧")).toBeUndefined();
  expect(writtenYoungAndOld("学生来看书")).toBe("组织学生阅读");
  expect(joinedLecture("请派出所民警讲课，讲了防诈骗知识")).toBe("请派出所民警来讲防诈骗知识");
});
