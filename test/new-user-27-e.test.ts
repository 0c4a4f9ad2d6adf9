/**
 * New-user test 27 (docs/new-user-test-pane-27.md), sentence wording: D3, D4, D8, D14, D20, D22, each as the tester typed it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { rolledUpText } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

it("D3: a 工作机制 that is itself an action (修订……) takes no 落实; its 经……通过 备注 follows as a clause", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "青山乡石门村村民委员会", 单位类型: "社区/村", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      组织保障: [
        { 事项类型: "工作机制", 名称或内容: "修订村规民约", 数量: 1, 单位: "项", 日期: "2025-03-01", 备注: "经村民代表大会表决通过" },
        { 事项类型: "其他", 名称或内容: "成立红白理事会", 数量: 1, 单位: "个" },
      ],
    },
  });
  expect(text).toContain("3月1日修订村规民约，经村民代表大会表决通过。");
  expect(text).not.toMatch(/落实修订|（经/u);
  // Carried into the next period, the rule made then is kept to: `继续执行修订后的村规民约` (new-user test 59, D12), never `修订……` again.
  const next = await summaryTextOf({
    profile: { 单位名称: "青山乡石门村村民委员会", 单位类型: "社区/村", 报告年度: 2025, 报告期: "下半年" },
    ledgers: { 组织保障: [{ 事项类型: "工作机制", 名称或内容: "修订村规民约", 数量: 1, 单位: "项", 日期: "2025-03-01" }] },
  });
  expect(next).toContain("继续执行修订后的村规民约。");
});

it("D4: a bare 其他 alone is `各类问题`, beside named kinds it comes last; no 巡查/责任区域 the data does not name", async () => {
  const bureau = await summaryTextOf({
    profile: { 单位名称: "某区交通运输局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "下半年" },
    ledgers: {
      组织保障: [{ 事项类型: "督查检查", 名称或内容: "出租车文明服务暗访", 数量: 24, 单位: "次", 备注: "每周1次" }],
      问题整改: [{ 问题类别: "其他", 发现数: 30, 已整改数: 30, 单位: "件" }],
    },
  });
  expect(bureau).toContain("　　发现各类问题30件，均已整改到位。");
  expect(bureau).not.toMatch(/其他问题|巡查发现/u);
  const hospital = await summaryTextOf({
    profile: { 单位名称: "市第一人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      问题整改: [
        { 问题类别: "其他", 发现数: 8, 已整改数: 6, 单位: "件" },
        { 问题类别: "卫生死角", 发现数: 15, 已整改数: 15, 单位: "处" },
      ],
    },
  });
  expect(hospital).toContain("　　发现卫生死角问题15处，均已整改到位；其他问题8件，已整改6件。");
  expect(hospital).not.toMatch(/责任区域|排查/u);
});

it("D8: a carried 共建单位 (12家, no 日期) goes on in the next period: `继续与12家辖区单位结对共建`", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu27e-"));
  const now = await workbookFile({
    profile: { 单位名称: "老城区钟楼社区居民委员会", 单位简称: "钟楼社区", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-06" }, { 事项类型: "共建单位", 名称或内容: "辖区共建单位", 数量: 12, 单位: "家" }],
      问题整改: [{ 问题类别: "乱张贴", 发现数: 20, 已整改数: 20, 单位: "处" }],
    },
  }, "本期.xlsx");
  const next = join(dir, "下期.xlsx");
  expect((await cli("next", now, "-o", next)).code).toBe(0);
  const out = await cli("summarize", next, "-o", join(dir, "out.docx"), "--text", "-", "--date", "2026-01-05", "--force");
  expect(out.out).toContain("\n　　一是健全机构。钟楼社区继续发挥创文工作领导小组统筹作用。\n　　二是共驻共建。继续与12家辖区单位结对共建。\n");
  expect(out.out).not.toMatch(/辖区共建单位等|与辖区共建单位/u);
  // An agreement signed in an earlier period is kept to, never signed again.
  const signed = await summaryTextOf({
    profile: { 单位名称: "幸福里社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "下半年" },
    ledgers: {
      组织保障: [{ 事项类型: "共建单位", 名称或内容: "与辖区学校、医院签订共驻共建协议", 数量: 5, 单位: "家", 日期: "2025-03-01" }],
      问题整改: [{ 问题类别: "乱张贴", 发现数: 20, 已整改数: 20, 单位: "处" }],
    },
  });
  expect(signed).toContain("　　继续履行与辖区学校、医院签订的共驻共建协议。\n");
});

it("D22: 公益广告 put up and replaced are told apart, the noun once; a second activity of the same day is `同日`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "新华社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "第一季度" },
    ledgers: {
      宣传投放: [
        { 类型: "公益广告", 位置或内容: "主干道", 数量: 100, 单位: "块", 方式: "新设", "投入金额（元）": 2000 },
        { 类型: "公益广告", 位置或内容: "楼道", 数量: 30, 单位: "张", 方式: "新设", "投入金额（元）": 300 },
        { 类型: "公益广告", 位置或内容: "小区", 数量: "近50", 单位: "块", 方式: "更换" },
      ],
      活动台账: [
        { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 60, 单位: "人" },
        { 日期: "2025-03-05", 活动名称: "学雷锋便民服务", 活动类型: "志愿服务", 参与数量: 40, 单位: "人次" },
      ],
    },
  });
  expect(text).toContain("　　设置公益广告100块、30张，在小区更换公益广告近50块。");
  expect(text).toContain("3月5日开展“学雷锋志愿服务”活动，参与60人；同日开展“学雷锋便民服务”活动，参与40人次。");
  expect(text).not.toMatch(/约150块|公益广告\d+块和公益广告|；3月5日/u);
});

it("D20: a 表彰大会 alone in 组织保障 joins the honours; the 单位简称 opens; a school's honours name no 师德师风", async () => {
  const women = await summaryTextOf({
    profile: { 单位名称: "某区妇女联合会", 单位简称: "区妇联", 单位类型: "群团组织", 报告年度: 2025, 报告期: "全年" },
    ledgers: {
      志愿服务: [{ 队伍名称: "巾帼志愿服务队", 队伍类型: "巾帼志愿者", 注册人数: 800, 服务次数: 50, "服务时长（小时）": 3000, 主要服务内容: "家庭教育、关爱留守儿童" }],
      先进典型: [{ 荣誉名称: "巾帼建功标兵", 级别: "本单位", 人数: 20 }],
      活动台账: [{ 日期: "2025-03-08", 活动名称: "三八节表彰大会", 活动类型: "会议培训", 参与数量: 300, 单位: "人" }],
    },
  });
  expect(women).toContain("　　2025年，区妇联开展志愿服务50次，服务时长3000小时，注册志愿者达800人。现将有关情况总结如下。\n");
  expect(women).toContain("　　一是典型示范。评选表彰巾帼建功标兵20人。\n　　二是表彰激励。3月8日召开三八节表彰大会，300人参加。\n");
  expect(women).not.toMatch(/加强组织领导|某区妇女联合会注册/u);
  const school = await summaryTextOf({
    profile: { 单位名称: "市第二职业中等专业学校", 单位类型: "学校", 报告年度: 2025, 报告期: "第三季度" },
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立学校创文工作领导小组" }],
      先进典型: [{ 荣誉名称: "文明寝室", 级别: "本单位", 人数: 18 }, { 荣誉名称: "优秀志愿者", 级别: "市", 人数: 5 }],
    },
  });
  expect(school).toContain("二、选树先进典型，培育文明校风\n");
  expect(school).not.toContain("师德师风");
});

it("D14: a roll-up of departments whose 宣传教育 is 理论学习 only is headed 加强理论武装, never 加大宣传力度", async () => {
  const dept = (n: number): Record<string, Record<string, string | number>[]> => ({
    组织保障: [{ 事项类型: "领导小组", 名称或内容: "创文工作领导小组", 数量: 1, 单位: "个" }],
    活动台账: [{ 日期: "2025-04-15", 活动名称: "理论学习中心组学习", 活动类型: "理论学习", 参与数量: 30, 单位: "人" }, { 日期: "2025-06-20", 活动名称: "下沉社区志愿服务", 活动类型: "志愿服务", 参与数量: n, 单位: "人次" }],
  });
  const text = await rolledUpText("中共某县县直机关工作委员会", "机关部门", [["县财政局", "机关部门", dept(40)], ["县教育局", "机关部门", dept(120)], ["县卫生健康局", "机关部门", dept(300)]]);
  expect(text).toContain("二、加强理论武装，提升干部职工文明素养\n　　各部门共开展理论学习活动3场，参与90人。\n");
  expect(text).not.toContain("加大宣传力度");
  const bureau = await summaryTextOf({
    profile: { 单位名称: "县财政局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立创文工作领导小组" }],
      活动台账: [{ 日期: "2025-04-15", 活动名称: "理论学习中心组学习", 活动类型: "理论学习", 参与数量: 30, 单位: "人" }],
    },
  });
  expect(bureau).toContain("二、加强理论武装，提升干部职工文明素养\n");
  expect(bureau).not.toContain("加大宣传力度");
});
