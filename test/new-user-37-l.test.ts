/**
 * New-user test 37 (docs/new-user-test-pane-37.md): D1 and D13, a 问题整改 备注 of 问题类别 其他 that names a problem's state
 * (`犬只粪便未清理`) or a task (`旱厕改造`), each as the tester typed it.
 */
import { summaryTextOf } from "./support/summaries";

const community = {
  profile: { 单位名称: "锦绣华庭社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年", 上级指导单位: "东城街道办事处" },
  ledgers: {
    问题整改: [
      { 问题类别: "其他", 发现数: 48, 已整改数: 45, 单位: "起", 备注: "物业服务纠纷" },
      { 问题类别: "占道堆放", 发现数: 60, 已整改数: 55, 单位: "处", 备注: "楼道堆物" },
      { 问题类别: "其他", 发现数: 30, 已整改数: 28, 单位: "处", 备注: "犬只粪便未清理" },
    ],
  },
};

it("D1: a 备注 `犬只粪便未清理` names the problem whole, never the clipped `犬只粪便未`", async () => {
  const text = await summaryTextOf(community);
  expect(text).not.toMatch(/未问题|未\d|便未[、，。]/u);
  // Named by its thing, `犬只粪便问题`, since new-user test 38 (D2): the negated action is what was done, `清理犬只粪便`.
  expect(text).toContain("各类问题90处，已整改83处，其中整治占道堆放55处，清理犬只粪便28处；排查物业服务纠纷48起，已调处化解45起。");
  expect(text).toContain("犬只粪便问题30处中尚有2处未整改到位");
});

const village = {
  profile: { 单位名称: "柳塘村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "上半年", 上级指导单位: "青石镇人民政府" },
  ledgers: {
    问题整改: [
      { 问题类别: "占道堆放", 发现数: 45, 已整改数: 45, 单位: "处", 备注: "柴草乱堆" },
      { 问题类别: "其他", 发现数: 12, 已整改数: 10, 单位: "户", 备注: "旱厕改造" },
    ],
  },
};

it("D13: a 备注 `旱厕改造` names a task: told as the task done, never `整改旱厕改造` or `排查发现旱厕改造`", async () => {
  const text = await summaryTextOf(village);
  expect(text).not.toMatch(/整改旱厕改造|发现旱厕改造|旱厕改造\d+户中/u);
  expect(text).toContain("完成旱厕改造10户（计划12户）");
  expect(text).toContain("旱厕改造尚有2户未完成");
});

it("D13: the village's text tells 旱厕改造 as a task done with its plan, in the opening (never among the problems 重点整治-ed), the body and 存在的不足", async () => {
  const text = await summaryTextOf(village);
  expect(text).toContain("在青石镇人民政府的指导下，重点整治占道堆放问题，完成旱厕改造10户（计划12户）。");
  expect(text).toContain("　　整治占道堆放45处，完成旱厕改造10户（计划12户）。");
  expect(text).toContain("　　旱厕改造尚有2户未完成，需持续跟进。");
});

it("D1: other names of a problem's state (`门店招牌不规范`, `垃圾清运不到位`) are named whole as the problem", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "和平社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      问题整改: [
        { 问题类别: "其他", 发现数: 20, 已整改数: 18, 单位: "处", 备注: "门店招牌不规范" },
        { 问题类别: "其他", 发现数: 10, 已整改数: 9, 单位: "处", 备注: "垃圾清运不到位" },
      ],
    },
  });
  expect(text).not.toMatch(/招牌不问题|清运不问题|规范门店招牌不规范/u);
  expect(text).toContain("累计排查发现各类问题30处，已整改27处，整改率为90%。其中规范门店招牌18处，整改垃圾清运不到位问题9处。");
  expect(text).toContain("门店招牌不规范问题20处中尚有2处未整改到位，垃圾清运不到位问题10处中尚有1处未整改到位，需持续跟进。");
});

it("D13: other tasks (`路灯安装`, `围墙修缮`) are told done, with the plan of one part done and what is left 未完成", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "和平社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      问题整改: [
        { 问题类别: "其他", 发现数: 20, 已整改数: 20, 单位: "处", 备注: "路灯安装" },
        { 问题类别: "其他", 发现数: 8, 已整改数: 6, 单位: "处", 备注: "围墙修缮" },
        { 问题类别: "卫生死角", 发现数: 9, 已整改数: 9, 单位: "处" },
      ],
    },
  });
  expect(text).not.toMatch(/整改(?:路灯安装|围墙修缮)|围墙修缮8处中/u);
  expect(text).toContain("其中安装路灯20处，清理卫生死角9处，修缮围墙6处（计划8处）。");
  expect(text).toContain("　　围墙修缮尚有2处未完成，需持续跟进。");
});
