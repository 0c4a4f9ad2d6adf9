/**
 * New-user test 66 (report: docs/new-user-test-pane-66.md; the tester's scripts in docs/new-user-test-66-files):
 * D2 — a 问题类别 其他 whose 备注 already names its kind (`游客践踏草坪、乱扔垃圾等不文明行为`) is never given it again
 * (`……等不文明行为等不文明行为30起`);
 * D6 — a 共建单位 row whose content already says 共建 (`驻区单位共驻共建`) takes no second `结对共建`:
 * its own word is the work done with them (`与7家驻区单位开展共驻共建`);
 * D7 — a 备注 `会同/联合/协同 X` is a partner of the work, said before the verb (`会同县住建局开展无障碍设施督查6次`), never
 * left at the sentence's end;
 * D11 — an activity's 简要内容 repeating the name's 入户 (`入户发放倡议书` after `入户走访宣传创文知识`) says it
 * once (`入户走访宣传创文知识，发放倡议书`);
 * D12 — a 领导小组 row without a date is `我单位充分发挥创文工作领导小组统筹作用。`, never the bare `我单位发挥……`.
 */
import { summaryTextOf } from "./support/summaries";

const park = { 单位名称: "云川县公园管理处", 单位类型: "企事业单位", 上级指导单位: "县住房和城乡建设局", 报告年度: 2025, 报告期: "第三季度" };
const community = { 单位名称: "云川县河西街道幸福里社区居民委员会", 单位类型: "社区", 上级指导单位: "河西街道创建办", 报告年度: 2025, 报告期: "上半年" };
const disabled = { 单位名称: "云川县残疾人联合会", 单位类型: "群团组织", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年" };

it("D2: a 其他 problem whose 备注 ends in its kind (`……等不文明行为`) says the kind once", async () => {
  const text = await summaryTextOf({ profile: park, ledgers: {
    问题整改: [
      { 问题类别: "其他", 发现数: 32, 已整改数: 30, 单位: "起", 责任单位: "园区巡查组", 备注: "游客践踏草坪、乱扔垃圾等不文明行为" },
      { 问题类别: "卫生死角", 发现数: 12, 已整改数: 12, 单位: "处", 责任单位: "保洁班" },
    ],
  } });
  expect(text).toContain("纠正游客践踏草坪、乱扔垃圾等不文明行为30起，清理卫生死角12处。");
  expect(text).toContain("排查发现游客践踏草坪、乱扔垃圾等不文明行为32起，已纠正30起；");
  expect(text).toContain("游客践踏草坪、乱扔垃圾等不文明行为32起中尚有2起未处理到位");
  expect(text).not.toContain("不文明行为等不文明行为");
});

it("D6: a 共建单位 row whose content says 共驻共建 is `与7家驻区单位开展共驻共建`, never `……共驻共建结对共建`", async () => {
  const text = await summaryTextOf({ profile: community, ledgers: {
    组织保障: [
      { 事项类型: "领导小组", 名称或内容: "社区创建文明城市工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-06" },
      { 事项类型: "共建单位", 名称或内容: "驻区单位共驻共建", 数量: 7, 单位: "家", 备注: "县供电公司、县邮政局等" },
    ],
  } });
  expect(text).not.toContain("共驻共建结对共建");
  expect(text).toContain("二是共驻共建。与7家驻区单位开展共驻共建。");
});

it("D7: a 备注 `会同县住建局` is said before the verb: `会同县住建局开展无障碍设施督查6次`", async () => {
  const text = await summaryTextOf({ profile: disabled, ledgers: {
    组织保障: [
      { 事项类型: "领导小组", 名称或内容: "残联创建文明城市工作领导小组", 数量: 1, 单位: "个", 日期: "2025-02-10", 备注: "理事长任组长" },
      { 事项类型: "督查检查", 名称或内容: "无障碍设施督查", 数量: 6, 单位: "次", 备注: "会同县住建局" },
    ],
  } });
  expect(text).toContain("二是督促落实。会同县住建局开展无障碍设施督查6次。");
  expect(text).not.toContain("，会同县住建局。");
});

it("D11: `入户走访宣传创文知识` with 简要内容 `入户发放倡议书` says 入户 once: `……入户走访宣传创文知识，发放倡议书`", async () => {
  const text = await summaryTextOf({ profile: community, ledgers: {
    活动台账: [
      { 日期: "2025-04-15", 活动名称: "入户走访宣传创文知识", 活动类型: "宣传教育", 参与数量: "四百余", 单位: "户", 地点: "各网格", 简要内容: "入户发放倡议书" },
    ],
  } });
  expect(text).toContain("4月15日在各网格入户走访宣传创文知识，发放倡议书，覆盖400余户。");
});

it("D12: a 领导小组 without a date is `我单位充分发挥……统筹作用`", async () => {
  const text = await summaryTextOf({ profile: park, ledgers: {
    组织保障: [
      { 事项类型: "领导小组", 名称或内容: "创文工作领导小组", 数量: 1, 单位: "个" },
      { 事项类型: "工作机制", 名称或内容: "园区网格化管理责任制", 数量: 1, 单位: "项", 备注: "全园划分8个网格" },
      { 事项类型: "督查检查", 名称或内容: "园区文明巡查", 数量: 90, 单位: "次", 频次: "每日" },
    ],
  } });
  expect(text).not.toMatch(/我单位发挥创文工作领导小组统筹作用/u);
  expect(text).toContain("一是健全机构。我单位充分发挥创文工作领导小组统筹作用。");
});
