/**
 * Run 29 of the editor review (docs/narrative-quality.md), reviewer AS: the 其他 section and the points of 道德建设 and
 * 组织保障. Items: t54-bank 5 (a 其他 section of a forum and a figure: each goes home), t54-town 4 and 5 (道德评议 beside
 * the 道德评议会 figure; a 揭牌 joins the 建成 clause), t55-court item 1 (a village paired is no 部门联动), t55-market
 * item 4 (a forum with 女摊主 is no 职工文体活动).
 */
import { summaryTextOf } from "./support/summaries";
import { writtenActivityClause } from "../src/core/facts/remark";
import { ledgers } from "./support/ledger-rows";


const bank = {
  profile: { 单位名称: "县农商银行城关支行", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "上半年", 成文日期: "2025-07-03" },
  ledgers: ledgers({
    组织保障: [
      ["领导小组", "成立创文工作领导小组，王建国行长任组长", "", "", "2025-01-06"],
      ["工作会议", "创文推进会", "3", "次", "", "", "基本每月都开，行长亲自抓"],
      ["督查检查", "网点文明服务暗访", "12", "次", "", "每月2次"],
      ["其他", "客户投诉处理机制", "", "", "", "", "投诉电话0571-88881234找李经理"],
    ],
    宣传投放: [
      ["电子屏", "网点LED屏滚动播放反诈提示", "6", "块", "维护", "3600", "2025-04-01"],
      ["宣传资料", "反诈宣传折页", "2000", "份", "发放", "", "2025-03-05"],
      ["展板", "金融知识进社区展板", "约20", "块", "新设", "15000", "2025-02-28"],
      ["其他", "微信公众号推文", "12", "条"],
    ],
    志愿服务: [["城关支行青年志愿服务队", "青年志愿者", "35", "12", "120", "反诈宣传、金融知识进社区、教老人用手机银行", "队长小陈 13905710001"]],
    先进典型: [["县级文明服务窗口", "县/区", "其他", "1", "", "2025-05-20"], ["优秀柜员", "本单位", "敬业奉献", "2"]],
    问题整改: [
      ["其他", "18", "16", "件", undefined, "个人金融部", "", "", "客户投诉，主要是排队时间长、柜员态度问题"],
      ["其他", "5", "5", "处", undefined, "", "", "", "网点门口乱停车"],
    ],
    活动台账: [
      ["2025-03-08", "三八节金融知识进社区", "宣传教育", "百余", "人", "城关社区", "", "给大妈们讲了讲怎么防诈骗，效果挺好的"],
      ["2025-04-15", "全民国家安全教育日反诈宣传", "宣传教育", "三十余", "人", "支行营业厅"],
      ["2025-05-20", "志愿服务进敬老院", "志愿服务", "15", "人", "", "", "小陈带队去县敬老院帮老人理发、讲防骗"],
      ["2025-06-30", "客户满意度座谈会", "会议培训", "12", "人", "", "", "请了十几个老客户来提意见，王行长主持"],
      ["2025-06-10", "文明服务礼仪培训", "会议培训", "40", "人次"],
    ],
    其他指标: [
      ["宣传教育", "开展反诈宣传", "30", "场", "余"],
      ["其他", "拦截电信诈骗资金", "15000", "元", "约"],
      ["关爱帮扶", "为行动不便老人上门办理业务", "20", "次", "", "每周1次"],
      ["其他", "受理客户投诉", "18", "件"],
    ],
    文字材料: [
      ["工作亮点", "我行把反诈宣传做到了每个网点，老百姓都说好"],
      ["存在不足", "个别员工服务意识还不够强，偶尔有客户投诉"],
      ["下一步打算", "加大反诈宣传力度，争取每个月进一次社区"],
    ],
  }),
};

it("bank (item 5): the 其他 section of a forum and a figure leaves no section: each sentence goes home", async () => {
  const text = await summaryTextOf(bank);
  expect(text).toContain("受理客户投诉18件，已办结16件；6月30日召开客户满意度座谈会，听取客户意见建议，12人参加。\n");
  expect(text).toContain("开展反诈宣传30余场，拦截电信诈骗资金约1.5万元。");
  expect(text).not.toMatch(/其他创建工作|十几个|王行长|此外，拦截/u);
  expect(text.match(/拦截电信诈骗资金/gu)?.length).toBe(1);
  expect(text.match(/客户满意度座谈会/gu)?.length).toBe(1);
});

const town = {
  profile: { 单位名称: "青山镇人民政府", 单位类型: "乡镇", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年", 常住人口: "3.2万", 户数: "9,800" },
  ledgers: ledgers({
    组织保障: [
      ["领导小组", "镇创文工作领导小组，镇长任组长", "", "", "2025年1月8日"],
      ["工作会议", "召开全镇人居环境整治推进会", "4", "次"],
      ["其他", "道德评议会", "12", "个", "", "", "每个村都成立了，柳溪村搞得最好"],
    ],
    先进典型: [
      ["县级文明村", "县/区", "其他", "2", "", "", "柳溪村、石门村"],
      ["好媳妇好婆婆", "街道/乡镇", "孝老爱亲", "十"],
      ["最美庭院", "街道/乡镇", "", "50"],
    ],
    问题整改: [
      ["卫生死角", "一百二十", "118", "处", undefined, "各村"],
      ["其他", "6", "6", "起", undefined, "", "", "", "红白事大操大办，下坪村张某某家办酒超标，已劝导"],
    ],
    活动台账: [
      ["2025.3.5", "学雷锋志愿服务", "志愿服务", "两百余", "人", "镇区"],
      ["2025.6.30", "道德评议会集中评议", "其他", "60", "人", "", "", "评了不孝顺的3户，在村里曝光了", "石门村"],
      ["2025年13月5日", "新时代文明实践所揭牌", "其他"],
    ],
    其他指标: [
      ["设施建设", "建成新时代文明实践站", "12", "个"],
      ["设施建设", "新时代文明实践所", "1", "个"],
      ["道德建设", "召开道德评议会", "48", "场", "", "每季度1次"],
    ],
  }),
};

it("town (items 4, 5): 道德评议 is told beside the 道德评议会 figure; a 揭牌 joins the 建成 clause", async () => {
  const text = await summaryTextOf(town);
  expect(text).toContain("二是推进移风易俗。劝导纠正红白事大操大办问题6起，全年召开道德评议会48场，6月30日在石门村开展道德评议会集中评议，参与60人。\n");
  expect(text).not.toMatch(/典型引领。[^\n]*道德评议会集中评议/u);
  expect(text).toContain("新时代文明实践所1个，实践所已揭牌投入使用。");
  expect(text).not.toMatch(/此外，开展“新时代文明实践所揭牌”/u);
});

it("town (item 5): a dated 揭牌 says its day", async () => {
  const dated = { ...town, ledgers: { ...town.ledgers, ...ledgers({ 活动台账: [["2025.5.18", "新时代文明实践所揭牌", "其他"]] }) } };
  const text = await summaryTextOf(dated);
  expect(text).toContain("新时代文明实践所1个，并于5月18日举行揭牌仪式。");
});

const court = {
  profile: { 单位名称: "县人民法院", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: 2024, 报告期: "全年", 起始日期: "2024-01-01", 截止日期: "2024-12-31" },
  ledgers: ledgers({
    组织保障: [
      ["领导小组", "成立以院长为组长的文明单位创建工作领导小组", "1", "个", "2024.2.1", "", "院长陈志刚任组长"],
      ["工作会议", "党组会专题研究创文工作", "4", "次", "", "每季度1次", ""],
      ["共建单位", "与桃花村结对帮扶", "1", "个", "", "", "桃花村支书老周"],
    ],
    活动台账: [
      ["2024.8.1", "八一走访慰问退役军人干警", "关爱帮扶", "12", "户"],
      ["2024.9.17", "中秋节结对帮扶村慰问", "关爱帮扶", "30", "户", "桃花村", "", "给村里困难户送月饼和米油"],
    ],
    其他指标: [["关爱帮扶", "为结对村争取帮扶资金", "15万", "元"]],
  }),
};

it("court (item 1): a village paired is no 部门联动; told with the 结对帮扶 section that names it", async () => {
  const text = await summaryTextOf(court);
  expect(text).not.toContain("部门联动");
  expect(text).not.toContain("与桃花村结对帮扶。");
  expect(text).toMatch(/与桃花村建立结对帮扶关系/u);
  expect(text.match(/与桃花村/gu)?.length).toBe(1);
});

it("court (item 1): without a 结对帮扶 section the pairing is its own point 结对共建", async () => {
  const alone = { ...court, ledgers: { ...court.ledgers, 活动台账: [], 其他指标: [] } };
  const text = await summaryTextOf(alone);
  expect(text).toContain("结对共建。与桃花村建立结对帮扶关系。");
});

const market = {
  profile: { 单位名称: "城东农贸市场管理有限公司", 单位简称: "市场公司", 单位类型: "企事业单位", 上级指导单位: "县市场监管局", 报告年度: 2025, 报告期: "上半年" },
  ledgers: ledgers({
    组织保障: [["领导小组", "成立以总经理为组长的创文工作领导小组", "1", "个", "2025.1.8"]],
    先进典型: [["县级文明经营户", "县/区", "诚实守信", "2", "", "2025.5.20"]],
    问题整改: [
      ["占道经营", "45", "40", "处", undefined, "市场管理部"],
      ["其他", "18", "18", "起", undefined, "", "", "", "消费投诉18起，全部办结"],
    ],
    活动台账: [
      ["2025.3.8", "三八妇女节女摊主座谈会", "文体活动", "35", "人", "市场会议室", "", "请女摊主聊聊经营中的困难，大家说的都挺好"],
      ["2025.1.20", "迎春年货节", "其他", "两千", "人次", "", "", "春节前搞的，人很多", "这个算不算创文活动？"],
      ["三月五日", "学雷锋志愿服务", "志愿服务", "30", "人", "市场"],
    ],
    其他指标: [["其他", "受理消费投诉", "18", "件", "", "", "办结率100%"]],
  }),
};

it("market (item 4): a forum with 女摊主 goes with the service to 经营户; no 文体 heading without 文体", async () => {
  const text = await summaryTextOf(market);
  expect(text).not.toMatch(/文体活动，/u);
  expect(text).toMatch(/受理消费投诉18起，均已办结[^\n]*3月8日在市场会议室召开三八妇女节女摊主座谈会，围绕经营中的困难听取女摊主意见建议，35人参加。/u);
  expect(text.match(/座谈会/gu)?.length).toBe(1);
  // The trade fair (its 备注 asks whether it counts) is never `此外` after the volunteers' 学雷锋.
  expect(text).not.toMatch(/此外，1月20日开展“迎春年货节”/u);
  expect(text).toContain("1月20日开展“迎春年货节”活动，参与2000人次。");
});

it("bank (item 5): people asked to come and give their views are heard; a vague count and 老 go", () => {
  expect(writtenActivityClause("请了十几个老客户来提意见")).toBe("听取客户意见建议");
  expect(writtenActivityClause("邀请部分商户来谈谈意见")).toBe("听取商户意见建议");
  expect(writtenActivityClause("请居民代表提建议")).toBe("听取居民代表意见建议");
  // Not people served: as typed.
  expect(writtenActivityClause("请了几个同事来提意见")).toBe("请了几个同事来提意见");
});
