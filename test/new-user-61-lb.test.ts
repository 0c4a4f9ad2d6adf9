/**
 * New-user test 61 (docs/new-user-test-pane-61.md), D2, D3, D5, D6, D13: personal names and phones never
 * reach the summary nor a 提示's quote (具体由赵磊负责 goes whole, 以王建国馆长为组长 → 以馆长为组长), a placeholder team name
 * (队伍名称 `其他`) is never said, and spoken 文字材料 is said in written register (游客都点赞 → 受到游客好评,
 * 明年准备再招一批 → 进一步招募).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

const toll = { 单位名称: "G93成渝环线高速青川收费站", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "下半年" };
const museum = { 单位名称: "青川县博物馆", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年" };

async function findingsOf(content: WorkbookContent): Promise<{ rule: string; at: string; message: string }[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.map((f) => ({ rule: f.rule, at: `${f.sheet}!${f.cell}`, message: f.message }));
}

it("D2: `具体由赵磊负责` goes whole with its adverb, never `……青年文明号，具体。`", async () => {
  const text = await summaryTextOf({
    profile: toll,
    ledgers: { 文字材料: [{ 类型: "下一步打算", 内容: "继续抓好文明服务，争取明年评上省级青年文明号，具体由赵磊负责。" }] },
  });
  expect(text).toContain("继续抓好文明服务，积极争创省级青年文明号。");
  expect(text).not.toContain("具体。");
  expect(text).not.toContain("赵磊");
});

it("D2: other adverbs and roles before who is in charge go too (`主要由李娜同志牵头`)", async () => {
  const text = await summaryTextOf({
    profile: museum,
    ledgers: { 文字材料: [{ 类型: "下一步打算", 内容: "做好文明旅游宣传，主要由李娜同志牵头。" }] },
  });
  expect(text).toContain("做好文明旅游宣传。");
  expect(text).not.toContain("主要。");
  expect(text).not.toContain("李娜");
});

it("D3: a 志愿服务 team named `其他` is never said as a subject, and the check says so", async () => {
  const content: WorkbookContent = {
    profile: toll,
    ledgers: {
      志愿服务: [{ 队伍名称: "其他", 队伍类型: "其他", 注册人数: 12, 主要服务内容: "同上" }],
      其他指标: [{ 板块: "志愿服务", 指标名称: "帮助司乘人员", 数值: "七百多", 单位: "人次" }],
    },
  };
  const text = await summaryTextOf(content);
  expect((await findingsOf(content)).map((f) => `${f.rule} ${f.at}`)).toContain("text.placeholder 志愿服务!A3");
  expect(text).toContain("现有注册志愿者12人，帮助司乘人员700余人次。");
  expect(text).not.toContain("其他现有");
});

it("D13: a leader's full name inside 组织保障 名称或内容 is left out (`以王建国馆长为组长` → `以馆长为组长`), with a 提示", async () => {
  const content: WorkbookContent = {
    profile: museum,
    ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立以王建国馆长为组长的创文领导小组", 数量: 1, 单位: "个", 日期: "2025-07-03" }] },
  };
  const text = await summaryTextOf(content);
  expect(text).toContain("以馆长为组长的创文领导小组");
  expect(text).not.toContain("王建国");
  expect((await findingsOf(content)).map((f) => `${f.rule} ${f.at}`)).toContain("value.personal 组织保障!B3");
});

it("D5: the text.spoken 提示 quotes what the summary writes, never a name or a phone", async () => {
  const content: WorkbookContent = {
    profile: museum,
    ledgers: { 文字材料: [{ 类型: "工作亮点", 内容: "我们搞了个“文博小讲解员”，小朋友讲得可好了，游客都点赞，有事可以联系王晓梅13907651234。" }] },
  };
  const spoken = (await findingsOf(content)).filter((f) => f.rule === "text.spoken").map((f) => f.message).join("\n");
  expect(spoken).toContain("小朋友讲得可好了");
  expect(spoken).toContain("这一句只写“打造“文博小讲解员”志愿服务品牌，受到游客好评”"); // people are no practice to 推行 (review run 32, AV 材料7 item 7)
  expect(spoken).not.toContain("13907651234");
  expect(spoken).not.toContain("王晓梅");
  expect(spoken).not.toContain("有事可以联系");
  const text = await summaryTextOf(content);
  expect(text).not.toContain("王晓梅");
  expect(text).not.toContain("有事可以联系");
  expect(text).toContain("打造“文博小讲解员”志愿服务品牌，受到游客好评。");
});

it("D6: `游客都点赞` → `受到游客好评`; `明年准备再招一批` → `进一步招募`", async () => {
  const text = await summaryTextOf({
    profile: museum,
    ledgers: {
      文字材料: [
        { 类型: "工作亮点", 内容: "我们搞了个“文博小讲解员”，小朋友讲得可好了，游客都点赞，有事可以联系王晓梅13907651234。" },
        { 类型: "下一步打算", 内容: "明年准备再招一批志愿讲解员，搞好文明旅游宣传。" },
      ],
    },
  });
  expect(text).toContain("受到游客好评");
  expect(text).not.toContain("游客都点赞");
  expect(text).toContain("进一步招募志愿讲解员，做好文明旅游宣传工作。");
  expect(text).not.toContain("明年准备再招");
});
