/**
 * Review run 29 (docs/narrative-quality.md run 29, reviewer AS), items of where activities go:
 * 1. drills (t55-fire-q2, t55-fire-q3): told inside 主题教育 as `共开展2场应急演练……累计开展应急演练8次`, dates out of order;
 *    now a point of their own (`应急演练`), the period's count first and the dated drills as its part, each said as the work.
 * 2. volunteer trainings (t54-culture, t55-fire-q2): told as 职工提升/业务提升 of 组织保障; now in 志愿服务 (`队伍培训`),
 *    and `请市里老师讲课` said `邀请市级专家授课`.
 * 3. 食品安全快检 (t55-market): told after the 主题教育 of publicity; now a point of its own in the market's 专项整治 section.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { summaryTextOf } from "./support/summaries";
import { ledgers } from "./support/ledger-rows";

const lineWith = (text: string, part: string): string | undefined => text.split("\n").find((l) => l.includes(part));

const fireProfile = { 单位名称: "县消防救援大队", 单位简称: "大队", 单位类型: "机关部门", 报告年度: 2025 };
const q2 = (drills: string | undefined) => ({
  profile: { ...fireProfile, 报告期: "第二季度", 起始日期: "2025-04-01", 截止日期: "2025-06-30" },
  ledgers: ledgers({
    组织保障: [["领导小组", "调整创文工作领导小组", "1", "个", "2025.4.2"]],
    宣传投放: [["宣传资料", "消防安全宣传资料", "8000余", "份", "发放"]],
    志愿服务: [["消防志愿者服务队", "专业志愿者", "150", "", "300余", "消防宣传、隐患排查"]],
    活动台账: [
      ["2025.4.15", "消防宣传进社区", "宣传教育", "约500", "人次", "桃源街道各社区"],
      ["2025.5.12", "防灾减灾日消防宣传进校园", "宣传教育", "1200", "人", "县一中", "县教育局"],
      ["2025.5.20", "高层建筑灭火救援应急演练", "其他", "80", "人", "县城某小区"],
      ["2025.6.5", "消防志愿者培训", "会议培训", "40", "人", "大队"],
      ["2025.6.18", "人员密集场所应急疏散演练", "其他", "300", "人", "城东农贸市场"],
    ],
    其他指标: [["其他", "检查单位", "156", "家"], ...(drills ? [["其他", "开展应急演练", drills, "次"]] : [])],
  }),
});

describe("item 1: drills are a point of their own, the period's count first", () => {
  it("t55-fire-q2: `三是应急演练。本季度开展应急演练8次，其中……`", async () => {
    const text = await summaryTextOf(q2("8"));
    expect(lineWith(text, "主题教育")).toBe("　　二是主题教育。组织开展2场宣传教育活动：4月15日在桃源街道各社区开展“消防宣传进社区”活动，参与约500人次；5月12日联合县教育局在县一中开展“防灾减灾日消防宣传进校园”活动，参与1200人。");
    expect(lineWith(text, "演练")).toBe("　　三是应急演练。本季度开展应急演练8次，其中5月20日在县城某小区开展高层建筑灭火救援应急演练，参与80人；6月18日在城东农贸市场开展人员密集场所应急疏散演练，参与300人。");
  });

  it("a count below the dated drills, or none: the dated drills only", async () => {
    const below = await summaryTextOf(q2("1"));
    expect(lineWith(below, "演练")).toBe("　　三是应急演练。组织开展2场应急演练，参与380人：5月20日在县城某小区开展高层建筑灭火救援应急演练，参与80人；6月18日在城东农贸市场开展人员密集场所应急疏散演练，参与300人。");
    const none = await summaryTextOf(q2(undefined));
    expect(lineWith(none, "演练")).toBe("　　三是应急演练。组织开展2场应急演练，参与380人：5月20日在县城某小区开展高层建筑灭火救援应急演练，参与80人；6月18日在城东农贸市场开展人员密集场所应急疏散演练，参与300人。");
  });

  it("drills the only events of their section, with the period's count: one sentence, never `共2场……累计8次`", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "阳光小区物业服务中心", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年" },
      ledgers: ledgers({
        宣传投放: [["横幅", "消防宣传横幅", "6", "条", "新设"]],
        活动台账: [
          ["2025.11.9", "高层住宅消防疏散演练", "其他", "120", "人", "阳光小区"],
          ["2025.6.3", "电梯困人应急演练", "其他", "15", "人", "阳光小区"],
        ],
        其他指标: [["其他", "组织应急演练", "4", "次"]],
      }),
    });
    expect(text.split("\n").find((l) => l.includes("演练") && !l.includes("现将"))).toBe("　　二是应急演练。全年开展应急演练4次，其中6月3日在阳光小区开展电梯困人应急演练，参与15人；11月9日在阳光小区开展高层住宅消防疏散演练，参与120人。");
  });

  it("a count below the dated drills is a warning at its 数值; a count at or above them is none", async () => {
    const findings = async (n: string): Promise<string[]> => {
      const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, q2(n))), standardV1);
      return analysis.findings.filter((f) => f.rule === "figure.drills-below-dated").map((f) => `${f.sheet}!${f.cell} ${f.severity} ${f.message}`);
    };
    expect(await findings("1")).toEqual(["其他指标!C4 warning “开展应急演练”的“数值”为1次，少于活动台账中填写的2场演练，前后对不上，总结只写活动台账中的各场演练，不写这个数；请核对数值。"]);
    expect(await findings("2")).toEqual([]);
  });

  it("t55-fire-q3: one drill after two publicity events, a count in Chinese numerals", async () => {
    const text = await summaryTextOf({
      profile: { ...fireProfile, 报告期: "第三季度", 起始日期: "2025-07-01", 截止日期: "2025-09-30" },
      ledgers: ledgers({
        宣传投放: [["展板", "消防科普展板", "20", "块", "新设"]],
        活动台账: [
          ["2025.7.15", "暑期消防安全进社区", "宣传教育", "约400", "人次", "桃源街道", "", "讲解电动车充电安全"],
          ["2025.9.1", "开学第一课消防安全教育", "宣传教育", "1500", "人", "县实验小学", "县教育局"],
          ["2025.8.20", "九小场所应急疏散演练", "其他", "60", "人"],
        ],
        其他指标: [["其他", "检查单位", "210", "家"], ["其他", "开展应急演练", "六", "次"]],
      }),
    });
    expect(lineWith(text, "演练")).toBe("　　三是应急演练。本季度开展应急演练6次，其中8月20日开展九小场所应急疏散演练，参与60人。");
    expect(text).not.toContain("累计开展应急演练");
  });
});

describe("item 2: a training of volunteers is told in 志愿服务, never as 职工提升 of 组织保障", () => {
  it("t54-culture: `二是队伍培训。……邀请市级专家授课……`", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县文化馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第三季度" },
      ledgers: ledgers({
        组织保障: [["工作会议", "馆务会研究创文工作", "3", "次", "2025.7.3"]],
        志愿服务: [["县文化馆文化志愿服务队", "专业志愿者", "86", "二十四", "约500", "送戏下乡、非遗传承、公益培训"]],
        活动台账: [["2025.8", "文化志愿者培训", "会议培训", "45", "人", "", "", "请市里老师讲课，老周负责联系"]],
      }),
    });
    expect(text).not.toContain("职工提升");
    expect(lineWith(text, "志愿者培训")).toBe("　　二是队伍培训。8月开展“文化志愿者培训”，邀请市级专家授课，参与45人。");
    expect(text.indexOf("志愿服务队")).toBeLessThan(text.indexOf("队伍培训"));
  });

  it("t55-fire-q2: `消防志愿者培训` after the team; 志愿服务培训 and 志愿者骨干培训 alike", async () => {
    const text = await summaryTextOf(q2("8"));
    expect(text).not.toContain("业务提升");
    expect(lineWith(text, "志愿者培训")).toBe("　　二是队伍培训。6月5日在大队开展“消防志愿者培训”，参与40人。");
    const other = await summaryTextOf({
      profile: { 单位名称: "幸福里社区", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
      ledgers: ledgers({
        组织保障: [["工作会议", "创文推进会", "2", "次"]],
        活动台账: [
          ["2025.3.2", "志愿服务培训", "会议培训", "30", "人", "社区会议室"],
          ["2025.4.2", "志愿者骨干培训", "会议培训", "12", "人", "社区会议室"],
          ["2025.5.2", "干部职工业务培训", "会议培训", "20", "人", "社区会议室"],
        ],
      }),
    });
    expect(other).toContain("二、开展志愿服务活动，弘扬雷锋精神\n　　共开展2场培训，参与42人：3月2日在社区会议室开展“志愿服务培训”，参与30人；4月2日在社区会议室开展“志愿者骨干培训”，参与12人。");
    expect(lineWith(other, "干部职工业务培训")).not.toContain("志愿");
  });
});

describe("item 3: an inspection or test done at a frequency is market order work, never publicity", () => {
  it("t55-market: `四是食品安全。坚持每周开展食品安全快检，累计约300批次。` in the 专项整治 section", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "城东农贸市场管理有限公司", 单位简称: "市场公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年", 起始日期: "2025-01-01", 截止日期: "2025-06-30" },
      ledgers: ledgers({
        宣传投放: [["横幅", "市场各区", "20", "条", "新设"]],
        问题整改: [["占道经营", "45", "40", "处", undefined, "市场管理部"], ["卫生死角", "2000", "1900", "处"]],
        活动台账: [
          ["2025.4.1", "市场环境大扫除", "环境整治", "约200", "人次", "市场全域", "县城管局", "清理卫生死角，冲洗地面"],
          ["2025.5.15", "“3·15”消费维权宣传", "宣传教育", "120", "人次", "市场门口", "县市场监管局"],
        ],
        其他指标: [
          ["设施建设", "更新公平秤", "12", "台"],
          ["宣传教育", "开展食品安全快检", "约300", "批次", "约", "每周", "合格率98%"],
        ],
      }),
    });
    const lines = text.split("\n");
    const at = lines.findIndex((l) => l.includes("食品安全快检，"));
    expect(lines[at]).toBe("　　三是食品安全。坚持每周开展食品安全快检，累计开展约300批次。");
    expect(lines.slice(0, at).reverse().find((l) => /^[一二三四五六七八九十]+、/u.test(l))).toBe("一、规范市场秩序，完善设施设备");
    expect(lineWith(text, "消费维权")).not.toContain("快检");
  });
});
