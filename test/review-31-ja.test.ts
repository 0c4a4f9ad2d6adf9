/**
 * Review run 31 (docs/reviews/run-31-217bcb4-tester58-59-reviewer-AU.md), the unit's own bodies and who did what:
 * D1 (t58-college item 6: `联合院团委`, `团委` beside `院团委`), D2 (t58-scenic item 4, t58-street-h2 item 3: `联合` one of
 * the unit's own 志愿服务 teams), D3 (t59-elder item 4: an authority's inspection told as the unit's joint work, `检查……，
 * 检查……`), D4 (t59-elder item 5: partners' teams told as the unit's own), D5 (t59-library item 1: `效果还是不错的` →
 * `成效明显`), D6 (new-user test 59 D20 rest: `成立馆创建文明单位工作领导小组`).
 */
import { summaryTextOf } from "./support/summaries";
import { spokenSentences, writtenRemark } from "../src/core/facts/remark";

const college = { 单位名称: "青山职业技术学院", 单位类型: "学校", 报告年度: 2025, 报告期: "全年" };
const elder = { 单位名称: "县中心敬老院", 单位简称: "我院", 单位类型: "企事业单位", 上级指导单位: "县民政局", 报告年度: 2025, 报告期: "上半年" };
const library = { 单位名称: "县图书馆", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年" };

it("D1: 院团委 is the 学院's own body: `院团委在……开展`, never `联合院团委`; a bare `团委` beside it is the same 院团委", async () => {
  const text = await summaryTextOf({
    profile: college,
    ledgers: {
      活动台账: [
        { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务日", 活动类型: "志愿服务", 参与数量: 30, 单位: "人", 地点: "县城广场", 主办或协办单位: "院团委", 简要内容: "打扫卫生" },
        { 日期: "2025-07-10", 活动名称: "“三下乡”社会实践", 活动类型: "志愿服务", 参与数量: 100, 单位: "人", 地点: "青山镇各村", 主办或协办单位: "团委", 简要内容: "支教和政策宣讲" },
        { 日期: "2025-05-04", 活动名称: "五四青年节演讲比赛", 活动类型: "文体活动", 参与数量: 80, 单位: "人", 地点: "大礼堂", 主办或协办单位: "校学生会" },
      ],
    },
  });
  expect(text).toContain("3月5日院团委在县城广场开展“学雷锋志愿服务日”活动");
  expect(text).toContain("7月10日院团委在青山镇各村开展“三下乡”社会实践活动");
  expect(text).toContain("5月4日校学生会在大礼堂");
  expect(text).not.toContain("联合院团委");
  expect(text).not.toContain("联合校学生会");
  expect(text).not.toContain("日团委");
});

it("D1: a 局's `局机关党委` and a school's `校工会` are its own; another unit's `校团委` in a 社区's ledger stays a partner", async () => {
  const bureau = await summaryTextOf({
    profile: { 单位名称: "县税务局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 活动台账: [{ 日期: "2025-03-12", 活动名称: "义务植树", 活动类型: "志愿服务", 参与数量: 40, 单位: "人", 地点: "城郊林场", 主办或协办单位: "局机关党委" }] },
  });
  expect(bureau).toContain("3月12日局机关党委在城郊林场");
  expect(bureau).not.toContain("联合局机关党委");
  const school = await summaryTextOf({
    profile: { 单位名称: "城关第二小学", 单位类型: "学校", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 活动台账: [{ 日期: "2025-03-08", 活动名称: "三八节女教工趣味运动会", 活动类型: "文体活动", 参与数量: 40, 单位: "人", 地点: "操场", 主办或协办单位: "校工会" }] },
  });
  expect(school).toContain("3月8日校工会在操场");
  expect(school).not.toContain("联合校工会");
  const community = await summaryTextOf({
    profile: { 单位名称: "月湖社区居民委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 30, 单位: "人", 地点: "社区广场", 主办或协办单位: "校团委" }] },
  });
  expect(community).toContain("联合校团委");
});

it("D2: a 主办或协办单位 that is one of the unit's own 志愿服务 teams is 组织-ed, never 联合-ed", async () => {
  const scenic = await summaryTextOf({
    profile: { 单位名称: "青山湖景区管理处", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      志愿服务: [{ 队伍名称: "青年志愿者文明劝导队", 队伍类型: "青年志愿者", 注册人数: 40, 主要服务内容: "节假日文明旅游劝导" }],
      活动台账: [{ 日期: "2025-05-01", 活动名称: "五一文明旅游劝导", 活动类型: "志愿服务", 参与数量: 45, 单位: "人", 地点: "各景点", 主办或协办单位: "青年志愿者文明劝导队", 简要内容: "劝导游客文明旅游" }],
    },
  });
  expect(scenic).toContain("5月1日组织青年志愿者文明劝导队在各景点开展");
  expect(scenic).not.toContain("联合青年志愿者文明劝导队");
  const street = await summaryTextOf({
    profile: { 单位名称: "城关街道办事处", 单位类型: "街道", 报告年度: 2025, 报告期: "下半年" },
    ledgers: {
      志愿服务: [{ 队伍名称: "巾帼志愿服务队", 队伍类型: "巾帼志愿者", 注册人数: 90, 主要服务内容: "关爱空巢老人" }],
      活动台账: [{ 日期: "2025-10-29", 活动名称: "重阳节敬老爱老", 活动类型: "我们的节日", 参与数量: 80, 单位: "人", 地点: "新时代文明实践所", 主办或协办单位: "巾帼志愿服务队", 简要内容: "给老人包饺子，理发" }],
    },
  });
  expect(street).toContain("10月29日组织巾帼志愿服务队在新时代文明实践所开展");
  expect(street).not.toContain("联合巾帼志愿服务队");
});

it("D3: an authority's inspection of the unit is told as its inspection, never `联合县市场监管局……检查，检查……`", async () => {
  const text = await summaryTextOf({
    profile: elder,
    ledgers: {
      活动台账: [{ 日期: "2025-05-30", 活动名称: "食品安全专项检查", 活动类型: "其他", 地点: "食堂", 主办或协办单位: "县市场监管局", 简要内容: "检查食堂后厨，发现问题3处当场整改" }],
    },
  });
  expect(text).toContain("5月30日县市场监管局对食堂后厨开展食品安全专项检查，发现问题3处当场整改");
  expect(text).not.toContain("联合县市场监管局");
  const library2 = await summaryTextOf({
    profile: library,
    ledgers: { 活动台账: [{ 日期: "2025-09-12", 活动名称: "消防安全检查", 活动类型: "其他", 地点: "馆内", 主办或协办单位: "县消防救援大队" }] },
  });
  expect(library2).toContain("9月12日县消防救援大队来馆开展消防安全检查");
  expect(library2).not.toContain("联合县消防救援大队");
  // A 街道 inspecting its shops with the 市场监管所 works with a partner: `联合` stays.
  const street = await summaryTextOf({
    profile: { 单位名称: "城关街道办事处", 单位类型: "街道", 报告年度: 2025, 报告期: "下半年" },
    ledgers: { 活动台账: [{ 日期: "2025-09-10", 活动名称: "餐饮店食品安全检查", 活动类型: "其他", 地点: "辖区餐饮店", 主办或协办单位: "县市场监管局" }] },
  });
  expect(street).toContain("联合县市场监管局");
});

it("D5: a spoken verdict on the work as a whole (`效果还是不错的`, `效果挺好`) is dropped, never `成效明显`", async () => {
  const text = await summaryTextOf({
    profile: library,
    ledgers: { 文字材料: [{ 类型: "导语", 内容: "今年我们馆在县文明办指导下，认真抓了创文工作，效果还是不错的。" }] },
  });
  expect(text).toContain("在县文明办指导下，扎实推进创文工作。");
  expect(text).not.toContain("成效明显");
  expect(writtenRemark("组建了志愿服务队，效果很明显", "工作亮点")).toBe("组建志愿服务队");
  expect(writtenRemark("效果还不错，群众反映挺好的", "工作亮点")).toBe("群众反响良好");
  // `效果挺好的` is left out as spoken, with its 提示 (new-user test 52, D4): never `成效明显` either.
  expect(spokenSentences("我们推行了“帮办代办”，老百姓不用跑腿了，效果挺好的", "工作亮点").kept).toBe("推行“帮办代办”，群众办事少跑腿");
});

it("D6: `馆创建` typed by a 馆 is the unit itself: `成立创建文明单位工作领导小组`", async () => {
  const text = await summaryTextOf({
    profile: library,
    ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立馆创建文明单位工作领导小组，馆长陈志刚任组长，各部室主任为成员", 数量: 1, 单位: "个", 日期: "2025-02-18" }] },
  });
  expect(text).toContain("我馆于2月18日成立创建文明单位工作领导小组");
  expect(text).not.toContain("馆创建");
  const bureau = await summaryTextOf({
    profile: { 单位名称: "县税务局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立局创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-02-18" }] },
  });
  // The unit's word is the unit, said as the subject (new-user test 60, D13: `我院于1月10日成立……`): never a bare `局创文`.
  expect(bureau).toContain("我局于2月18日成立创文工作领导小组");
  expect(bureau).not.toContain("成立局创文");
});

it("D4: teams the ledger shows are partners' (备注 结对, a name opening with a 共建单位) come to serve: never `现有……注册志愿者42人`", async () => {
  const text = await summaryTextOf({
    profile: elder,
    ledgers: {
      组织保障: [{ 事项类型: "共建单位", 名称或内容: "与县人民医院、城关二小签订共建协议", 数量: 2, 单位: "家", 日期: "2025-03-01" }],
      志愿服务: [
        { 队伍名称: "城关二小红领巾志愿服务队", 队伍类型: "少年志愿者", 注册人数: 30, 服务次数: 6, 主要服务内容: "陪老人聊天、表演节目", 备注: "结对帮扶，老师带队" },
        { 队伍名称: "县人民医院医疗志愿服务队", 队伍类型: "专业志愿者", 注册人数: 12, 服务次数: 6, "服务时长（小时）": 48, 主要服务内容: "义诊、量血压" },
      ],
    },
  });
  expect(text).toContain("结对共建的城关二小红领巾志愿服务队（30人）、县人民医院医疗志愿服务队（12人）来院开展志愿服务，累计服务12次，服务时长48小时。");
  expect(text).not.toContain("注册志愿者42人");
  expect(text).not.toContain("现有城关二小");
  // The unit's own team named after the unit stays its own.
  const own = await summaryTextOf({
    profile: elder,
    ledgers: {
      组织保障: [{ 事项类型: "共建单位", 名称或内容: "与县人民医院签订共建协议", 数量: 1, 单位: "家" }],
      志愿服务: [{ 队伍名称: "县中心敬老院志愿服务队", 队伍类型: "青年志愿者", 注册人数: 20, 服务次数: 6 }],
    },
  });
  expect(own).not.toContain("结对共建的");
});
