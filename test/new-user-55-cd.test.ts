/**
 * New-user test 55 (docs/new-user-test-pane-55.md), defects D3, D4, D7, D11 and D17: where activities and 其他指标
 * figures are placed. D3: a full-year 修建道路 figure was attached to one day's visit. D4: drills typed 其他 were counted
 * as 宣传教育 activities. D7: 其他-板块 court-service figures landed under environment and poverty relief. D11: a
 * commercial 年货节 typed 其他 was told as a 节日活动, its 备注 question unnoticed. D17: a 组织保障 其他 publicity row was
 * told twice.
 */
import { analyzeWorkbook, computeIndicators, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { summaryTextOf } from "./support/summaries";
import { ledgers } from "./support/ledger-rows";
import { court } from "./support/court-2024";



const fire = {
  profile: { 单位名称: "县消防救援大队", 单位简称: "大队", 单位类型: "机关部门", 报告年度: 2025, 报告期: "第二季度", 起始日期: "2025-04-01", 截止日期: "2025-06-30" },
  ledgers: ledgers({
    组织保障: [
      ["领导小组", "调整创文工作领导小组", "1", "个", "2025.4.2"],
      ["其他", "开展“消防宣传进社区、进校园”", "", "", "", "每周1次"],
    ],
    宣传投放: [["宣传资料", "消防安全宣传资料", "8000余", "份", "发放"]],
    志愿服务: [["消防志愿者服务队", "专业志愿者", "150", "", "300余", "消防宣传、隐患排查"]],
    活动台账: [
      ["2025.4.15", "消防宣传进社区", "宣传教育", "约500", "人次", "桃源街道各社区"],
      ["2025.5.12", "防灾减灾日消防宣传进校园", "宣传教育", "1200", "人", "县一中", "县教育局"],
      ["2025.5.20", "高层建筑灭火救援应急演练", "其他", "80", "人", "县城某小区"],
      ["2025.6.5", "消防志愿者培训", "会议培训", "40", "人", "大队"],
      ["2025.6.18", "人员密集场所应急疏散演练", "其他", "300", "人", "城东农贸市场"],
    ],
    其他指标: [
      ["其他", "检查单位", "156", "家"],
      ["宣传教育", "开展消防宣传进校园", "12", "场", "", "每周1次"],
      ["宣传教育", "开展消防宣传进社区", "20余", "场", "余"],
    ],
  }),
};

const market = {
  profile: { 单位名称: "城东农贸市场管理有限公司", 单位简称: "市场公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年", 起始日期: "2025-01-01", 截止日期: "2025-06-30" },
  ledgers: ledgers({
    活动台账: [
      ["2025.3.8", "三八妇女节女摊主座谈会", "文体活动", "35", "人", "市场会议室"],
      ["2025.5.15", "“3·15”消费维权宣传", "宣传教育", "120", "人次", "市场门口", "县市场监管局"],
      ["2025.1.20", "迎春年货节", "其他", "两千", "人次", "", "", "", "这个算不算创文活动？"],
    ],
  }),
};

it("D3: the year's 修建道路 is no result of the 9月17日 visit: told apart, after the events", async () => {
  const text = await summaryTextOf(court);
  expect(text).toContain("9月17日在桃花村开展“中秋节结对帮扶村慰问”活动，走访30户。");
  expect(text).not.toContain("走访30户，为结对村修建道路");
  expect(text).toContain("走访30户。全年为结对村争取帮扶资金15万元、修建道路2.5公里。");
});

it("D4: drills typed 其他 are told as drills, and 活动场次（宣传教育） counts the ledger's typed type", async () => {
  const text = await summaryTextOf(fire);
  expect(text).toContain("组织开展2场宣传教育活动：4月15日在桃源街道各社区开展“消防宣传进社区”活动，参与约500人次；5月12日联合县教育局在县一中开展“防灾减灾日消防宣传进校园”活动，参与1200人。");
  expect(text).toContain("三是应急演练。组织开展2场应急演练，参与380人：5月20日在县城某小区开展高层建筑灭火救援应急演练，参与80人；6月18日在城东农贸市场开展人员密集场所应急疏散演练，参与300人。");
  expect(text).not.toMatch(/4场宣传教育/u);
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, fire)), standardV1);
  const count = (id: string): number | undefined => computeIndicators(analysis.facts, standardV1).find((v) => v.spec.id === id)?.figures[0]?.value;
  expect(count("activities:宣传教育")).toBe(2);
  expect(count("activities:其他")).toBe(2);
  expect(count("activities")).toBe(5);
});

it("D7: the court's own service figures (窗口接待, 网上立案) are told together, never under 环境整治 or after 结对帮扶", async () => {
  const text = await summaryTextOf(court);
  expect(text).toContain("全年诉讼服务窗口接待群众达1.2万人次，网上立案3600件。");
  expect(text).toContain("均已整改到位。\n");
  expect(text).not.toContain("此外，诉讼服务窗口");
  expect(text.match(/网上立案/gu)?.length).toBe(1);
});

it("D11: a 年货节 typed 其他 is no 节日活动, and a 备注 that asks a question is a 提示 at its cell", async () => {
  const text = await summaryTextOf(market);
  expect(text).not.toContain("节日活动");
  expect(text).toContain("1月20日开展“迎春年货节”活动，参与2000人次。");
  expect(text).not.toContain("算不算");
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, market)), standardV1);
  const asked = analysis.findings.filter((f) => f.rule === "text.question");
  expect(asked.map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual(["活动台账!I5 备注中是一个疑问“这个算不算创文活动？”，请确认后删去疑问或删去这一行。"]);
});

it("D17: a 组织保障 其他 row of publicity taken out (`消防宣传进社区、进校园`) is told once, by its figures in the publicity section", async () => {
  const text = await summaryTextOf(fire);
  expect(text).not.toContain("坚持每周开展“消防宣传进社区、进校园”1次");
  expect(text).toContain("坚持每周开展消防宣传进校园1场，累计开展12场，开展消防宣传进社区20余场。");
});
