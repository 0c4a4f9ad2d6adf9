/**
 * New-user test 39 (docs/new-user-test-pane-39.md), defects D19, D22 and D24: a 问题整改 备注 named by its first clause
 * (a status clause such as `上报公司了还没批` is no problem), a 简要内容 in spoken register never quoted, and conduct
 * (`黑车拉客`) 查处-ed, never 整改-ed.
 */
import { readRemark } from "../src/core/facts";
import { summaryTextOf } from "./support/summaries";

const counter = { 单位名称: "中国移动城关营业厅", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "下半年" } as const;

it("D19: a 其他 备注 `无障碍通道坡道太陡，上报公司了还没批` names the problem by its first clause, in written words; the status is no name", async () => {
  const text = await summaryTextOf({
    profile: counter,
    ledgers: { 问题整改: [
      { 问题类别: "其他", 发现数: 3, 已整改数: 2, 单位: "处", 备注: "门口电动车乱停，跟城管说了" },
      { 问题类别: "其他", 发现数: 2, 已整改数: 0, 单位: "个", 备注: "无障碍通道坡道太陡，上报公司了还没批" },
    ] },
  });
  // Conduct counted in 处 is a 问题, 整改-ed or 整治-ed (run-29 review, 材料1 item 1: 行为 is never counted in 处).
  expect(text).toContain("发现门口电动车乱停问题3处，已整改2处；无障碍通道坡道过陡问题2个，正在整改。");
  expect(text).toContain("门口电动车乱停3处中尚有1处未整改到位，无障碍通道坡道过陡问题2个均未整改到位，需持续跟进。");
  expect(text).not.toMatch(/公司了|还没批|太陡|上报/u);
});

it("D19: a clause of where a problem stands (上报, 已联系, 正在, 待审批, 跟…说了) names nothing; a thing with its state does", () => {
  expect(readRemark("无障碍通道坡道太陡，上报公司了还没批")).toEqual({ places: [], detail: "无障碍通道坡道过陡", dropped: [{ text: "上报公司了还没批", why: "artefact" }] });
  expect(readRemark("上报公司了还没批").detail).toBeUndefined();
  expect(readRemark("已联系物业").detail).toBeUndefined();
  expect(readRemark("正在协调").detail).toBeUndefined();
  expect(readRemark("方案待审批").detail).toBeUndefined();
  expect(readRemark("跟城管说了").detail).toBeUndefined();
  expect(readRemark("楼道路灯太暗").detail).toBe("楼道路灯过暗");
  expect(readRemark("无障碍坡道被占用").detail).toBe("无障碍坡道被占用");
});

it("D22: a 简要内容 in spoken words is said in written ones where that is plain (`给老人讲…，装…APP`), else left out (`教老年人用智能手机、微信付款、挂号`)", async () => {
  const text = await summaryTextOf({
    profile: counter,
    ledgers: { 活动台账: [
      { 日期: "2025.7.20", 活动名称: "反诈宣传进营业厅", 活动类型: "宣传教育", 参与数量: "约300", 单位: "人次", 简要内容: "给老人讲电信诈骗，装国家反诈APP，张阿姨差点被骗" },
      { 日期: "2025.9.9", 活动名称: "敬老助老手机课堂", 活动类型: "关爱帮扶", 参与数量: 45, 单位: "人", 主办或协办单位: "社区", 简要内容: "教老年人用智能手机、微信付款、挂号" },
    ] },
  });
  expect(text).toContain("7月20日开展“反诈宣传进营业厅”活动，为老年人讲解电信诈骗，指导安装国家反诈APP，参与约300人次。");
  expect(text).toContain("9月9日联合社区开展“敬老助老手机课堂”关爱帮扶活动，参与45人。");
  expect(text).not.toMatch(/给老人|(?<!安)装国家|教老年人用|张阿姨/u);
});

it("D22: spoken 简要内容 (`帮居民弄了个登记表`, `教老人用手机`, `给孩子们讲一下交通安全`) — a plain fix or left out", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "鼓楼社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 活动台账: [
      { 日期: "2025-03-05", 活动名称: "智能手机课堂", 活动类型: "宣传教育", 参与数量: 20, 单位: "人", 简要内容: "教老人用智能手机" },
      { 日期: "2025-04-12", 活动名称: "平安出行小课堂", 活动类型: "宣传教育", 参与数量: 30, 单位: "人", 简要内容: "给孩子们讲一下交通安全" },
      { 日期: "2025-05-20", 活动名称: "居民信息采集", 活动类型: "其他", 参与数量: 15, 单位: "人", 简要内容: "帮居民弄了个登记表" },
    ] },
  });
  expect(text).toContain("3月5日开展“智能手机课堂”活动，指导老年人使用智能手机，参与20人");
  expect(text).toContain("4月12日开展“平安出行小课堂”活动，参与30人");
  expect(text).toContain("5月20日开展“居民信息采集”活动，参与15人");
  expect(text).not.toMatch(/一下|弄了个|教老人/u);
});

it("D24: 黑车拉客 is conduct of people, 查处-ed, never 整改-ed", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城东长途汽车站", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第三季度" },
    ledgers: { 问题整改: [
      { 问题类别: "占道经营", 发现数: 25, 已整改数: 25, 单位: "处", 责任单位: "站务科" },
      { 问题类别: "流动摊点", 发现数: 18, 已整改数: 15, 单位: "处" },
      { 问题类别: "其他", 发现数: 40, 已整改数: 40, 单位: "起", 备注: "黑车拉客" },
    ] },
  });
  expect(text).toContain("2025年第三季度，城东长途汽车站查处黑车拉客40起，规范占道经营25处。");
  expect(text).toContain("发现各类问题43处，已整改40处，其中规范占道经营25处、流动摊点15处；另有黑车拉客40起，均已查处。");
  expect(text).not.toMatch(/整改黑车|黑车拉客问题/u);
});

it("D24: 黑车拉客 partly dealt with is 已查处 in the body and 未处理到位 in 存在的不足", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城东长途汽车站", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第三季度" },
    ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 40, 已整改数: 35, 单位: "起", 备注: "黑车拉客" }] },
  });
  expect(text).toContain("2025年第三季度，城东长途汽车站查处黑车拉客35起。");
  expect(text).toContain("发现黑车拉客40起，已查处35起。");
  expect(text).toContain("黑车拉客40起中尚有5起未处理到位，需持续跟进。");
  expect(text).not.toMatch(/整改黑车|黑车拉客问题|整改率/u);
});

it("D24: a thing without its fitting (`小餐饮燃气瓶未装报警器`) is a 问题 counted in 家, in written words", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "区应急管理局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 问题整改: [
      { 问题类别: "其他", 发现数: 320, 已整改数: 316, 单位: "处", 责任单位: "执法大队", 备注: "安全隐患" },
      { 问题类别: "其他", 发现数: 12, 已整改数: 12, 单位: "家", 备注: "小餐饮燃气瓶未装报警器" },
    ] },
  });
  expect(text).toContain("2025年，区应急管理局整改安全隐患316处、小餐饮燃气瓶未安装报警器问题12家。");
  expect(text).toContain("发现安全隐患问题320处，已整改316处；小餐饮燃气瓶未安装报警器问题12家，均已整改到位。");
  expect(text).not.toMatch(/未装报警器|报警器12家/u);
});
