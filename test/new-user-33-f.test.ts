/**
 * New-user test 33 (docs/new-user-test-pane-33.md), defects D4, D5, D7 and D11: each as the tester typed it.
 */
import { summaryTextOf } from "./support/summaries";

const village = { 单位名称: "柳塘村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "下半年" };
const community = { 单位名称: "锦绣社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" };

it("D4: a 集体婚礼 typed 6对 beside 单位 人 is told as 6对新人, in the point of 移风易俗, never 参与6人 under 选树典型", async () => {
  const text = await summaryTextOf({
    profile: village,
    ledgers: {
      先进典型: [{ 荣誉名称: "文明家庭", 级别: "街道/乡镇", 类别: "其他", 人数: 10, 日期: "2025-09-01" }],
      活动台账: [{ 日期: "2025-11-11", 活动名称: "红白理事会集体婚礼", 活动类型: "其他", 参与数量: "6对", 单位: "人" }],
      其他指标: [{ 板块: "道德建设", 指标名称: "劝导简办婚丧事宜", 数值: 18, 单位: "起" }],
    },
  });
  expect(text).toContain("二是推进移风易俗。11月11日举办红白理事会集体婚礼，6对新人参加。劝导简办婚丧事宜18起。");
  expect(text).not.toMatch(/参与6人|6人参加/u);
});

it("D4: a turnout typed in a word that contradicts the 单位 and counts nothing known (6辆 beside 人) is left untold", async () => {
  const text = await summaryTextOf({
    profile: community,
    ledgers: { 活动台账: [{ 日期: "2025-03-12", 活动名称: "植树护绿", 活动类型: "志愿服务", 参与数量: "6辆", 单位: "人" }] },
  });
  expect(text).toContain("　　3月12日植树护绿。\n");
  expect(text).not.toMatch(/参与6/u);
});

it("D5: a meeting is 召开-ed and a 简要内容 that says who took part is said with the figure, never 以……参加为主要内容", async () => {
  const text = await summaryTextOf({
    profile: community,
    ledgers: { 活动台账: [
      { 日期: "2025-04-15", 活动名称: "老旧小区改造议事会", 活动类型: "其他", 参与数量: "35人", 单位: "人", 简要内容: "居民代表参加" },
      { 日期: "2025-05-20", 活动名称: "加装电梯座谈会", 活动类型: "其他", 简要内容: "党员、业主代表参加" },
      { 日期: "2025-06-01", 活动名称: "儿童节游园", 活动类型: "文体活动", 参与数量: 40, 单位: "人", 简要内容: "带领辖区儿童参与" },
    ] },
  });
  expect(text).toContain("4月15日召开老旧小区改造议事会，35名居民代表参加");
  expect(text).toContain("5月20日召开加装电梯座谈会，党员、业主代表参加");
  expect(text).toContain("6月1日开展“儿童节游园”文体活动，40名辖区儿童参加。");
  expect(text).not.toMatch(/为主要内容|开展“老旧小区改造议事会”/u);
});

it("D11: an activity's long 备注 gives its facts after the turnout, never its self-praise", async () => {
  const text = await summaryTextOf({
    profile: { ...community, 报告期: "第一季度" },
    ledgers: { 活动台账: [
      {
        日期: "2025-03-05", 活动名称: "学雷锋清洁家园", 活动类型: "志愿服务", 参与数量: 30, 单位: "人",
        备注: "组织党员、居民志愿者清理楼道小广告和卫生死角，共清理小广告200余处，并对辖区内3个无物业小区开展集中整治，受到居民一致好评，辖区环境明显改善",
      },
      { 日期: "2025-03-20", 活动名称: "楼道杂物清理", 活动类型: "环境整治", 参与数量: 12, 单位: "人", 简要内容: "清理楼道杂物，受到居民广泛好评" },
    ] },
  });
  expect(text).toContain("3月5日开展“学雷锋清洁家园”志愿服务活动，参与30人，共清理小广告200余处。");
  expect(text).toContain("　　3月20日清理楼道杂物，参与12人。\n");
  expect(text).not.toMatch(/好评/u);
});

it("D7: two totals side by side are said with one 累计", async () => {
  const text = await summaryTextOf({
    profile: community,
    ledgers: { 组织保障: [
      { 事项类型: "工作会议", 名称或内容: "召开创文推进会", 数量: 30, 单位: "次", 频次: "每月2次" },
      { 事项类型: "督查检查", 名称或内容: "开展物业小区环境卫生督查", 数量: "约120", 单位: "次", 频次: "每周1次" },
    ] },
  });
  expect(text).toContain("累计召开创文推进会30次、开展物业小区环境卫生督查约120次。");
  expect(text).not.toContain("，累计开展");
});
