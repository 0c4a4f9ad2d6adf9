/** @jest-environment node */
/**
 * New-user test 47 (docs/new-user-test-pane-47.md), D9, D14, D15, D16, D17, and a regression of test 46's D11 fix.
 * D11 regression: a 其他 row named by its kinds (`井盖缺失、路灯不亮等`) listed beside other kinds printed
 * `占道经营、井盖缺失、路灯不亮等和消防安全隐患20处`: a row's kinds list must fit the outer list.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

async function findingsOf(content: WorkbookContent, sheet: string): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.filter((f) => f.sheet === sheet).map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message}`);
}

const community = { 单位名称: "桃源社区", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" } as const;
const lines = (text: string): string[] => text.split("\n").filter((l) => /\d处/u.test(l)).map((l) => l.trim());

it("D11 regression: rows named by their kinds are listed by their general names in the outer list", async () => {
  const text = await summaryTextOf({
    profile: community,
    ledgers: {
      问题整改: [
        { 问题类别: "其他", 发现数: 6, 已整改数: 5, 单位: "处", 备注: "井盖缺失，路灯不亮" },
        { 问题类别: "占道经营", 发现数: 10, 已整改数: 10, 单位: "处" },
        { 问题类别: "其他", 发现数: 4, 已整改数: 4, 单位: "处", 备注: "消防通道堆放杂物，灭火器过期" },
      ],
    },
  });
  expect(lines(text)).toEqual([
    "2025年上半年，桃源社区整改各类问题19处。现将有关情况总结如下。",
    "累计排查发现各类问题20处，已整改19处，整改率为95%。其中规范占道经营10处，整改井盖缺失、路灯不亮等问题5处，整治消防通道堆放杂物、灭火器过期等消防安全隐患4处。",
    "井盖缺失、路灯不亮等问题6处中尚有1处未整改到位，需持续跟进。",
  ]);
});


it("D9: `窗口人员着装不规范，已经批评教育了` names the problem; only the spoken clause is left out, and check says which", async () => {
  const court: WorkbookContent = {
    profile: { 单位名称: "区人民法院", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      问题整改: [
        { 问题类别: "卫生死角", 发现数: 4, 已整改数: 3, 单位: "处" },
        { 问题类别: "其他", 发现数: 6, 已整改数: 6, 单位: "处", 备注: "窗口人员着装不规范，已经批评教育了" },
      ],
    },
  };
  expect(lines(await summaryTextOf(court))).toEqual([
    "2025年上半年，区人民法院整改各类问题9处。现将有关情况总结如下。",
    "发现各类问题10处，已整改9处，整改率为90%。其中规范窗口人员着装6处，清理卫生死角3处。",
    "卫生死角4处中尚有1处未整改到位，需持续跟进。",
  ]);
  expect(await findingsOf(court, "问题整改")).toEqual([
    "rect.spoken-remark 问题整改!I4 “备注”中“已经批评教育了”是口语，总结只写问题名称“窗口人员着装不规范”，不写这一句；如需写入，请改为书面语（如“已约谈整改”）。",
  ]);
});

it.each([
  // Others typed in the same spirit: a thing below its standard, then what was done in spoken words.
  ["台账记录不完善，已经让他们补了", "发现各类问题10处，已整改9处，整改率为90%。其中整改台账记录不完善问题6处，清理卫生死角3处。"],
  ["垃圾分类不到位", "发现各类问题10处，已整改9处，整改率为90%。其中整改垃圾分类不到位问题6处，清理卫生死角3处。"],
])("D9: `%s` names its problem", async (备注, clause) => {
  const text = await summaryTextOf({ profile: { 单位名称: "区人民法院", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" }, ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: 4, 已整改数: 3, 单位: "处" }, { 问题类别: "其他", 发现数: 6, 已整改数: 6, 单位: "处", 备注 }] } });
  expect(text).toContain(clause);
});

it("D15: a 客运站 with no street to answer for has its problems under 问题整改, never 包保整治", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "某某市长途汽车客运站", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第四季度" },
    ledgers: {
      问题整改: [{ 问题类别: "卫生死角", 发现数: 20, 已整改数: 20, 单位: "处" }, { 问题类别: "其他", 发现数: 15, 已整改数: 15, 单位: "件", 备注: "旅客投诉" }],
      活动台账: [{ 日期: "2025-11-05", 活动名称: "爱国卫生运动", 活动类型: "环境整治", 参与数量: 30, 单位: "人" }],
    },
  });
  expect(text.split("\n").filter((l) => /一是/u.test(l)).map((l) => l.trim())).toEqual(["一是问题整改。清理卫生死角20处，办结旅客投诉15件。"]);
});

it("D15: a 商场's honours of its shops are 先进典型 under 从业人员, never 职工典型", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "万达广场购物中心", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      先进典型: [{ 荣誉名称: "诚信商户", 级别: "本单位", 人数: 10 }, { 荣誉名称: "文明服务示范店", 级别: "本单位", 人数: 5 }],
      问题整改: [{ 问题类别: "占道堆放", 发现数: 30, 已整改数: 30, 单位: "处" }],
      活动台账: [{ 日期: "2025-03-15", 活动名称: "诚信经营道德讲堂", 活动类型: "道德讲堂", 参与数量: 60, 单位: "人" }],
    },
  });
  expect(text).toContain("二、加强诚信文明教育，提升从业人员素质\n　　一是先进典型。评出诚信商户10家和文明服务示范店5家。");
});

it("D16: a visit on 除夕 is `除夕之际走访慰问`, never `结合除夕节`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "锦江社区", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 活动台账: [{ 日期: "2025-01-28", 活动名称: "除夕慰问独居老人", 活动类型: "关爱帮扶", 参与数量: 12, 单位: "户" }] },
  });
  expect(text).toContain("1月28日除夕之际走访慰问独居老人12户。");
  expect(text).not.toContain("除夕节");
});

it("D16: a 导语 that ends on `为抓手` with nothing after it is told as typed, and check says so", async () => {
  const women: WorkbookContent = {
    profile: { 单位名称: "某某区妇女联合会", 单位类型: "群团组织", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 文字材料: [{ 类型: "导语", 内容: "区妇联紧紧围绕创建全国文明城市目标，以家庭文明建设为抓手。" }, { 类型: "存在不足", 内容: "宣传覆盖面还不够广。" }, { 类型: "下一步打算", 内容: "继续开展最美家庭评选。" }] },
  };
  expect(await findingsOf(women, "文字材料")).toEqual([
    "text.intro-dangling 文字材料!B3 导语中“以家庭文明建设为抓手”后面没有写做了什么，总结会照原样写出；请补全这句话（如“以家庭文明建设为抓手，扎实推进……”）。",
  ]);
});
