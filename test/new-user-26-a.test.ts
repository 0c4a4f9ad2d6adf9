/**
 * New-user test 26 (docs/new-user-test-pane-26.md), sentence wording: D14, D15, D16, D20, D22, D23, D30, each as the
 * tester typed it.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

it("D14: a kindergarten typed 学校 speaks of 幼儿, 教职工 and 家长, never 学生 or 师生", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城南第一幼儿园", 单位类型: "学校", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立园创文工作领导小组" }],
      先进典型: [{ 荣誉名称: "最美教师", 级别: "本单位", 人数: 2 }],
      志愿服务: [{ 队伍名称: "家长志愿服务队", 队伍类型: "综合志愿者", 注册人数: 80, 服务次数: 10, "服务时长（小时）": 120, 主要服务内容: "入园护学" }],
    },
  });
  expect(text).toContain("二、加强师德师风和幼儿文明习惯养成\n");
  expect(text).toContain("三、组织教职工和家长志愿服务，助力文明创建\n");
  // The unit is the subject, as every other unit's (new-user test 60, D13).
  expect(text).toContain("　　幼儿园成立创文工作领导小组。");
  expect(text).toContain("家长志愿服务队现有注册志愿者80人，主要参与入园护学；累计开展志愿服务10次，服务时长120小时。");
  expect(text).not.toMatch(/学生|师生|学校/u);
});

it("D15: a partner row that states its count gets no `涉及单位` tail; a festival's activity takes no bare `我们的节日`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "锦华物业服务有限公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "下半年" },
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立创文领导小组" }, { 事项类型: "共建单位", 名称或内容: "与所服务的3个社区签订共建协议", 数量: 3, 单位: "个" }],
      活动台账: [{ 日期: "2025-12-20", 活动名称: "冬至包饺子", 活动类型: "我们的节日", 参与数量: 50, 单位: "人" }],
    },
  });
  expect(text).toContain("二是共建联动。与所服务的3个社区签订共建协议。");
  expect(text).toContain("　　12月20日开展“冬至包饺子”活动，参与50人。");
  expect(text).not.toMatch(/涉及单位|”我们的节日活动/u);
});

it("D16: an unchanged 先进典型 or 道德讲堂 is not told at all (new-user test 32, D24: before, `先进典型人数与上年同期持平`)", async () => {
  const content = (year: number): Parameters<typeof workbookFile>[0] => ({
    profile: { 单位名称: "翠园社区居委会", 单位类型: "社区", 报告年度: year, 报告期: "第三季度" },
    ledgers: {
      先进典型: [{ 荣誉名称: "翠园好人", 级别: "社区/村", 人数: 2 }],
      活动台账: [
        { 日期: `${year}-07-10`, 活动名称: "道德讲堂", 活动类型: "道德讲堂", 参与数量: 60, 单位: "人" },
        { 日期: `${year}-08-10`, 活动名称: "道德讲堂", 活动类型: "道德讲堂", 参与数量: 70, 单位: "人" },
      ],
    },
  });
  const text = (await cli("summarize", await workbookFile(content(2025)), "--previous", await workbookFile(content(2024)), "--text", "-")).out;
  expect(text).toContain("　　一是选树典型。评选表彰翠园好人2人。\n　　二是办好讲堂。先后开展2期道德讲堂，参与130人。\n");
  expect(text).not.toContain("持平");
});

it("D20: the 健全机构 sentence never repeats the unit's name, `调整局……` is `区城管局调整充实……` (the unit the subject: new-user test 60, D13); a quoted 大会 is 召开", async () => {
  const women = await summaryTextOf({
    profile: { 单位名称: "城南区妇女联合会", 单位简称: "区妇联", 单位类型: "群团组织", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立区妇联创文工作领导小组" }, { 事项类型: "任务分解", 名称或内容: "制定家庭文明建设任务清单", 数量: 12, 单位: "项" }],
      活动台账: [
        { 日期: "2025-03-08", 活动名称: "“三八”国际妇女节表彰大会", 活动类型: "会议培训", 参与数量: 300, 单位: "人" },
        { 日期: "2025-12-01", 活动名称: "家庭教育讲座", 活动类型: "其他", 参与数量: 120, 单位: "人" },
      ],
      其他指标: [{ 板块: "其他", 指标名称: "覆盖家庭", 数值: 32000, 单位: "户", 表述: "余" }],
    },
  });
  expect(women).toContain("一是健全机构。区妇联成立创文工作领导小组。");
  expect(women).toContain("3月8日召开“三八”国际妇女节表彰大会，300人参加。");
  expect(women).toContain("覆盖家庭3.2万余户");
  expect(women.match(/覆盖家庭3\.2万余户/gu)).toHaveLength(1);
  expect(women).not.toMatch(/区妇联成立区妇联|开展“三八”/u);
  const bureau = await summaryTextOf({
    profile: { 单位名称: "区城市管理局", 单位简称: "区城管局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "第二季度" },
    ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "调整局创文工作领导小组" }, { 事项类型: "督查检查", 名称或内容: "市容秩序专项督查", 数量: 26, 单位: "次" }] },
  });
  expect(bureau).toContain("一是健全机构。区城管局调整充实创文工作领导小组。");
  expect(bureau).not.toContain("区城管局调整局");
});

it("D22: one volunteer team with 0 registered and nothing done makes no section `现有长青志愿队。`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "长青社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "下半年" },
    ledgers: {
      志愿服务: [{ 队伍名称: "长青志愿队", 队伍类型: "综合志愿者", 注册人数: 0, 服务次数: 0, "服务时长（小时）": 0 }],
      活动台账: [{ 日期: "2025-07-10", 活动名称: "环境大扫除", 活动类型: "环境整治", 参与数量: 50, 单位: "人" }],
    },
  });
  expect(text).not.toContain("长青志愿队");
  expect(text).not.toContain("建强志愿队伍");
  expect(text).toContain("7月10日开展“环境大扫除”活动，参与50人。");
});

it("D23: one publicity category in two measure words is named once", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "长青社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "下半年" },
    ledgers: { 宣传投放: [
      { 类型: "公益广告", 数量: 20, 单位: "块", 方式: "新设" },
      { 类型: "公益广告", 数量: 15, 单位: "幅", 方式: "新设" },
      { 类型: "横幅", 位置或内容: "广场", 数量: 5, 单位: "条", 方式: "新设" },
    ] },
  });
  expect(text).toContain("设置公益广告20块、15幅");
  expect(text).not.toContain("和公益广告");
});

it("D30: one named partner takes no count; a unit's public hotline loses its number, not its clause", async () => {
  const file = await workbookFile({
    profile: { 单位名称: "和平社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      组织保障: [{ 事项类型: "共建单位", 名称或内容: "与区税务局（联系人钱科长，电话025-83331111）签订共建协议", 数量: 1, 单位: "家" }],
      文字材料: [
        { 类型: "工作亮点", 内容: "设立社区服务热线025-84561234，24小时受理居民诉求。" },
        { 类型: "工作亮点", 内容: "开通便民热线13912345678，随时回应群众关切。" },
      ],
    },
  });
  const text = (await cli("summarize", file, "--force", "--text", "-")).out;
  expect(text).toContain("与区税务局签订共建协议。");
  // The line's own number goes, mobile or not (the line is the unit's, its name no personal data).
  expect(text).toContain("　　一是设立社区服务热线，24小时受理居民诉求；二是开通便民热线，随时回应群众关切。");
  expect(text).not.toMatch(/与1家|025-8|13912345678|钱科长/u);
});

it("D14: a primary school whose only team is the parents' organises 家长志愿服务, not 师生志愿服务", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "城南实验小学", 单位类型: "学校", 报告年度: 2025, 报告期: "全年" },
    ledgers: { 志愿服务: [{ 队伍名称: "家长志愿服务队", 队伍类型: "综合志愿者", 注册人数: 60 }] },
  });
  expect(text).toContain("组织家长志愿服务，助力文明创建\n");
  expect(text).toContain("家长志愿服务队现有注册志愿者60人。");
  expect(text).not.toContain("师生志愿");
});

it("D20: a community's group named after the community has no second 社区 before it", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立社区创文工作领导小组" }, { 事项类型: "工作机制", 名称或内容: "网格化管理机制" }] },
  });
  expect(text).toContain("一是健全机构。社区成立创文工作领导小组。");
});
