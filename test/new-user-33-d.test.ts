/**
 * New-user test 32 (docs/new-user-test-pane-32.md), defects D33, D27, D23 and D25: each as the tester typed it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";
import { samples } from "../scripts/make-sample";

it("D33: a 工作亮点 loses only the person and their phone, never the achievement after them", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 文字材料: [
      { 类型: "工作亮点", 内容: "组建“老王调解室”，王建国同志（电话0571-87654321）化解矛盾纠纷12起。" },
    ] },
  });
  expect(text).toContain("组建“老王调解室”，化解矛盾纠纷12起。");
  expect(text).not.toMatch(/王建国|87654321/u);
});

it("D33: a person named at the opening of a sentence, with or without 同志, goes with their number; the check names the cell", async () => {
  const content = {
    profile: { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 文字材料: [
      { 类型: "工作亮点", 内容: "李秀英（13712345678）牵头成立“邻里帮”互助队，帮扶独居老人20户。" },
      { 类型: "工作亮点", 内容: "组建“老王调解室”，王建国同志（电话0571-87654321）化解矛盾纠纷12起。" },
    ] },
  };
  const text = await summaryTextOf(content);
  expect(text).toContain("一是牵头成立“邻里帮”互助队，帮扶独居老人20户；二是组建“老王调解室”，化解矛盾纠纷12起。");
  expect(text).not.toMatch(/李秀英|王建国|13712345678|87654321/u);
  const check = (await cli("check", await workbookFile(content))).out;
  for (const cell of ["B3", "B4"]) expect(check).toContain(`提示 文字材料!${cell} [value.personal] “内容”中有电话号码、身份证号或联系人，总结不会写出这一部分`);
});

it("D27: the community sample's 领导小组 is led by the 社区党委书记, its 包片 by the 社区“两委”, never by a 街道's 党工委", async () => {
  const text = await summaryTextOf(samples["community-2023-h1.xlsx"]);
  expect(text).toContain("　　一是健全机构。社区于1月10日成立以社区党委书记为组长、各支部书记和网格员为成员的创建工作领导小组。\n");
  expect(text).toContain("　　二是完善机制。建立社区“两委”成员包片、工作人员包网格、保洁人员包路段的网格化包保责任制。\n");
  const communities = Object.values(samples).filter((content) => content.profile?.["单位类型"] === "社区");
  expect(communities).toHaveLength(3);
  for (const content of communities) expect(await summaryTextOf(content)).not.toContain("党工委");
});

it("D23: a 乡镇's one team has 注册志愿者, no 辖区 of its own, and takes part in 移风易俗宣传, not in a bare theme", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "双河镇人民政府", 单位简称: "双河镇", 单位类型: "乡镇", 报告年度: 2025, 报告期: "全年", 常住人口: 32000, 户数: 9800 },
    ledgers: { 志愿服务: [
      { 队伍名称: "镇新时代文明实践所志愿服务总队", 队伍类型: "综合志愿者", 注册人数: 1200, 服务次数: 150, "服务时长（小时）": 4800, 主要服务内容: "移风易俗" },
    ] },
  });
  expect(text).toContain("　　镇新时代文明实践所志愿服务总队现有注册志愿者1200人，主要参与移风易俗宣传；累计开展志愿服务150次，服务时长4800小时。\n");
});

describe("D25: a year typed into 报告期 (`2025上半年`)", () => {
  const profile = (年度: number | undefined, 报告期: string): Parameters<typeof workbookFile>[0] => ({
    profile: { 单位名称: "望江社区居委会", 单位类型: "社区", ...(年度 === undefined ? {} : { 报告年度: 年度 }), 报告期 },
    ledgers: { 活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 30, 单位: "人" }] },
  });
  const list = "全年、上半年、下半年、第一季度、第二季度、第三季度、第四季度、月度、专项";
  const how = "可用“规范数据”（命令行：campaign-ledger fix 台账.xlsx -o 新文件.xlsx）改正";

  it("with 报告年度 blank: the check says where the year goes, and fix moves it there", async () => {
    const file = await workbookFile(profile(undefined, "2025上半年"));
    expect((await cli("check", file)).out).toContain(`错误 基本信息!B9 [value.enum] “报告期”不能填“2025上半年”，请从下拉列表中选择：${list}。“2025上半年”请选“上半年”，“报告年度”填2025，${how}。`);
    const out = join(mkdtempSync(join(tmpdir(), "cl-nu33d-")), "fixed.xlsx");
    const fixed = await cli("fix", file, "-o", out);
    expect(fixed.out).toContain("  基本信息!B8  （空） → 2025  填入B9中的年份2025\n  基本信息!B9  “2025上半年” → “上半年”  “2025上半年”改为“上半年”（年份2025填入报告年度）\n");
    const check = (await cli("check", out)).out;
    expect(check).not.toMatch(/基本信息!B[89]/u);
  });

  it("with 报告年度 the same year: the check says the year is there already", async () => {
    const check = (await cli("check", await workbookFile(profile(2025, "2025上半年")))).out;
    expect(check).toContain(`错误 基本信息!B9 [value.enum] “报告期”不能填“2025上半年”，请从下拉列表中选择：${list}。“2025上半年”请选“上半年”，年份2025已在“报告年度”中，${how}。`);
  });

  it("with another 报告年度: the check asks which year is right, and fix leaves both", async () => {
    const file = await workbookFile(profile(2025, "2024年上半年"));
    expect((await cli("check", file)).out).toContain(`错误 基本信息!B9 [value.enum] “报告期”不能填“2024年上半年”，请从下拉列表中选择：${list}。“2024年上半年”请选“上半年”；其中的年份2024与“报告年度”2025不一致，请核对哪一个是对的。`);
    const out = join(mkdtempSync(join(tmpdir(), "cl-nu33d-")), "fixed.xlsx");
    expect((await cli("fix", file, "-o", out)).out).toContain("无法识别、保持原样 1 处：\n  基本信息!B9  “报告期”不能填“2024年上半年”");
  });
});
