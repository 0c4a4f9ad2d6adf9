/**
 * New-user test 55 (docs/new-user-test-pane-55.md), free text and personal names: D2 (a 其他指标 备注 about the ledger
 * itself, `与问题整改表一致`, printed as a clause), D8 (spoken 简要内容 `请女摊主聊聊…`, `干警到社区给群众讲法律`), D15 (real
 * work said loosely struck as 闲谈; `春节前搞的` called who did it), D9 (spoken 存在不足 / 下一步打算 kept verbatim) and D21
 * (the personal-name hint quoting half an office, `经理李建国`).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

const findingsOf = async (content: WorkbookContent, rule?: string): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.filter((f) => !rule || f.rule === rule).map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`);

const market = { 单位名称: "城东农贸市场管理有限公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年", 起始日期: "2025-01-01", 截止日期: "2025-06-30" };
const court = { 单位名称: "县人民法院", 单位类型: "机关部门", 报告年度: 2024, 报告期: "全年", 起始日期: "2024-01-01", 截止日期: "2024-12-31" };
const fire = { 单位名称: "县消防救援大队", 单位类型: "机关部门", 报告年度: 2025, 报告期: "第二季度", 起始日期: "2025-04-01", 截止日期: "2025-06-30" };

const marketBook: WorkbookContent = {
  profile: market,
  ledgers: {
    组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立以总经理为组长的创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-08", 备注: "总经理李建国任组长，几个副总任副组长" }],
    活动台账: [
      { 日期: "2025-03-08", 活动名称: "三八妇女节女摊主座谈会", 活动类型: "文体活动", 参与数量: 35, 单位: "人", 地点: "市场会议室", 简要内容: "请女摊主聊聊经营中的困难，大家说的都挺好" },
      { 日期: "2025-01-20", 活动名称: "迎春年货节", 活动类型: "其他", 参与数量: 2000, 单位: "人次", 简要内容: "春节前搞的，人很多" },
    ],
    文字材料: [
      { 类型: "存在不足", 内容: "部分摊主还是有占道经营的习惯，早市时候特别乱" },
      { 类型: "存在不足", 内容: "市场硬件老化，下水道经常堵" },
      { 类型: "下一步打算", 内容: "继续抓好市场环境整治，争取下半年把早市占道问题解决掉" },
    ],
  },
};
const courtBook: WorkbookContent = {
  profile: court,
  ledgers: {
    活动台账: [
      { 日期: "2024-03-05", 活动名称: "学雷锋干警志愿服务进社区", 活动类型: "志愿服务", 参与数量: 50, 单位: "人", 地点: "城关社区", 简要内容: "干警到社区给群众讲法律，帮忙调解邻里纠纷" },
      { 日期: "2024-09-17", 活动名称: "中秋节结对帮扶村慰问", 活动类型: "关爱帮扶", 参与数量: 30, 单位: "户", 地点: "桃花村", 简要内容: "给村里困难户送月饼和米油" },
    ],
  },
};
const fireBook: WorkbookContent = {
  profile: fire,
  ledgers: {
    其他指标: [
      { 板块: "其他", 指标名称: "检查单位", 数值: 156, 单位: "家" },
      { 板块: "其他", 指标名称: "督促整改火灾隐患", 数值: 310, 单位: "处", 备注: "与问题整改表一致" },
    ],
  },
};

it("D2: a 其他指标 备注 about the ledger itself (`与问题整改表一致`) is never printed", async () => {
  const text = await summaryTextOf(fireBook);
  expect(text).toContain("　　检查单位156家，督促整改火灾隐患310处。");
  expect(text).not.toContain("一致");
});

it("D8/D15: spoken 简要内容 said in written words; `春节前搞的` says when", async () => {
  const market = await summaryTextOf(marketBook);
  expect(market).toContain("3月8日在市场会议室召开三八妇女节女摊主座谈会，围绕经营中的困难听取女摊主意见建议，35人参加。");
  const court = await summaryTextOf(courtBook);
  expect(court).toContain("3月5日在城关社区开展“学雷锋干警志愿服务进社区”活动，为群众宣讲法律知识，调解邻里纠纷，参与50人。");
  expect(court).toContain("9月17日在桃花村开展“中秋节结对帮扶村慰问”活动，为困难户送去月饼、米油，走访30户。");
  expect(await findingsOf(courtBook, "text.placeholder")).toEqual([]);
  expect(await findingsOf(marketBook, "text.placeholder")).toEqual([
    "text.placeholder 活动台账!H3 “简要内容”中“大家说的都挺好”是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。",
    "text.placeholder 活动台账!H4 简要内容中“春节前搞的”说的是活动时间，不是活动内容：总结不写这一句，时间以“日期”为准；请写明活动的实际内容。",
  ]);
});

it("D9: spoken 存在不足 / 下一步打算 in written words", async () => {
  const text = await summaryTextOf(marketBook);
  expect(text).toContain("　　一是部分摊主仍有占道经营的习惯，早市时段秩序较乱；二是市场硬件老化，排水管道时常堵塞。");
  expect(text).toContain("　　继续抓好市场环境整治，争取下半年解决早市占道问题。");
  expect(await findingsOf(marketBook, "text.spoken")).toEqual([
    "text.spoken 文字材料!B3 内容“部分摊主还是有占道经营的习惯，早市时候特别乱”中有口语说法，总结写作“部分摊主仍有占道经营的习惯，早市时段秩序较乱”；请核对，或改成书面表述。",
    "text.spoken 文字材料!B4 内容“市场硬件老化，下水道经常堵”中有口语说法，总结写作“市场硬件老化，排水管道时常堵塞”；请核对，或改成书面表述。",
    "text.spoken 文字材料!B5 内容“继续抓好市场环境整治，争取下半年把早市占道问题解决掉”中有口语说法，总结写作“继续抓好市场环境整治，争取下半年解决早市占道问题”；请核对，或改成书面表述。",
  ]);
});

it("D21: the personal-name hint quotes the whole office, never half of it", async () => {
  expect(await findingsOf(marketBook, "value.personal")).toEqual(["value.personal 组织保障!G3 “备注”中有个人姓名或称呼“总经理李建国”，总结不会写出这一部分；个人信息请不要填在这一列。"]);
});
