/** @jest-environment node */
/**
 * New-user test 42 (docs/new-user-test-pane-42.md): the defects D5, D6, D7, D12, D13 and D14, each as the tester typed it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { Workbook } from "exceljs";
import { readWorkbook } from "../src/adapters/xlsx";
import { createBrowserOps } from "../src/taskpane/browser/browser-ops";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

const kindergarten = { 单位名称: "阳光幼儿园", 单位类型: "学校", 报告年度: 2025, 报告期: "第一季度" } as const;

it("D6: a 领导小组 named only by who leads it is the group led by them: `成立以园长为组长的创建工作领导小组`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "区医院", 单位类型: "机关部门", 报告年度: 2024, 报告期: "全年" },
    ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "院长任组长", 数量: 1, 单位: "个", 日期: "2024-01-10" }] },
  });
  expect(text).toContain("我院于1月10日成立以院长为组长的创建工作领导小组。");
  expect(text).not.toContain("成立院长任组长");
  for (const [typed, said] of [["组长：党支部书记", "以党支部书记为组长的创建工作领导小组"], ["由园长担任组长", "以园长为组长的创建工作领导小组"], ["院长牵头", "以院长为组长的创建工作领导小组"]]) {
    const t = await summaryTextOf({ profile: kindergarten, ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: typed, 数量: 1, 单位: "个" }] } });
    expect(t).toContain(`成立${said}。`);
  }
});

it("D6: a year later the group led by 院长 (dated the year before) goes on by its name: `继续发挥创建工作领导小组统筹作用`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城南区人民医院", 单位简称: "区医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "院长任组长", 数量: 1, 单位: "个", 日期: 45301 }] },
  });
  expect(text).toContain("区医院继续发挥创建工作领导小组统筹作用。");
  expect(text).not.toContain("院长任组长统筹");
});

it("D7: a 组织保障 其他 row named `家委会会议` is held: `召开家委会会议2次`", async () => {
  const text = await summaryTextOf({ profile: kindergarten, ledgers: { 组织保障: [{ 事项类型: "其他", 名称或内容: "家委会会议", 数量: 2, 单位: "次" }] } });
  expect(text).toContain("召开家委会会议2次。");
  expect(text).not.toMatch(/[。，]家委会会议2次/u);
});

it("D12: a 其他指标 selection (`评选文明村镇` 2个) is one more item of the honours sentence's list", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "青石镇", 单位类型: "乡镇", 报告年度: 2025, 报告期: "下半年" },
    ledgers: {
      先进典型: [{ 荣誉名称: "星级文明户", 级别: "本单位", 人数: 85 }],
      其他指标: [{ 板块: "其他", 指标名称: "评选文明村镇", 数值: 2, 单位: "个" }],
    },
  });
  expect(text).toContain("评出星级文明户85户；评选文明村镇2个。");
  expect(text).not.toContain("85户。评选文明村镇");
});

it("D14: a surname with 大夫, 医生, 护士, 师傅 or 工 is a form of address: never printed with --names, and check says so", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "城南区人民医院", 单位简称: "区医院", 单位类型: "企事业单位", 报告年度: 2024, 报告期: "全年" },
    ledgers: { 先进典型: [{ 荣誉名称: "最美医生", 级别: "省", 人数: 1, 姓名: "孙大夫" }, { 荣誉名称: "技术能手", 级别: "市", 人数: 1, 姓名: "王工" }] },
  });
  const text = (await cli("summarize", file, "--names", "--text", "-")).out;
  expect(text).toContain("1人获评省级“最美医生”");
  expect(text).not.toMatch(/孙大夫|王工/u);
  const check = (await cli("check", file)).out;
  expect(check).toContain("提示 先进典型!E3 [honour.nickname] “姓名”“孙大夫”像是称呼，不是正式姓名；总结写入姓名时不写它，请填写正式姓名。");
  expect(check).toContain("提示 先进典型!E4 [honour.nickname] “姓名”“王工”像是称呼，不是正式姓名；总结写入姓名时不写它，请填写正式姓名。");
});

it("D5: fix lists a skipped `已整改18户` once, quoting the cell as typed", async () => {
  const file = await workbookFile({ profile: { 单位名称: "福园社区", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" }, ledgers: { 问题整改: [{ 问题类别: "乱堆乱放", 发现数: 20, 已整改数: "已整改18户", 单位: "处" }] } });
  const out = (await cli("fix", file, "-o", `${file}.fixed.xlsx`)).out;
  expect(out).toContain("未转换、请手工核对 1 处：\n  问题整改!C3  “已整改18户”  单位列已填“处”，与本格中的单位“户”不一致，请核对后手工修改");
  expect(out).not.toContain("无法识别为数字");
  expect(out.match(/问题整改!C3/gu)).toHaveLength(1);
});

it("D13: 网页版 生成或修复标准表 extends a table over the rows typed below it: the check after it has no table.rows-outside", async () => {
  const file = await workbookFile({ profile: { 单位名称: "区医院", 单位类型: "机关部门", 报告年度: 2024, 报告期: "全年" }, ledgers: {} });
  // As the tester's make.js: rows typed into the blank template, below its one-row table (A2:…3).
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("活动台账")!;
  ws.getRow(3).values = [45300, "学雷锋志愿服务", "志愿服务", 30, "人"];
  ws.getRow(4).values = [45301, "文明交通劝导", "志愿服务", 20, "人"];
  ws.getRow(5).values = [45302, "健康义诊进社区", "志愿服务", 40, "人"];
  await wb.xlsx.writeFile(file);
  writeFileSync(file, readFileSync(file));
  const bytes = new Uint8Array(readFileSync(file));
  const snapshot = await readWorkbook(bytes);
  const outside = (await cli("check", file)).out;
  expect(outside).toContain("提示 活动台账!A4 [table.rows-outside]");
  const ops = createBrowserOps({ name: "e.xlsx", bytes, snapshot }, async () => undefined);
  expect((await ops.analyze()).findings.filter((f) => f.rule === "table.rows-outside").map((f) => `${f.sheet}!${f.cell}`)).toEqual(["活动台账!A4"]);
  await ops.impose();
  expect((await ops.analyze()).findings.filter((f) => f.rule === "table.rows-outside")).toEqual([]);
});
