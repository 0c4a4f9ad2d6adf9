/**
 * New-user test 48 (docs/new-user-test-pane-48.md): D8 (a hotel's own honour told as a merchant's), D13 (the 师生 share
 * of volunteers counted parents) and D14 (a 国庆 flag-raising typed 我们的节日: the 提示 proposed 中秋节).
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

describe("D8: one shop honour of a 企事业单位 that is itself a shop is its own", () => {
  const content = (unitType: string, unitName: string): WorkbookContent => ({
    profile: { 单位名称: unitName, 单位类型: unitType, 上级指导单位: "县商务局", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      先进典型: [
        { 荣誉名称: "诚信经营示范店", 级别: "县/区", 类别: "诚实守信", 人数: 1, 日期: "2025-09-18" },
        { 荣誉名称: "优秀员工", 级别: "本单位", 类别: "敬业奉献", 人数: 12, 日期: "2025-12-20" },
      ],
      活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 35, 单位: "人" }],
    },
  });

  it("锦江大酒店: `获评县级“诚信经营示范店”`, never `1家商户获评`", async () => {
    const text = await summaryTextOf(content("企事业单位", "锦江大酒店"));
    expect(text).toContain("获评县级“诚信经营示范店”");
    expect(text).not.toContain("商户");
    expect(text).not.toContain("1家");
    expect(text).toContain("2025年，锦江大酒店在县商务局的指导下扎实推进创建工作，获评县级“诚信经营示范店”。现将有关情况总结如下。\n一、选树先进典型，发挥示范引领作用\n　　一是创建成果。我单位获评县级“诚信经营示范店”。\n　　二是职工典型。评选表彰优秀员工12人。"); // the unit's own title told in the section too (review run 32, AV 材料7 item 2)
  });

  it("check says how the summary tells it: `本单位获评诚信经营示范店`", async () => {
    const out = (await cli("check", await workbookFile(content("企事业单位", "锦江大酒店")))).out;
    expect(out).toContain("提示 先进典型!D3 [honour.collective-count] “诚信经营示范店”是集体荣誉，人数1在总结中写作“本单位获评诚信经营示范店”，不计入先进典型人数；");
  });

  it("a 社区 that reports a shop of its area still counts it: `1家商户获评…`", async () => {
    const text = await summaryTextOf(content("社区", "龙湖社区居委会"));
    expect(text).toContain("1家商户获评县级“诚信经营示范店”");
  });
});

describe("D13: the share of 师生 counts 师生 teams only", () => {
  const content = (teams: Record<string, string | number>[]): WorkbookContent => ({
    profile: { 单位名称: "县第二小学", 单位类型: "学校", 上级指导单位: "县教育局", 报告年度: 2025, 报告期: "下半年", 常住人口: "1,850" },
    ledgers: { 志愿服务: teams },
  });

  it("家长护学岗 200 and 红领巾 300 of 1850 师生: `占师生总数的16.2%` of the 300", async () => {
    const text = await summaryTextOf(content([
      { 队伍名称: "家长护学岗志愿服务队", 队伍类型: "其他", 注册人数: 200, 服务次数: 80 },
      { 队伍名称: "红领巾志愿服务队", 队伍类型: "少年志愿者", 注册人数: 300, 服务次数: 50 },
    ]));
    expect(text).toContain("注册志愿者500人，其中少年志愿者300人，");
    expect(text).toContain("注册志愿者500人，其中少年志愿者300人，占师生总数的16.2%；");
    expect(text).not.toContain("27%");
  });

  it("with a teachers' team typed 其他: `师生志愿者350人，占师生总数的18.9%`", async () => {
    const text = await summaryTextOf(content([
      { 队伍名称: "家长护学岗志愿服务队", 队伍类型: "其他", 注册人数: 200 },
      { 队伍名称: "红领巾志愿服务队", 队伍类型: "少年志愿者", 注册人数: 300 },
      { 队伍名称: "教师志愿服务队", 队伍类型: "其他", 注册人数: 50 },
    ]));
    expect(text).toContain("注册志愿者550人，其中少年志愿者300人，师生志愿者350人，占师生总数的18.9%");
  });

  it("a team that is neither 师生 nor 家长 by its name: no share", async () => {
    const text = await summaryTextOf(content([
      { 队伍名称: "家长护学岗志愿服务队", 队伍类型: "其他", 注册人数: 200 },
      { 队伍名称: "阳光志愿服务队", 队伍类型: "其他", 注册人数: 300 },
    ]));
    expect(text).not.toContain("师生总数");
  });
});

describe("D14: a 我们的节日 activity on 国庆节 is no traditional festival", () => {
  const content: WorkbookContent = {
    profile: { 单位名称: "县第二小学", 单位类型: "学校", 上级指导单位: "县教育局", 报告年度: 2025, 报告期: "下半年", 常住人口: 1850 },
    ledgers: { 活动台账: [
      { 日期: "2025-10-01", 活动名称: "“我和我的祖国”主题升旗仪式", 活动类型: "我们的节日", 参与数量: 1800, 单位: "人" },
      { 日期: "2025-10-06", 活动名称: "中秋诗会", 活动类型: "我们的节日", 参与数量: 200, 单位: "人" },
    ] },
  };

  it("check says 10月1日 is 国庆节 and suggests 宣传教育 or 理论学习, never `中秋节…`", async () => {
    const out = (await cli("check", await workbookFile(content))).out;
    expect(out).toContain("提示 活动台账!C3 [activity.festival-not-traditional] ““我和我的祖国”主题升旗仪式”日期2025年10月1日是国庆节，国庆节不是“我们的节日”所指的传统节日（春节、元宵、清明、端午、七夕、中秋、重阳），建议活动类型按内容选“宣传教育”或“理论学习”；总结中不把它写作传统节日活动。");
    expect(out).not.toContain("中秋节“我和我的祖国”");
    expect(out).not.toContain("festival-unnamed");
  });

  it("the summary tells it as publicity, the 中秋 one under 我们的节日", async () => {
    const text = await summaryTextOf(content);
    expect(text).not.toMatch(/传统文化[^\n]*\n[^\n]*我和我的祖国/u);
    expect(text).toContain("一、加强宣传教育，引导师生参与\n　　10月1日开展“我和我的祖国”主题升旗仪式，参与1800人。\n二、开展“我们的节日”活动，弘扬中华优秀传统文化\n　　10月6日开展“中秋诗会”，参与200人。");
  });
});
