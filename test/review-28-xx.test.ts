/**
 * Review run 28 (docs/reviews/run-28-9dc7235-tester51-reviewer-AR.md) of new-user test 51 (docs/new-user-test-pane-51.md),
 * 材料4 item 6 (`1.5万` with `大概这个数` beside it is `约1.5万`). Items 5/6-1 (the sign-off date of a blank 成文日期 long after
 * the period) are said by the front ends' signOffDateLine at export, not by a finding: a check whose findings change with the
 * day it runs made the CLI and the panes disagree.
 */
import { summaryTextOf } from "./support/summaries";

const profile = { 单位名称: "城南供电所", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年", 起始日期: "2025-01-01", 截止日期: "2025-06-30" };
const activities = [{ 日期: "2025-06-12", 活动名称: "迎峰度夏安全用电宣传", 活动类型: "宣传教育", 参与数量: "1.5万", 单位: "人次", 地点: "全县", 简要内容: "线上线下一起 大概这个数" }];

describe("item 6: a figure its 备注 or 简要内容 calls an estimate is approximate", () => {
  it("`1.5万` with `大概这个数` is `参与约1.5万人次`; `签约率大概45%` keeps 3600 exact", async () => {
    const text = await summaryTextOf({
      profile,
      ledgers: {
        活动台账: activities,
        其他指标: [
          { 板块: "其他", 指标名称: "家庭医生签约", 数值: "3600", 单位: "人", 备注: "签约率大概45%" },
          { 板块: "宣传教育", 指标名称: "发放安全用电明白纸", 数值: "2000", 单位: "份", 备注: "估计的" },
        ],
        宣传投放: [{ 类型: "宣传单", 位置或内容: "安全用电明白纸", 数量: "3000", 单位: "份", 方式: "发放", 日期: "2025-04-01", 备注: "差不多这个数" }],
      },
    });
    expect(text).toContain("参与约1.5万人次");
    expect(text).not.toContain("参与1.5万人次");
    expect(text).toContain("约2000份");
    expect(text).toContain("3600人");
    expect(text).not.toContain("约3600人");
  });
});
