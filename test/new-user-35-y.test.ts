/**
 * New-user test 35 (docs/new-user-test-pane-35.md), defects D6, D12, D13, D14: each as the tester typed it.
 */
import { summaryTextOf } from "./support/summaries";

const village = (remark: string | undefined, guide = "青山镇党委", type = "村", name = "柳塘村村民委员会"): Parameters<typeof summaryTextOf>[0] => ({
  profile: { 单位名称: name, 单位类型: type, 报告年度: 2025, 报告期: "下半年", 上级指导单位: guide },
  ledgers: { 先进典型: [{ 荣誉名称: "文明家庭", 级别: "县/区", 类别: "孝老爱亲", 人数: 3, ...(remark ? { 备注: remark } : {}) }] },
});

it("D6: a 县/区 honour is 县级 or 区级 as its 备注 says; a 村 or 乡镇 naming neither is in a 县; a 社区 naming neither is urban: 区级 (test 37, D2)", async () => {
  expect(await summaryTextOf(village("县级"))).toContain("3户家庭获评县级“文明家庭”");
  expect(await summaryTextOf(village("区级"))).toContain("3户家庭获评区级“文明家庭”");
  expect(await summaryTextOf(village("东湖区文明委授予"))).toContain("3户家庭获评区级“文明家庭”");
  expect(await summaryTextOf(village(undefined))).toContain("3户家庭获评县级“文明家庭”");
  expect(await summaryTextOf(village(undefined, "江城县委宣传部", "乡镇", "青山镇人民政府"))).toContain("3户家庭获评县级“文明家庭”");
  expect(await summaryTextOf(village("社区推荐", "城南街道办事处", "社区", "望江社区居委会"))).toContain("3户家庭获评区级“文明家庭”");
  expect(await summaryTextOf(village("区级", "城南街道办事处", "社区", "望江社区居委会"))).toContain("3户家庭获评区级“文明家庭”");
});

it("D12: a school's 中心组学习 is 组织-ed under 理论学习 (never 召开-ed as 研究部署); 3间 rooms are the subject of their honour", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "江城大学", 单位类型: "学校", 报告年度: 2025, 报告期: "第一季度" },
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "文明校园创建工作领导小组", 数量: 1, 单位: "个" }, { 事项类型: "工作会议", 名称或内容: "党委理论学习中心组学习", 数量: 6, 单位: "次", 频次: "每月2次" }],
      先进典型: [{ 荣誉名称: "省级文明寝室", 级别: "省", 人数: 3, 备注: "间" }],
    },
  });
  expect(text).toContain("理论学习。坚持每月组织党委理论学习中心组集中学习2次，累计6次。");
  expect(text).not.toContain("研究部署");
  expect(text).toContain("3间寝室获评“省级文明寝室”");
});

it("D13: 其他指标 rows of one name in two measure words name the work once: 清运垃圾约30吨（12车）", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "石门村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "第四季度" },
    ledgers: {
      其他指标: [
        { 板块: "环境整治", 指标名称: "清运垃圾", 数值: 30, 单位: "吨", 表述: "约" },
        { 板块: "环境整治", 指标名称: "清运垃圾", 数值: 12, 单位: "车" },
      ],
    },
  });
  expect(text).toContain("清运垃圾约30吨（12车）。");
  expect(text).not.toContain("、垃圾12车");
});

it("D14: a station's 引导 at the 进站口 counts the travellers served (服务旅客1.5万人次); a 社区's volunteers still 参与", async () => {
  const station = await summaryTextOf({
    profile: { 单位名称: "青山火车站售票厅", 单位类型: "其他", 报告年度: 2025, 报告期: "专项", 起始日期: "2025-09-28", 截止日期: "2025-10-08" },
    ledgers: { 活动台账: [{ 日期: "2025-10-01", 活动名称: "国庆假期文明出行引导", 活动类型: "志愿服务", 参与数量: 15000, 单位: "人次", 地点: "进站口" }] },
  });
  expect(station).toContain("10月1日在进站口开展“国庆假期文明出行引导”志愿服务活动，服务旅客1.5万人次。");
  const community = await summaryTextOf({
    profile: { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 80, 单位: "人次" }] },
  });
  expect(community).toContain("3月5日开展“学雷锋志愿服务”活动，参与80人次。");
});
