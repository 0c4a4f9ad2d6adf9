/**
 * New-user test 38 (docs/new-user-test-pane-38.md): D21 (称呼 in 先进典型 姓名), D12 (a unit's own columns in a roll-up) and D27
 * (phone and ID numbers in 备注), each as the tester typed it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";

const profile = { 单位名称: "石牌东社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" };

it("D21: a 姓名 that is a 称呼 (老李头, 黄大妈) is a 提示, and --names prints real names only", async () => {
  const file = await workbookFile({
    profile,
    ledgers: { 先进典型: [
      { 荣誉名称: "最美出租屋房东", 级别: "社区/村", 类别: "其他", 人数: 3, 姓名: "陈伟、刘芳、老李头" },
      { 荣誉名称: "区级好人", 级别: "县/区", 类别: "助人为乐", 人数: 1, 姓名: "黄大妈" },
    ] },
  });
  const check = (await cli("check", file)).out.split("\n").filter((l) => l.includes("[honour.nickname]"));
  expect(check).toEqual([
    "提示 先进典型!E3 [honour.nickname] “姓名”“老李头”像是称呼，不是正式姓名；总结写入姓名时不写它，请填写正式姓名。",
    "提示 先进典型!E4 [honour.nickname] “姓名”“黄大妈”像是称呼，不是正式姓名；总结写入姓名时不写它，请填写正式姓名。",
  ]);
  const text = (await cli("summarize", file, "--names", "--text", "-")).out;
  expect(text).toContain("1人获评“区级好人”；评选表彰最美出租屋房东3人（陈伟、刘芳等）。");
  expect(text).not.toMatch(/老李头|黄大妈/u);
});

it("D21: real names that merely open like a 称呼 (小 or 老 not before a surname alone) are no 称呼", async () => {
  const file = await workbookFile({
    profile,
    ledgers: { 先进典型: [{ 荣誉名称: "最美家庭", 级别: "社区/村", 类别: "孝老爱亲", 人数: 4, 姓名: "王小明、李老五、刘嫂、小王" }] },
  });
  const check = (await cli("check", file)).out.split("\n").filter((l) => l.includes("[honour.nickname]"));
  expect(check).toEqual([
    "提示 先进典型!E3 [honour.nickname] “姓名”“刘嫂”像是称呼，不是正式姓名；总结写入姓名时不写它，请填写正式姓名。",
    "提示 先进典型!E3 [honour.nickname] “姓名”“小王”像是称呼，不是正式姓名；总结写入姓名时不写它，请填写正式姓名。",
  ]);
});

it("D12: a unit's own columns (网格员, 照片编号) are named by the roll-up as not carried, their phone never copied", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu38dd-"));
  const own = await workbookFile({
    profile: { 单位名称: "西湖社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 活动台账: [
      { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 50, 单位: "人" },
      { 日期: "2025-06-01", 活动名称: "端午包粽子", 活动类型: "我们的节日", 参与数量: 80, 单位: "人" },
    ] },
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(own);
  const ws = wb.getWorksheet("活动台账");
  if (!ws) throw new Error("no 活动台账");
  ws.getCell("J2").value = "网格员";
  ws.getCell("K2").value = "照片编号";
  ws.getCell("J3").value = "赵六 13512341234";
  ws.getCell("K3").value = "IMG001";
  ws.getCell("L2").value = "空列";
  await wb.xlsx.writeFile(join(dir, "自有列社区.xlsx"));
  const other = await workbookFile({
    profile: { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 活动台账: [{ 日期: "2025-04-01", 活动名称: "文明交通劝导", 活动类型: "志愿服务", 参与数量: 20, 单位: "人" }] },
  });
  const wb2 = new ExcelJS.Workbook();
  await wb2.xlsx.readFile(other);
  await wb2.xlsx.writeFile(join(dir, "望江社区.xlsx"));
  const out = join(mkdtempSync(join(tmpdir(), "cl-nu38dd-out-")), "street_汇总.xlsx");
  const run = await cli("rollup", "--dir", dir, "-o", out, "--unit", "城南街道办事处", "--type", "街道");
  const said = `${run.out}\n${run.err}`.split("\n").map((l) => l.trim()).filter((l) => l.includes("自有列") && !l.includes("漏报"));
  expect(said).toEqual(["西湖社区居委会（自有列社区.xlsx）活动台账的自有列“网格员”“照片编号”未汇总：汇总台账只有标准列，这些列的内容未复制，各单位的原台账不变。"]);
  const combined = new ExcelJS.Workbook();
  await combined.xlsx.readFile(out);
  const cells: string[] = [];
  combined.eachSheet((s) => s.eachRow((r) => r.eachCell((c) => cells.push(String(c.value)))));
  expect(cells.join("|")).not.toMatch(/13512341234|IMG001|网格员/u);
});

it("D27: a phone or an ID number in any ledger's 备注 is a 提示 naming the cell; the summary still prints none", async () => {
  const file = await workbookFile({
    profile,
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立以社区党委书记为组长的创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-08", 备注: "组长张建国 13900001111" }],
      志愿服务: [{ 队伍名称: "石牌东邻里互助队", 队伍类型: "综合志愿者", 注册人数: 35, 服务次数: 12, "服务时长（小时）": 100, 主要服务内容: "邻里互助、独居老人探访", 备注: "队长李秀英 身份证440106195501011234" }],
      活动台账: [{ 日期: "2025-03-08", 活动名称: "“三八”巾帼志愿服务", 活动类型: "志愿服务", 参与数量: 35, 单位: "人", 备注: "联系人王姐 13700001234" }],
      问题整改: [{ 问题类别: "其他", 发现数: 3, 已整改数: 3, 备注: "居民王某某（电话13800001111）私搭鸡舍" }],
    },
  });
  const check = (await cli("check", file)).out.split("\n").filter((l) => l.includes("[value.personal]"));
  expect(check).toEqual([
    "提示 组织保障!G3 [value.personal] “备注”中有手机号码，总结不会写出；台账报送时请注意保护个人信息，如无必要请删去。",
    // The person beside the number is told too (new-user test 44, D4).
    "提示 组织保障!G3 [value.personal] “备注”中有个人姓名或称呼“组长张建国”，总结不会写出这一部分；个人信息请不要填在这一列。",
    "提示 志愿服务!G3 [value.personal] “备注”中有身份证号，总结不会写出；台账报送时请注意保护个人信息，如无必要请删去。",
    expect.stringMatching(/^提示 问题整改!\w+ \[value\.personal\] “备注”中有电话号码、身份证号或联系人，总结不会写出这一部分；问题类别为“其他”时/u),
    "提示 活动台账!I3 [value.personal] “备注”中有手机号码，总结不会写出；台账报送时请注意保护个人信息，如无必要请删去。",
  ]);
  const text = (await cli("summarize", file, "--text", "-")).out;
  expect(text).not.toMatch(/13900001111|440106195501011234|13700001234|13800001111/u);
});
