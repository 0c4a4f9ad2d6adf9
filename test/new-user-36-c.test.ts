/**
 * New-user test 36 (docs/new-user-test-pane-36.md), defects fixed in session c: each as the tester typed it.
 */
import { summaryTextOf } from "./support/summaries";

/** The tester's b-村.xlsx: a village's 移风易俗 problems typed in 问题整改 beside its environment problems. */
const village = {
  profile: { 单位名称: "柳塘村村民委员会", 单位简称: "柳塘村", 单位类型: "村", 上级指导单位: "青山镇", 报告年度: 2025, 报告期: "全年", 常住人口: 1860 },
  ledgers: {
    问题整改: [
      { 问题类别: "卫生死角", 发现数: 60, 已整改数: 58, 单位: "处" },
      { 问题类别: "占道堆放", 发现数: 35, 已整改数: 35, 单位: "处" },
      { 问题类别: "其他", 发现数: 12, 已整改数: 10, 单位: "起", 备注: "高额彩礼、大操大办" },
    ],
    先进典型: [{ 荣誉名称: "好媳妇好婆婆", 级别: "社区/村", 类别: "孝老爱亲", 人数: 4 }],
    其他指标: [
      { 板块: "其他", 指标名称: "劝导简办婚丧事宜", 数值: 18, 单位: "起" },
      { 板块: "其他", 指标名称: "彩礼平均下降", 数值: 30, 单位: "%" },
    ],
  },
};

describe("D1: 移风易俗 problems (高额彩礼、大操大办) and the 彩礼 figure are told in 移风易俗, never as an environment 顽疾", () => {
  it("a 村 tells them in 培育文明乡风, the environment totals without them, the 导语 without the lone 彩礼 figure", async () => {
    const text = await summaryTextOf(village as never);
    expect(text).toContain("二、培育文明乡风，推进移风易俗\n　　一是选树典型。评选表彰好媳妇好婆婆4人。\n　　二是推进移风易俗。排查发现高额彩礼、大操大办问题12起，已劝导纠正10起。彩礼平均下降30%。");
    expect(text).toContain("　　累计排查发现各类问题95处，已整改93处，整改率为97.9%。其中清理卫生死角58处，整治占道堆放35处。\n");
    expect(text).toContain("2025年，柳塘村在青山镇的指导下，整改各类问题93处，劝导简办婚丧事宜18起。现将有关情况总结如下。");
    expect(text).toContain("卫生死角60处中尚有2处未整改到位，高额彩礼、大操大办问题12起中尚有2起未纠正到位，需持续跟进。");
    expect(text).not.toMatch(/全年彩礼|高额彩礼、大操大办问题12起，已整改10起/u);
  });

  it("a 街道 and a 机关部门 tell them in 道德建设 too", async () => {
    for (const [type, heading] of [["街道", "二、深化道德建设，培育文明风尚"], ["机关部门", "二、加强思想道德建设，提升干部职工素质"]]) {
      const text = await summaryTextOf({ ...village, profile: { ...village.profile, 单位名称: `柳塘${type}`, 单位简称: undefined, 单位类型: type } } as never);
      expect(text).toContain(`${heading}\n`);
      expect(text).toContain("二是推进移风易俗。排查发现高额彩礼、大操大办问题12起，已劝导纠正10起。彩礼平均下降30%。");
      expect(text).toContain("各类问题95处，已整改93处，整改率为97.9%。");
    }
  });

  it("all persuaded, a 社区's 大操大办劝导 is told in 道德建设 as done, the environment point without it", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "东风社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
      ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 8, 已整改数: 8, 单位: "起", 备注: "大操大办劝导" }, { 问题类别: "乱张贴", 发现数: 20, 已整改数: 20, 单位: "处" }] },
    } as never);
    expect(text).toContain("一、狠抓环境整治，建设美丽家园\n　　累计排查发现乱张贴问题20处，均已整改到位。\n二、深化道德建设，提升居民素质\n　　劝导大操大办问题8起。\n");
    expect(text).toContain("2025年上半年，东风社区居委会整改乱张贴问题20处。");
  });
});
