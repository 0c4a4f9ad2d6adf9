/**
 * New-user test 53 (docs/new-user-test-pane-53.md), D10 and D9 (rest); test 52 (docs/new-user-test-pane-52.md), D16 (rest).
 * D10: a hospital's patient complaints were told under 包保整治/问题整改 of its premises; a unit with a service of its own
 * tells them as 文明服务 (a 街道 keeps 群众投诉 with its 城市管理). D9: a 其他-板块 figure (`办理犬证1260张`) sat as a loose
 * sentence in the opening although the body tells its topic (文明养犬). D16: a verb-less 指标名称 (`好人好事`) gets a 提示.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";
import type { WorkbookContent } from "../src/adapters/xlsx/content";

// The tester's own rows (docs/new-user-test-53-files/data.js), as typed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const data = require("../docs/new-user-test-53-files/data.js") as { file: string; profile: WorkbookContent["profile"]; sheets: WorkbookContent["ledgers"] }[];
const tester = (i: number): WorkbookContent => ({ profile: data[i].profile, ledgers: data[i].sheets });

it("D10: 县中医院's 受理患者投诉35件，已办结32件 is told as 文明服务, not with the problems of its premises", async () => {
  const text = await summaryTextOf(tester(0));
  expect(text).toContain("一是问题整改。发现卫生死角问题18处，均已整改到位。");
  expect(text).toContain("四、加强职业道德建设，提升职工素质\n　　一是文明服务。受理患者投诉35件，已办结32件。\n　　二是");
  expect(text.match(/受理患者投诉35件/gu)?.length).toBe(1);
  // Its remainder in 存在的不足 stays as it was.
  expect(text).toContain("二是患者投诉35件中尚有3件未办结，需持续跟进。");
});

it("D10: a 社区 keeps 群众投诉 with its problems (城市管理)", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "金桥社区", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      问题整改: [
        { 问题类别: "卫生死角", 发现数: 20, 已整改数: 20, 单位: "处" },
        { 问题类别: "其他", 发现数: 12, 已整改数: 10, 单位: "件", 备注: "群众投诉" },
      ],
      先进典型: [{ 荣誉名称: "文明家庭", 级别: "区级", 人数: 3 }],
    },
  });
  expect(text).toMatch(/卫生死角问题20处，均已整改到位；受理群众投诉12件，已办结10件。/u);
  expect(text).not.toContain("文明服务");
});

it("D9: 西湖's 办理犬证1260张 is told with the body's 文明养犬 figures, not as a loose sentence of the opening", async () => {
  const text = await summaryTextOf(tester(1));
  expect(text).toContain("街道共开展各类活动8场，整治背街小巷42条，投入宣传经费3.25万元。现将有关情况总结如下。");
  expect(text).toContain("纠正不文明养犬行为60起，开展文明养犬劝导30余次，办理犬证1260张。");
  expect(text.match(/1260张/gu)?.length).toBe(1);
});

it("(52) D16: a verb-less 指标名称 (`好人好事`, `文明单位`) gets a 提示 at its cell; names with an action or an implied verb none", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "城关镇第一小学", 单位类型: "学校", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      其他指标: [
        { 板块: "其他", 指标名称: "好人好事", 数值: 12, 单位: "件" },
        { 板块: "道德建设", 指标名称: "文明单位", 数值: 3, 单位: "个" },
        { 板块: "其他", 指标名称: "评选文明家庭", 数值: 8, 单位: "户" },
        { 板块: "其他", 指标名称: "文明班级评比参评班级", 数值: 36, 单位: "个" },
        { 板块: "其他", 指标名称: "好评", 数值: 3600, 单位: "条" },
        { 板块: "其他", 指标名称: "心理健康辅导", 数值: 150, 单位: "人次" },
      ],
    },
  });
  expect((await cli("check", file)).out.split("\n").filter((l) => l.includes("[value.indicator-no-verb]"))).toEqual([
    "提示 其他指标!B3 [value.indicator-no-verb] 指标名称“好人好事”没有动作，总结写成“好人好事12件”读不通；请按填报说明以动作开头，如“开展…”“评选…”。",
    "提示 其他指标!B4 [value.indicator-no-verb] 指标名称“文明单位”没有动作，总结写成“文明单位3个”读不通；请按填报说明以动作开头，如“开展…”“评选…”。",
  ]);
});
