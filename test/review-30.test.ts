/**
 * Editor review run 30 (docs/narrative-quality.md, reviewer AT), phrasings mended while merging: the procuratorate's 开放日
 * told one by one (`看了案管大厅和12309中心`, `人大代表政协委员来看`, `在广场摆摊咨询`), the 老年大学's `吃长寿面` (材料5 item 6) and
 * `场地不够用`.
 */
import { writtenRemark } from "../src/core/facts/remark";
import { summaryTextOf } from "./support/summaries";

const 检察院 = { 单位名称: "县人民检察院", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "上半年", 成文日期: "2025-07-08" };

describe("run 30: visits, a stall, a birthday meal said in writing", () => {
  it("the 开放日's visits and the week's stall", async () => {
    const text = await summaryTextOf({
      profile: 检察院,
      ledgers: {
        活动台账: [
          { 日期: "2025-03-08", 活动名称: "三八节检察开放日", 活动类型: "宣传教育", 参与数量: 120, 单位: "人", 地点: "院机关", 简要内容: "看了案管大厅和12309中心" },
          { 日期: "2025-05-20", 活动名称: "检察开放日", 活动类型: "宣传教育", 参与数量: 80, 单位: "人", 地点: "院机关", 简要内容: "人大代表政协委员来看" },
          { 日期: "2025-06-25", 活动名称: "公益诉讼宣传周", 活动类型: "宣传教育", 参与数量: "约300", 单位: "人次", 简要内容: "在广场摆摊咨询" },
        ],
      },
    });
    expect(text).toContain("参观案管大厅和12309中心");
    expect(text).toContain("邀请人大代表、政协委员参观");
    expect(text).toContain("在广场设点咨询");
    expect(text).not.toMatch(/看了|来看|摆摊/u);
  });

  it("a birthday meal shared; room that falls short", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县老年大学", 单位类型: "企事业单位", 上级指导单位: "县委老干部局", 报告年度: 2025, 报告期: "全年", 成文日期: "2025-12-30" },
      ledgers: { 活动台账: [{ 日期: "2025-10-29", 活动名称: "重阳敬老节活动", 活动类型: "我们的节日", 参与数量: 300, 单位: "人", 地点: "学校礼堂", 简要内容: "给80岁以上学员祝寿，吃长寿面" }] },
    });
    expect(text).toContain("为80岁以上学员祝寿，共享长寿面，参与300人。");
    expect(writtenRemark("校舍老旧，场地不够用", "存在不足")).toBe("校舍老旧，场地不足");
    expect(writtenRemark("活动室也不够用", "存在不足")).toBe("活动室不足");
  });
});

describe("new-user test 58 (the college's 工作亮点): how much a thing changed, said in writing", () => {
  it("`剩饭少了一大半`, `少了不少`", () => {
    expect(writtenRemark("食堂光盘行动成效明显，剩饭少了一大半", "工作亮点")).toBe("食堂光盘行动成效明显，剩饭减少一半以上");
    expect(writtenRemark("乘客投诉少了不少", "工作亮点")).toBe("乘客投诉明显减少");
    expect(writtenRemark("推行“一站式”服务中心，排队时间少了一半", "工作亮点")).toBe("推行“一站式”服务中心，排队时间减少一半");
  });
});
