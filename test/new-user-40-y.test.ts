/**
 * New-user test 40 (docs/new-user-test-pane-40.md), found after the test-40 fixes were merged, on the tester's
 * a-锦绣华庭社区-2025H1.xlsx and k-fixed.xlsx: spoken 简要内容, people named in it, an event named in 简要内容 of a 其他 row,
 * a spoken meeting, and the unit named again in the 导语.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

const community = { 单位名称: "锦绣华庭社区居委会", 单位简称: "锦绣华庭社区", 单位类型: "社区", 上级指导单位: "城南街道党工委", 报告年度: 2025, 报告期: "上半年" };

it("D1: spoken 简要内容 (`清了一上午`, `一起吃饭`, `出一个菜`, a bare 讲) is never quoted; a half-width space in a quoted name is dropped", async () => {
  const text = await summaryTextOf({
    profile: community,
    ledgers: { 活动台账: [
      { 日期: "2025-03-05", 活动名称: "学雷锋 进小区清理小广告", 活动类型: "志愿服务", 参与数量: 35, 单位: "人", 地点: "各小区", 主办或协办单位: "社区", 简要内容: "志愿者铲小广告，清了一上午" },
      { 日期: "2025-05-18", 活动名称: "第三届邻里节 百家宴", 活动类型: "文体活动", 参与数量: 300, 单位: "人次", 地点: "中心广场", 主办或协办单位: "社区、业委会", 简要内容: "各家出一个菜，邻里一起吃饭" },
      { 日期: "2025-04-20", 活动名称: "垃圾分类积分兑换日", 活动类型: "宣传教育", 参与数量: 100, 单位: "人次", 地点: "锦绣一期", 主办或协办单位: "社区、物业", 简要内容: "现场兑换，讲分类知识" },
      { 日期: "2025-06-10", 活动名称: "垃圾分类宣传", 活动类型: "宣传教育", 参与数量: 50, 单位: "人", 简要内容: "现场讲解垃圾分类知识" },
    ] },
  });
  expect(text).toContain("3月5日在各小区开展“学雷锋进小区清理小广告”志愿服务活动，参与35人。");
  expect(text).toContain("5月18日联合业委会在中心广场开展“第三届邻里节百家宴”文体活动，参与300人次。");
  expect(text).toContain("4月20日联合物业在锦绣一期开展“垃圾分类积分兑换日”活动，现场兑换，讲解分类知识，参与100人次");
  expect(text).toContain("6月10日开展“垃圾分类宣传”活动，现场讲解垃圾分类知识，参与50人");
  expect(text).not.toMatch(/清了一上午|一起吃饭|出一个菜| 进小区| 百家宴/u);
});

it("D2: a person named in 简要内容 (`王警官讲`, `民警老周讲案例`) is never printed; `民警…讲案例` is 邀请民警讲解案例", async () => {
  const text = await summaryTextOf({
    profile: community,
    ledgers: { 活动台账: [
      { 日期: "2025-05-15", 活动名称: "防诈骗", 活动类型: "宣传教育", 参与数量: 60, 单位: "人", 主办或协办单位: "派出所", 简要内容: "王警官讲" },
      { 日期: "2025-06-12", 活动名称: "防范高空抛物安全宣讲", 活动类型: "宣传教育", 参与数量: 45, 单位: "人", 地点: "3期会所", 主办或协办单位: "社区、派出所", 简要内容: "民警老周讲案例" },
    ] },
  });
  expect(text).toContain("5月15日联合派出所开展“防诈骗”活动，参与60人");
  expect(text).toContain("6月12日联合派出所在3期会所开展“防范高空抛物安全宣讲”，邀请民警讲解案例，参与45人");
  expect(text).not.toMatch(/王警官|老周/u);
});

it("D2: check names the speaker in 简要内容 (`王警官`), and `李医生讲高血压防治知识` is 邀请医生讲解……", async () => {
  const content: Parameters<typeof workbookFile>[0] = {
    profile: community,
    ledgers: { 活动台账: [
      { 日期: "2025-05-15", 活动名称: "防诈骗", 活动类型: "宣传教育", 参与数量: 60, 单位: "人", 主办或协办单位: "派出所", 简要内容: "王警官讲" },
      { 日期: "2025-05-20", 活动名称: "健康讲座", 活动类型: "宣传教育", 参与数量: 40, 单位: "人", 简要内容: "李医生讲高血压防治知识" },
    ] },
  };
  expect((await cli("check", await workbookFile(content))).out).toContain("提示 活动台账!H3 [value.personal] “简要内容”中有个人姓名或称呼“王警官”，总结不会写出这一部分；个人信息请不要填在这一列。");
  const text = await summaryTextOf(content);
  expect(text).toContain("5月20日开展“健康讲座”，邀请医生讲解高血压防治知识，参与40人");
  expect(text).not.toMatch(/王警官|李医生/u);
});

it("D3: a 其他 row whose 简要内容 names an event (`老年大学书法班结业`) is told as that event", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "第二季度" },
    ledgers: { 活动台账: [
      { 日期: "2025-04-12", 活动名称: "其他", 活动类型: "其他", 参与数量: 30, 单位: "人", 简要内容: "老年大学书法班结业" },
      { 日期: "2025-04-20", 活动名称: "其他", 活动类型: "其他", 参与数量: 40, 单位: "人", 简要内容: "少儿舞蹈班开班" },
    ] },
  });
  expect(text).toContain("4月12日举办老年大学书法班结业活动，参与30人");
  expect(text).toContain("4月20日举办少儿舞蹈班开班活动，参与40人");
  expect(text).not.toMatch(/开展活动1场|为主要内容/u);
});

it("D4: a spoken meeting (`同楼栋长开会`) is told as 召开楼栋长会议, never quoted nor appended to 关爱帮扶", async () => {
  const text = await summaryTextOf({
    profile: community,
    ledgers: { 活动台账: [
      { 日期: "2025-06-15", 活动名称: "走访独居老人", 活动类型: "关爱帮扶", 参与数量: 20, 单位: "人" },
      { 日期: "2025-06-20", 活动名称: "其他", 活动类型: "其他", 参与数量: 20, 单位: "人", 简要内容: "同楼栋长开会" },
      { 日期: "2025-06-22", 活动名称: "跟网格员开会", 活动类型: "其他", 参与数量: 12, 单位: "人" },
    ] },
  });
  expect(text).toContain("6月20日召开楼栋长会议，20人参加");
  expect(text).toContain("6月22日召开网格员会议，12人参加");
  expect(text).toContain("先后开展2场会议，累计参与32人：6月20日召开楼栋长会议，20人参加；6月22日召开网格员会议，12人参加。");
  expect(text).not.toMatch(/开会|此外|学习培训/u);
});

it("D5: after a 导语 whose subject is the unit (`今年上半年社区以……`), the next sentence does not name it again", async () => {
  const text = await summaryTextOf({
    profile: { ...community, 常住人口: 12600, 户数: 4300 },
    ledgers: {
      活动台账: [
        { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 35, 单位: "人" },
        { 日期: "2025-04-20", 活动名称: "垃圾分类积分兑换日", 活动类型: "宣传教育", 参与数量: 100, 单位: "人次" },
        { 日期: "2025-05-18", 活动名称: "第三届邻里节", 活动类型: "文体活动", 参与数量: 300, 单位: "人次" },
      ],
      宣传投放: [{ 类型: "宣传单", 数量: 2000, 单位: "份", "投入金额（元）": 4800 }],
      问题整改: [{ 问题类别: "其他", 发现数: 26, 已整改数: 24, 单位: "起", 备注: "高空抛物" }],
      文字材料: [{ 类型: "导语", 内容: "今年上半年社区以“红色物业”为抓手，推动创文各项工作落地见效。" }],
    },
  });
  expect(text).toContain("2025年上半年社区以“红色物业”为抓手，推动创文各项工作落地见效。在城南街道党工委的指导下，整改高空抛物问题24起，投入宣传经费4800元。");
  expect(text).not.toContain("锦绣华庭社区在城南街道党工委");
});
