/**
 * New-user test 54 (docs/new-user-test-pane-54.md), D2, D3, D5, D6 and D14: free text and personal names — a full name
 * before a title (`王建国行长任组长`), a nickname in 文字材料 (`搞非遗的就老周一个人`), spoken 简要内容 (`四月份每周都搞`,
 * `请市里老师讲课`) and a spoken plan (`争取每个月进一次社区`).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { redactPersonal, writtenActivityClause, writtenRemark } from "../src/core/facts/remark";
import { summaryTextOf } from "./support/summaries";

const findingsOf = async (content: WorkbookContent, rule: string): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);

const bank = { 单位名称: "县农商银行城关支行", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" };
const culture = { 单位名称: "县文化馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第三季度" };
const town = { 单位名称: "青山镇人民政府", 单位类型: "乡镇", 报告年度: 2025, 报告期: "全年" };

const d3: WorkbookContent = {
  profile: bank,
  ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立创文工作领导小组，王建国行长任组长", 日期: "2025-01-06" }] },
};

it("54 D3: a full name before a title (`王建国行长任组长`) is left out with a value.personal 提示", async () => {
  const text = await summaryTextOf(d3);
  expect(text).toContain("我行于1月6日成立以行长为组长的创文工作领导小组。");
  expect(text).not.toContain("王建国");
  expect(await findingsOf(d3, "value.personal")).toEqual(["组织保障!B3 “名称或内容”中有个人姓名或称呼“王建国行长”，总结不会写出这一部分；这一列请只写工作内容。"]);
  // The class: a 2–3 character name before a title or 同志, and 由 + name + 负责.
  expect(redactPersonal("王建国书记亲自部署")).toBe("书记亲自部署");
  expect(redactPersonal("李红霞馆长带队走访")).toBe("馆长带队走访");
  expect(redactPersonal("张伟同志负责宣传")).toBe("负责宣传");
  expect(redactPersonal("由刘强负责日常联络")).toBe("日常联络");
  // Nothing good is lost: bodies, places and titles without a name stay.
  expect(redactPersonal("县文化馆馆长带队走访")).toBe("县文化馆馆长带队走访");
  expect(redactPersonal("由办公室负责日常联络")).toBe("由办公室负责日常联络");
  expect(redactPersonal("林业站站长带队检查")).toBe("林业站站长带队检查");
  expect(redactPersonal("江城好书记评选")).toBe("江城好书记评选");
  expect(redactPersonal("周末开展志愿服务")).toBe("周末开展志愿服务");
});

const d2: WorkbookContent = {
  profile: culture,
  ledgers: {
    活动台账: [{ 日期: "2025-08-10", 活动名称: "非遗展示周", 活动类型: "文化活动", 参与数量: 300, 单位: "人次" }],
    文字材料: [{ 类型: "存在不足", 内容: "专业人才不够，搞非遗的就老周一个人" }],
  },
};

it("54 D2: a nickname in 文字材料 is never printed; `搞非遗的就…一个人` is spoken and left out with a 提示", async () => {
  const text = await summaryTextOf(d2);
  expect(text).toContain("专业人才仍显不足。");
  expect(text).not.toMatch(/老周|搞非遗|一个人/u);
  expect(await findingsOf(d2, "value.personal")).toEqual(["文字材料!B3 “内容”中有个人姓名或称呼“老周”，总结不会写出这一部分；个人信息请不要填在这一列。"]);
  expect(await findingsOf(d2, "text.spoken")).toEqual([
    "文字材料!B3 内容中“搞非遗的就老周一个人”用称呼或姓氏指人，总结不写这部分，这一句只写“专业人才仍显不足”；请改写成书面表述，不写个人的姓名或称呼。",
  ]);
});

const d5: WorkbookContent = {
  profile: town,
  ledgers: {
    活动台账: [{ 日期: "2025-04-12", 活动名称: "人居环境整治集中行动", 活动类型: "环境整治", 参与数量: 1500, 单位: "人次", 简要内容: "四月份每周都搞，各村干部带头" }],
  },
};

it("54 D5: `四月份每周都搞` is written `4月每周开展`", async () => {
  const text = await summaryTextOf(d5);
  // A dated row that says it recurred that month is told as recurring, its one date left out (run-29 review, 材料3 item 3).
  expect(text).toContain("4月每周开展人居环境整治集中行动，各村干部带头参与，累计参与1500人次。");
  expect(writtenActivityClause("每周都搞")).toBe("每周开展");
  expect(writtenActivityClause("每个月都搞一次")).toBe("每月开展1次");
  expect(writtenActivityClause("三月份每天都弄")).toBe("3月每天开展");
});

const d6: WorkbookContent = {
  profile: culture,
  ledgers: {
    活动台账: [{ 日期: "2025-08-20", 活动名称: "文化志愿者培训", 活动类型: "会议培训", 参与数量: 45, 单位: "人", 简要内容: "请市里老师讲课，老周负责联系" }],
  },
};

// Run-29 review (t54-culture): a teacher of a level is that level's expert in writing, `邀请市级专家授课`.
it("54 D6: `请市里老师讲课` is written `邀请市级专家授课`", async () => {
  const text = await summaryTextOf(d6);
  expect(text).toContain("8月20日开展“文化志愿者培训”，邀请市级专家授课，参与45人。");
  expect(writtenActivityClause("请县里专家来讲")).toBe("邀请县级专家授课");
  expect(writtenActivityClause("找区里老师讲")).toBe("邀请区级专家授课");
  expect(writtenActivityClause("请市里老师讲课")).toBe("邀请市级专家授课");
});

const d14: WorkbookContent = {
  profile: bank,
  ledgers: {
    活动台账: [{ 日期: "2025-03-05", 活动名称: "反诈宣传进社区", 活动类型: "宣传教育", 参与数量: 80, 单位: "人次" }],
    文字材料: [{ 类型: "下一步打算", 内容: "加大反诈宣传力度，争取每个月进一次社区" }],
  },
};

it("54 D14: `争取每个月进一次社区` is written `争取每月深入社区1次`", async () => {
  const text = await summaryTextOf(d14);
  expect(text).toContain("加大反诈宣传力度，争取每月深入社区1次。");
  expect(text).not.toMatch(/每个月|进一次/u);
  expect(writtenRemark("争取每个星期进两次村", "下一步打算")).toBe("争取每周深入村2次");
  expect(writtenRemark("每个村都成立了议事会", "下一步打算")).toBe("每个村都成立议事会");
  // The plan quoted in the next period's 落实上期工作打算 takes the same written form.
  const next: WorkbookContent = { profile: { ...bank, 报告期: "下半年" }, ledgers: { 文字材料: [{ 类型: "上期打算", 内容: "加大反诈宣传力度，争取每个月进一次社区", 落实情况: "已开展进社区宣传6次" }] } };
  const quoted = await summaryTextOf(next);
  expect(quoted).toContain("加大反诈宣传力度，争取每月深入社区1次");
  expect(quoted).not.toMatch(/每个月|进一次/u);
});
