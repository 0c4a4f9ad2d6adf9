/**
 * New-user test 27 (docs/new-user-test-pane-27.md): profile, import and check defects (D24, D15, D25, D19, D5, D6), each as the
 * tester typed it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

const dir = mkdtempSync(join(tmpdir(), "cl-nu27f-"));

it("D25: a 成文日期 years after the period (2030 for a 2025 第三季度) is a 提示 naming both dates", async () => {
  const content = (docDate: string): Parameters<typeof workbookFile>[0] => ({
    profile: { 单位名称: "市第二职业中等专业学校", 单位类型: "学校", 报告年度: 2025, 报告期: "第三季度", 成文日期: { date: docDate } },
    ledgers: { 活动台账: [{ 日期: "2025-09-10", 活动名称: "教师节表彰会", 活动类型: "会议培训", 参与数量: 120, 单位: "人" }] },
  });
  const late = (await cli("check", await workbookFile(content("2030-01-01")))).out;
  expect(late).toMatch(/提示 基本信息!B\d+ \[profile\.doc-date-late\] 成文日期2030年1月1日距报告期截止日期2025年9月30日已超过半年，总结的落款将是这一天；请核对（留空则取导出当天）。/u);
  // Within half a year of the period's end it is an ordinary late summary: nothing said.
  expect((await cli("check", await workbookFile(content("2026-03-20")))).out).not.toContain("profile.doc-date-late");
});

it("D19: `next` names only the standing rows it carried, and a 全年 period is 2025年全年 beside another period", async () => {
  const school = await workbookFile({
    profile: { 单位名称: "市第二职业中等专业学校", 单位类型: "学校", 报告年度: 2025, 报告期: "第三季度" },
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "创建工作领导小组", 数量: 1, 单位: "个" }],
      活动台账: [{ 日期: "2025-09-10", 活动名称: "教师节表彰会", 活动类型: "会议培训", 参与数量: 120, 单位: "人" }],
    },
  });
  const next = await cli("next", school, "-o", join(dir, "c_next.xlsx"));
  expect(next.code).toBe(0);
  expect(next.out).toContain("结转：领导小组1行；本期指标数字存入“上期指标”表。");
  const village = await workbookFile({
    profile: { 单位名称: "石门村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 活动台账: [{ 日期: "2025-09-10", 活动名称: "移风易俗宣传", 活动类型: "宣传教育", 参与数量: 60, 单位: "人" }] },
  });
  const refused = await cli("next", village, "-o", join(dir, "b_next.xlsx"), "--period", "上半年", "--year", "2025");
  expect(refused.code).toBe(2);
  expect(refused.err).toContain("下一期（2025年上半年）须在本期（2025年全年，截至2025年12月31日）之后。");
});

it("D15: an imported honour of 级别 “系统内” is 本单位 with its reason, and the text says it was received", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("荣誉");
  ws.addRows([["荣誉称号", "级别", "获得者"], ["文明家庭", "区级", "王某家庭"], ["优秀志愿者", "市级", "张某"], ["系统内先进个人", "系统内", "李某"]]);
  const source = join(dir, "handmade.xlsx");
  writeFileSync(source, new Uint8Array(await wb.xlsx.writeBuffer()));
  const out = join(dir, "imported.xlsx");
  const imported = await cli("import", source, "-o", out, "--unit", "钟楼社区居委会", "--type", "社区", "--year", "2025", "--period", "上半年");
  expect(imported.out).toContain("先进典型!B5 级别＝本单位：“系统内”是本系统评选的荣誉，级别没有此项，按本单位计，荣誉名称写明系统内，总结中写作获评系统内荣誉（依据 荣誉!B4）");
  expect(imported.out).not.toContain("按社区/村计");
  const text = (await cli("summarize", out, "--force", "--text", "-")).out;
  expect(text).toContain("1人获评系统内“先进个人”。");
  expect(text).not.toContain("评选表彰系统内");
});

it("D15: a 系统内 honour typed in a standard ledger as 本单位 is received, never the unit's own 评选表彰", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "区市场监督管理局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 先进典型: [{ 荣誉名称: "系统内先进个人", 级别: "本单位", 人数: 1 }, { 荣誉名称: "岗位标兵", 级别: "本单位", 人数: 3 }] },
  });
  expect(text).toContain("1人获评系统内“先进个人”；评选表彰岗位标兵3人");
});

it("D6: a 县/区 honour of a village in a 乡 (by name or by its 上级指导单位) is 县级; one in a district stays 区级", async () => {
  const honour = { 先进典型: [{ 荣誉名称: "最美家庭", 级别: "县/区", 人数: 1 }] };
  const inXiang = await summaryTextOf({ profile: { 单位名称: "青山乡石门村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "全年" }, ledgers: honour });
  expect(inXiang).toContain("1户家庭获评县级“最美家庭”");
  const guided = await summaryTextOf({ profile: { 单位名称: "石门村村民委员会", 单位类型: "村", 上级指导单位: "青山乡人民政府", 报告年度: 2025, 报告期: "全年" }, ledgers: honour });
  expect(guided).toContain("1户家庭获评县级“最美家庭”");
  const district = await summaryTextOf({ profile: { 单位名称: "钟楼社区居委会", 单位类型: "社区", 上级指导单位: "老城区文明办", 报告年度: 2025, 报告期: "全年" }, ledgers: honour });
  expect(district).toContain("1户家庭获评区级“最美家庭”");
});

it("D24: a bureau's, a company's or a school's 常住人口 is its 干部职工 or 师生, and the registration rate their share", async () => {
  const bureau = await summaryTextOf({
    profile: { 单位名称: "区市场监督管理局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年", 常住人口: 260 },
    ledgers: {
      志愿服务: [{ 队伍名称: "市场监管志愿服务队", 队伍类型: "党员志愿者", 注册人数: 90 }],
      组织保障: [{ 事项类型: "共建单位", 名称或内容: "包联社区", 数量: 3, 单位: "个" }],
    },
  });
  expect(bureau).toContain("区市场监督管理局现有干部职工260人。");
  expect(bureau).toContain("注册党员志愿者90人，占干部职工总数的34.6%");
  expect(bureau).toContain("与3个包联社区结对共建。");
  expect(bureau).not.toMatch(/辖区有常住人口|志愿者注册率达|等3个单位/u);
  const school = await summaryTextOf({
    profile: { 单位名称: "市第二职业中等专业学校", 单位类型: "学校", 报告年度: 2025, 报告期: "第三季度", 常住人口: 3200 },
    ledgers: { 志愿服务: [{ 队伍名称: "青年志愿者协会", 队伍类型: "青年志愿者", 注册人数: 420 }] },
  });
  expect(school).toContain("市第二职业中等专业学校现有师生3200人。");
  expect(school).toContain("占师生总数的13.1%");
  // A 派出所 typed 机关部门 with 户数 has a 辖区: its residents stay residents.
  const station = await summaryTextOf({
    profile: { 单位名称: "城南派出所", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年", 常住人口: 15800, 户数: 5200 },
    ledgers: { 志愿服务: [{ 队伍名称: "平安志愿服务队", 队伍类型: "综合志愿者", 注册人数: 30 }] },
  });
  expect(station).toContain("城南派出所辖区有居民5200户，常住人口15800人。");
  // A community's 共建单位 row naming a kind of partner: counted before it.
  const community = await summaryTextOf({
    profile: { 单位名称: "钟楼社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 组织保障: [{ 事项类型: "共建单位", 名称或内容: "辖区共建单位", 数量: 12, 单位: "家" }, { 事项类型: "共建单位", 名称或内容: "龙泉小学", 数量: 2, 单位: "个" }] },
  });
  expect(community).toContain("与12家辖区共建单位结对共建");
  expect(community).toContain("与龙泉小学等2个单位结对共建");
});

it("D5: a 专项 opening carries its year, and registered volunteers alone are what the unit has, said after its work", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "市公共交通集团有限公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "专项", 起始日期: { date: "2025-05-01" }, 截止日期: { date: "2025-05-31" } },
    ledgers: {
      组织保障: [{ 事项类型: "工作会议", 名称或内容: "文明乘车专项推进会", 数量: 2, 单位: "次" }],
      志愿服务: [{ 队伍名称: "驾驶员志愿服务队", 队伍类型: "专业志愿者", 注册人数: 150 }],
    },
  });
  expect(text).toContain("　　2025年5月1日至31日，市公共交通集团有限公司扎实推进创建工作，现有注册志愿者150人。现将有关情况总结如下。");
  const library = await summaryTextOf({
    profile: { 单位名称: "市图书馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 志愿服务: [{ 队伍名称: "图书馆志愿服务队", 队伍类型: "综合志愿者", 注册人数: 200 }] },
  });
  expect(library).toContain("　　2025年，市图书馆扎实推进创建工作，现有注册志愿者200人。现将有关情况总结如下。");
});
