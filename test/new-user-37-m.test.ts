/**
 * New-user test 37 (docs/new-user-test-pane-37.md), defects D2 and D5: each as the tester typed it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

const honour = (level: string, type: string, name: string, guide: string, remark?: string): Parameters<typeof summaryTextOf>[0] => ({
  profile: { 单位名称: name, 单位类型: type, 报告年度: 2025, 报告期: "上半年", 上级指导单位: guide },
  ledgers: { 先进典型: [{ 荣誉名称: "最美楼栋长", 级别: level, 类别: "其他", 人数: 3, ...(remark ? { 备注: remark } : {}) }] },
});

it("D2: a 社区 or 街道 naming no 县 or 区 is urban: its 县/区 honour is 区级, never 县（区）级", async () => {
  const community = await summaryTextOf(honour("县/区", "社区", "锦绣华庭社区居委会", "东城街道"));
  expect(community).toContain("3人获评区级“最美楼栋长”");
  expect(community).not.toContain("县（区）级");
  expect(await summaryTextOf(honour("县/区", "街道", "东城街道办事处", "市文明办"))).toContain("3人获评区级“最美楼栋长”");
  // A 村 or 乡镇 naming neither is still in a 县; a 备注 that says which still decides first.
  expect(await summaryTextOf(honour("县/区", "村", "柳塘村村民委员会", "青山镇党委"))).toContain("3人获评县级“最美楼栋长”");
  expect(await summaryTextOf(honour("县/区", "社区", "锦绣华庭社区居委会", "东城街道", "县级"))).toContain("3人获评县级“最美楼栋长”");
});

it("D2: `fix` turning a typed 区级 into 县/区 keeps the word in 备注 (〔级别〕区级), so the summary still says 区级", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "柳塘村村民委员会", 单位类型: "村", 报告年度: 2025, 报告期: "上半年", 上级指导单位: "青山镇党委" },
    ledgers: { 先进典型: [{ 荣誉名称: "文明家庭", 级别: "区级", 类别: "孝老爱亲", 人数: 3 }] },
  });
  const out = join(mkdtempSync(join(tmpdir(), "cl-nu37m-")), "fixed.xlsx");
  const fixed = await cli("fix", file, "-o", out);
  expect(fixed.out).toContain("先进典型!G3  （空） → “〔级别〕区级”  加上〔级别〕区级（保留所填“区级”，总结中写作“区级”）");
  const text = (await cli("summarize", out, "--text", "-")).out;
  expect(text).toContain("3户家庭获评区级“文明家庭”");
  expect(text).not.toContain("〔");
  expect((await cli("check", out)).out).not.toContain("〔级别〕");
  // With a 〔约数〕 tag for 人数 in the same 备注, both are kept and read.
  const both = await workbookFile({
    profile: { 单位名称: "锦绣华庭社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年", 上级指导单位: "江城县东城街道" },
    ledgers: { 先进典型: [{ 荣誉名称: "最美楼栋长", 级别: "区级", 类别: "其他", 人数: "约30" }] },
  });
  const out2 = join(mkdtempSync(join(tmpdir(), "cl-nu37m-")), "fixed.xlsx");
  expect((await cli("fix", both, "-o", out2)).out).toContain("先进典型!G3  （空） → “〔级别〕区级；〔约数〕人数：约30”");
  expect((await cli("summarize", out2, "--text", "-")).out).toContain("约30人获评区级“最美楼栋长”");
});

it("D5: a collective honour whose holder (a 村, 社区, 小区 or 楼院) is named in 备注 is told with it, without 1个", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "青石镇人民政府", 单位类型: "乡镇", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 先进典型: [{ 荣誉名称: "省级文明村", 级别: "省", 人数: 1, 备注: "石桥村" }, { 荣誉名称: "道德红榜人物", 级别: "街道/乡镇", 类别: "其他", 人数: 24 }] },
  });
  expect(text).toContain("石桥村获评“省级文明村”；评选表彰道德红榜人物24人。");
  expect(text).not.toContain("1个");
  // A person's name in 备注 is no holder: it stays out.
  const person = await summaryTextOf({
    profile: { 单位名称: "青石镇人民政府", 单位类型: "乡镇", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 先进典型: [{ 荣誉名称: "省级文明家庭", 级别: "省", 人数: 1, 备注: "张建国" }] },
  });
  expect(person).not.toContain("张建国");
});

it("D5: check says how the summary tells it: “石桥村获评省级文明村”, never “省级文明村1个”", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "青石镇人民政府", 单位类型: "乡镇", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 先进典型: [{ 荣誉名称: "省级文明村", 级别: "省", 人数: 1, 备注: "石桥村" }] },
  });
  expect((await cli("check", file)).out).toContain("提示 先进典型!D3 [honour.collective-count] “省级文明村”是集体荣誉，人数1在总结中写作“石桥村获评省级文明村”，不计入先进典型人数；");
});
