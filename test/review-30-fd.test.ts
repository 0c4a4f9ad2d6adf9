/**
 * Review run 30 (docs/narrative-quality.md run 30, reviewer AT), items of placement and structure in single-unit texts:
 * - t57-jingui-q3 item 1: `三是共驻共建。与4家县供电公司等共建。` (the count before the named partner, no object) →
 *   `与县供电公司等4家单位开展共驻共建`, as the Q4 text (a carried row) says it.
 * - t57-elder item 1: a 老年大学 typed 企事业单位 said `我单位` → `我校`.
 * - t57-procuratorate item 7 (t57-elder item 3, t56-youth item 2): a 道德建设 section of honours only under a heading of
 *   education (`加强思想道德建设，提升干部职工素质`) → a heading of 选树先进典型.
 * - t56-youth item 5: `……服务时长2万余小时。招募青年志愿者2300人。` → the recruits told with the registered size.
 */
import { summaryTextOf } from "./support/summaries";
import { ledgers } from "./support/ledger-rows";

const lineWith = (text: string, part: string): string | undefined => text.split("\n").find((l) => l.includes(part));

describe("t57-jingui-q3 item 1: partners named with 等 and counted", () => {
  it("`与县供电公司等共建` 4家 → `与县供电公司等4家单位开展共驻共建`", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "金桂社区居委会", 单位简称: "金桂社区", 单位类型: "社区", 报告年度: 2025, 报告期: "第三季度" },
      ledgers: ledgers({
        组织保障: [["领导小组", "社区创文领导小组", "1", "个", "2025.7.2"], ["共建单位", "与县供电公司等共建", "4", "家"]],
        活动台账: [["2025.8.15", "垃圾分类进楼栋", "宣传教育", "150", "人"]],
      }),
    });
    expect(lineWith(text, "共驻共建")).toBe("　　二是共驻共建。与县供电公司等4家单位开展共驻共建。");
  });
});

describe("t57-elder item 1: a 老年大学 speaks as 我校", () => {
  it("`我单位于2月10日成立……` → `我校于2月10日成立……`", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县老年大学", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年" },
      ledgers: ledgers({
        组织保障: [["领导小组", "成立创文工作领导小组", "1", "个", "2025.2.10"]],
        活动台账: [["2025.3.5", "学雷锋老年学员志愿服务", "志愿服务", "80", "人", "人民广场"]],
      }),
    });
    expect(lineWith(text, "领导小组")).toBe("　　我校于2月10日成立创文工作领导小组。");
    expect(text).not.toContain("我单位");
  });
});

describe("t57-procuratorate item 7: a section of honours only is headed by them", () => {
  it("`加强思想道德建设，提升干部职工素质` over one professional honour → `选树先进典型，发挥示范引领作用`", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县人民检察院", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
      ledgers: ledgers({
        组织保障: [["领导小组", "成立本院创文工作领导小组", "1", "个", "2025.1.6"]],
        先进典型: [["全市检察机关优秀办案检察官", "市", "敬业奉献", "2", "", "2025.6.1"]],
        活动台账: [["2025.4.1", "干警志愿服务进社区", "志愿服务", "30", "人", "城东社区"]],
      }),
    });
    expect(text).toContain("、选树先进典型，发挥示范引领作用\n　　2人获评“全市检察机关优秀办案检察官”。");
    expect(text).not.toContain("提升干部职工素质");
  });
});

describe("t56-youth item 5: volunteers recruited are told with the registered size", () => {
  it("`注册青年志愿者1.2万余人，全年新招募青年志愿者2300人；累计开展……`", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "共青团青山县委员会", 单位简称: "团县委", 单位类型: "群团组织", 报告年度: 2025, 报告期: "全年" },
      ledgers: ledgers({
        志愿服务: [
          ["青山县青年志愿者协会", "青年志愿者", "1.2万", "三百余", "两万余", "学雷锋、文明交通劝导"],
          ["大学生暑期返家乡志愿服务队", "青年志愿者", "120", "15", "600", "留守儿童课业辅导"],
        ],
        活动台账: [["2025.3.5", "学雷锋月志愿服务集中行动", "志愿服务", "500", "人", "县人民广场"]],
        其他指标: [["志愿服务", "招募青年志愿者", "2300", "人"]],
      }),
    });
    const line = lineWith(text, "招募") ?? "";
    expect(line).toContain("注册青年志愿者1.2万余人，全年新招募青年志愿者2300人；累计开展志愿服务");
    expect(line).not.toMatch(/小时。招募/u);
  });
});

describe("t56-bus item 2: the staff's trainings told together, where the staff's 素质 is told", () => {
  it("a 组织保障 training and a training event: one point `职工培训` in 提升职工素质, never 夯实基础 + 职工提升 of 组织领导", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "青山县公共交通有限公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
      ledgers: ledgers({
        组织保障: [
          ["领导小组", "成立公司文明创建工作领导小组，总经理任组长，各车队队长为成员", "1", "个", "2025.1.6"],
          ["工作会议", "召开文明创建推进会", "3", "次"],
          ["其他", "驾驶员文明服务培训", "六", "次", "2025年4月1日"],
        ],
        先进典型: [["最美公交司机", "县/区", "敬业奉献", "3", "", "2025.5.1"]],
        活动台账: [["2025年4月1日", "礼让斑马线专题培训", "会议培训", "120", "人次", "公司会议室"]],
        其他指标: [["道德建设", "驾驶员拾金不昧", "二十余", "起"]],
      }),
    });
    const org = text.slice(text.indexOf("一、"), text.indexOf("二、"));
    expect(org).not.toContain("培训");
    expect(text).not.toContain("夯实基础");
    expect(text).not.toContain("职工提升");
    expect(lineWith(text, "培训")).toBe("　　三是职工培训。开展驾驶员文明服务培训6次；4月1日在公司会议室开展“礼让斑马线专题培训”，参与120人次。");
    expect(text.indexOf("职工培训")).toBeGreaterThan(text.indexOf("职工素质"));
  });
});

describe("t56-bus item 3: a 宣传 heading fits the public it speaks to", () => {
  it("passengers' publicity under `做好创建宣传，引导职工参与` → `做好创建宣传，营造浓厚氛围` (创建 once: review run 34, AX 材料6 item 2)", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "青山县公共交通有限公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
      ledgers: ledgers({
        组织保障: [["领导小组", "成立公司文明创建工作领导小组", "1", "个", "2025.1.6"]],
        宣传投放: [["电子屏", "公交车厢内LED屏滚动播放文明乘车标语", "120", "块", "新设"], ["倡议书", "文明乘车倡议书", "两千", "份", "发放"]],
        活动台账: [["2025.4.8", "文明乘车宣传进站点", "宣传教育", "200", "人次", "城东公交站"]],
      }),
    });
    expect(text).toContain("、做好创建宣传，营造浓厚氛围\n");
    expect(text).not.toContain("引导职工参与");
  });

  it("staff's own publicity keeps `引导职工参与`", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "青山县公共交通有限公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
      ledgers: ledgers({ 组织保障: [["领导小组", "成立公司文明创建工作领导小组", "1", "个", "2025.1.6"]], 宣传投放: [["展板", "职工文明礼仪展板", "6", "块", "新设"]] }),
    });
    expect(text).toContain("、做好创建宣传，引导职工参与\n");
  });
});

describe("t56-youth item 2: one title's levels told together", () => {
  it("`获评市级“青年文明号”2个；评出县级“青年文明号”8个；评选表彰优秀青年志愿者20人`", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "共青团青山县委员会", 单位简称: "团县委", 单位类型: "群团组织", 报告年度: 2025, 报告期: "全年" },
      ledgers: ledgers({
        组织保障: [["领导小组", "调整团县委文明创建工作领导小组", "1", "个", "2025.2.10"]],
        先进典型: [
          ["县级青年文明号", "县/区", "敬业奉献", "8", "", "2025.5.4"],
          ["优秀青年志愿者", "县/区", "助人为乐", "20", "", "2025.12.5"],
          ["市级青年文明号", "市", "敬业奉献", "2", "", "2025.5.4"],
        ],
      }),
    });
    expect(text).toContain("获评市级“青年文明号”2个；评出县级“青年文明号”8个；评选表彰优秀青年志愿者20人");
  });
});

describe("t56-youth item 6: a dated row that recurs starts on its date", () => {
  it("`7月10日在各乡镇开展……，每周二、四开课` → `7月10日起在各乡镇开展……，每周二、四开课`", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "共青团青山县委员会", 单位简称: "团县委", 单位类型: "群团组织", 报告年度: 2025, 报告期: "全年" },
      ledgers: ledgers({
        组织保障: [["领导小组", "调整团县委文明创建工作领导小组", "1", "个", "2025.2.10"]],
        活动台账: [["2025.7.10", "“七彩假期”留守儿童暑期课堂", "关爱帮扶", "200", "人次", "各乡镇", "", "每周二四开课，大学生志愿者辅导作业"]],
      }),
    });
    expect(lineWith(text, "七彩假期")).toMatch(/^\u3000\u30007月10日起在各乡镇开展“七彩假期”留守儿童暑期课堂[\u4e00-\u9fff]*活动，每周二、四开课/u);
  });

  it("a row done once keeps its day", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "共青团青山县委员会", 单位简称: "团县委", 单位类型: "群团组织", 报告年度: 2025, 报告期: "全年" },
      ledgers: ledgers({
        组织保障: [["领导小组", "调整团县委文明创建工作领导小组", "1", "个", "2025.2.10"]],
        活动台账: [["2025.6.1", "关爱留守儿童“六一”圆梦活动", "关爱帮扶", "60", "人", "青山镇中心小学", "", "给留守儿童送书包文具"]],
      }),
    });
    expect(lineWith(text, "圆梦")).toContain("6月1日在青山镇中心小学开展");
  });
});

describe("t57-procuratorate item 6: four events are told, never a list of names", () => {
  it("`组织开展4场宣传教育活动：3月5日在县一中开展……；……`, never `如“普法进校园”……等`", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县人民检察院", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
      ledgers: ledgers({
        组织保障: [["领导小组", "成立本院创文工作领导小组", "1", "个", "2025.1.6"]],
        活动台账: [
          ["2025.3.8", "三八节检察开放日", "宣传教育", "120", "人", "院机关", "县妇联"],
          ["2025.3.5", "普法进校园", "宣传教育", "百余", "人", "县一中"],
          ["2025.6.25", "公益诉讼宣传周", "宣传教育", "约300", "人次"],
          ["2025.5.20", "检察开放日", "宣传教育", "80", "人", "院机关"],
        ],
      }),
    });
    const line = lineWith(text, "普法进校园") ?? "";
    expect(line).not.toContain("如“");
    expect(line).toContain("3月5日在县一中开展“普法进校园”活动，参与100余人；3月8日联合县妇联在院机关开展“三八节检察开放日”活动，参与120人；5月20日在院机关开展“检察开放日”活动，参与80人；6月25日开展“公益诉讼宣传周”活动，参与约300人次。");
  });
});

describe("t57-procuratorate item 2: a window's figure is told where the window's work is", () => {
  it("`提升信访接待窗口文明服务水平，坚持每日接待群众来访，累计126人次`, never in the opening", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县人民检察院", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
      ledgers: ledgers({
        组织保障: [["领导小组", "成立本院创文工作领导小组", "1", "个", "2025.1.6"], ["其他", "提升信访接待窗口文明服务水平"]],
        宣传投放: [["展板", "普法展板", "20", "块", "新设"]],
        其他指标: [["其他", "信访接待窗口接待群众来访", "１２６", "人次", "精确", "每日"]],
      }),
    });
    const opening = text.split("\n")[2];
    expect(opening).not.toContain("126");
    expect(text).toContain("提升信访接待窗口文明服务水平，坚持每日接待群众来访，累计126人次。");
  });
});

describe("t56-property item 1: one daily round told once", () => {
  it("a daily 巡查 mechanism and the daily inspection it is: one point, never 压实责任 + 调度督导 for the same round", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "锦华苑小区物业服务中心", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第三季度" },
      ledgers: ledgers({
        组织保障: [
          ["工作机制", "楼道巡查每日一巡", "", "", "", "每日"],
          ["督查检查", "楼栋安全检查", "90", "次", "", "", "管家每天巡楼"],
          ["工作会议", "业主代表座谈会", "2", "次", "2025年8月3日"],
        ],
        宣传投放: [["宣传栏", "高空抛物危害宣传", "6", "块", "新设"]],
      }),
    });
    const org = text.slice(text.indexOf("一、"), text.indexOf("二、"));
    expect(org).toContain("建立楼道巡查机制，坚持每日一巡，累计开展楼栋安全检查90次。");
    expect(org.match(/每日/gu)).toHaveLength(1);
    expect(org).toContain("召开业主代表座谈会2次");
  });
});

describe("t57-jingui-q4 item 2: staff counted are told with the mechanism that names them", () => {
  it("`网格员` 9名 of 环境整治 → `落实网格员包栋责任制，配备网格员9名`, never at the end of 清洁家园", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "金桂社区居委会", 单位简称: "金桂社区", 单位类型: "社区", 报告年度: 2025, 报告期: "第四季度" },
      ledgers: ledgers({
        组织保障: [["领导小组", "社区创文领导小组", "1", "个", "2025.10.2"], ["工作机制", "网格员包栋责任制"]],
        活动台账: [["2025年11月8日", "楼道整治大行动", "环境整治", "60", "人", "", "", "清理楼道杂物"]],
        其他指标: [["环境整治", "网格员", "9", "名"]],
      }),
    });
    expect(lineWith(text, "网格员")).toBe("　　二是完善机制。建立网格员包栋责任制，配备网格员9名。");
    expect(text.match(/网格员9名/gu)).toHaveLength(1);
  });
});

describe("t57-elder item 3: a 文明礼仪 class is told where the 学员's 文明素养 is", () => {
  it("`文明礼仪课堂` (宣传教育) joins the honours under `加强文明素养教育，提升学员素质`, never in 宣传", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县老年大学", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年" },
      ledgers: ledgers({
        组织保障: [["领导小组", "成立创文工作领导小组", "1", "个", "2025.2.10"]],
        宣传投放: [["横幅", "创文宣传横幅", "10", "条", "新设"]],
        先进典型: [["最美老年大学学员", "本单位", "其他", "10", "", "2025.12.1"]],
        活动台账: [
          ["2025.4.10", "文明礼仪课堂", "宣传教育", "200余", "人次"],
          ["2025.5.10", "创文知识宣传", "宣传教育", "50", "人"],
        ],
      }),
    });
    const morality = text.slice(text.indexOf("提升学员素质"));
    expect(morality).toContain("“文明礼仪课堂”");
    expect(text.slice(0, text.indexOf("提升学员素质"))).not.toContain("文明礼仪课堂");
  });
});
