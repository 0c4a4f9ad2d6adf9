/**
 * Run 29 of the editor review (docs/narrative-quality.md): the texts of new-user tests 54 and 55's own workbooks,
 * summarised again after their fixes. Each test names the item it answers.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { summaryTextOf } from "./support/summaries";

const cols = {
  组织保障: ["事项类型", "名称或内容", "数量", "单位", "日期", "频次", "备注"],
  宣传投放: ["类型", "位置或内容", "数量", "单位", "方式", "投入金额（元）", "日期", "备注"],
  志愿服务: ["队伍名称", "队伍类型", "注册人数", "服务次数", "服务时长（小时）", "主要服务内容", "备注"],
  先进典型: ["荣誉名称", "级别", "类别", "人数", "姓名", "日期", "备注"],
  问题整改: ["问题类别", "发现数", "已整改数", "单位", "整改率", "责任单位", "整改时限", "来源", "备注"],
  活动台账: ["日期", "活动名称", "活动类型", "参与数量", "单位", "地点", "主办或协办单位", "简要内容", "备注"],
  其他指标: ["板块", "指标名称", "数值", "单位", "表述", "频次", "备注"],
  文字材料: ["类型", "内容"],
} as const;
type Sheet = keyof typeof cols;
const rows = (sheet: Sheet, rs: (string | undefined)[][]): Record<string, string>[] =>
  rs.map((r) => Object.fromEntries(cols[sheet].map((h, i) => [h, r[i] ?? ""]).filter(([, v]) => v !== "")));
const ledgers = (l: Partial<Record<Sheet, (string | undefined)[][]>>): Record<string, Record<string, string>[]> =>
  Object.fromEntries(Object.entries(l).map(([k, v]) => [k, rows(k as Sheet, v)]));

const court = {
  profile: { 单位名称: "县人民法院", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: 2024, 报告期: "全年", 起始日期: "2024-01-01", 截止日期: "2024-12-31" },
  ledgers: ledgers({
    组织保障: [
      ["领导小组", "成立以院长为组长的文明单位创建工作领导小组", "1", "个", "2024.2.1", "", ""],
      ["工作会议", "党组会专题研究创文工作", "4", "次", "", "每季度1次", ""],
      ["共建单位", "与桃花村结对帮扶", "1", "个", "", "", ""],
    ],
    宣传投放: [
      ["电子屏", "诉讼服务中心电子屏", "3", "块", "维护"],
      ["展板", "普法宣传展板", "四十", "块", "新设", "6,000元", "2024.3.15"],
      ["宣传资料", "民法典宣传手册", "约5000", "份", "发放", "1.2万元"],
    ],
    志愿服务: [
      ["“法润民心”干警志愿服务队", "党员志愿者", "86", "60余", "480", "普法宣传、诉讼引导、结对帮扶", ""],
      ["青年干警志愿服务队", "青年志愿者", "约40", "", "", "文明交通劝导"],
    ],
    先进典型: [["市级文明单位", "市", "其他", "1", "", "2024.12.20"]],
    问题整改: [
      ["其他", "25", "25", "个", undefined, "办公室", "", "", "机关院内环境卫生问题"],
      ["卫生死角", "8", "7", "处"],
    ],
    活动台账: [
      ["2024.3.15", "民法典宣传月启动仪式", "宣传教育", "约300", "人次", "县广场", "县司法局", "", ""],
      ["2024.3.5", "学雷锋干警志愿服务进社区", "志愿服务", "50", "人", "城关社区"],
      ["2024年4月4日", "清明祭英烈", "我们的节日", "60", "人", "烈士陵园"],
      ["2024.6.26", "国际禁毒日普法宣传", "宣传教育", "200", "人次"],
      ["2024.12.4", "国家宪法日宣传", "宣传教育", "百余", "人次"],
      ["2024.8.1", "八一走访慰问退役军人干警", "关爱帮扶", "12", "户"],
      ["2024.9.17", "中秋节结对帮扶村慰问", "关爱帮扶", "30", "户", "桃花村"],
      ["2024.10.10", "诉讼服务窗口文明服务培训", "会议培训", "45", "人"],
    ],
    其他指标: [
      ["其他", "诉讼服务窗口接待群众", "1.2万", "人次"],
      ["其他", "网上立案", "3,600", "件"],
      ["关爱帮扶", "为结对村争取帮扶资金", "15万", "元"],
      ["关爱帮扶", "为结对村修建道路", "2.5", "公里"],
      ["宣传教育", "开展普法讲座", "二十余", "场", "余"],
    ],
    文字材料: [
      ["导语", "2024年，县法院坚持以习近平新时代中国特色社会主义思想为指导，把文明创建融入审判执行工作"],
      ["工作亮点", "诉讼服务窗口推行一站式服务，群众满意度高"]],
  }),
};

it("court: the unit's counted service (窗口接待, 网上立案) goes beside its 文明服务 point when a 导语 leaves the opening no room", async () => {
  const text = await summaryTextOf(court);
  expect(text).toContain("二是文明服务。10月10日开展“诉讼服务窗口文明服务培训”，参与45人。诉讼服务窗口接待群众达1.2万人次，网上立案3600件。\n");
  expect(text).not.toContain("此外，诉讼服务窗口");
  expect(text.match(/网上立案/gu)?.length).toBe(1);
});

it("market: a day the name gives by its date (`“3·15”消费维权宣传`) dated two months off is a 提示 at the 日期; near it, or a distance in 公里, none", async () => {
  const content = {
    profile: { 单位名称: "城东农贸市场管理有限公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: ledgers({
      活动台账: [
        ["2025.5.15", "“3·15”消费维权宣传", "宣传教育", "120", "人次", "市场门口"],
        ["2025.3.14", "3.15消费者权益日咨询", "宣传教育", "80", "人次"],
        ["2025.6.1", "2.5公里健步走", "文体活动", "60", "人"],
        ["2025.3.1", "八一走访慰问退役军人", "关爱帮扶", "12", "户"],
        ["2025.6.1", "六一关爱留守儿童", "关爱帮扶", "30", "人"],
      ],
    }),
  };
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  expect(analysis.findings.filter((f) => f.rule === "activity.festival-date").map((f) => `${f.cell} ${f.message}`)).toEqual([
    "A3 “‘3·15’消费维权宣传”的日期2025年5月15日离3·15（2025年3月15日）较远，请核对日期或年份。",
    "A6 “八一走访慰问退役军人”的日期2025年3月1日离八一（2025年8月1日）较远，请核对日期或年份。",
  ]);
});
