/**
 * New-user test 54 (docs/new-user-test-pane-54.md), the points: D7 (a bare noun phrase `客户投诉处理机制` as a whole
 * point), D8 (a 客户满意度座谈会 told as 职工培训 while the staff's 礼仪培训 went to 文明礼仪), D9 (`设置各村新设宣传栏`),
 * D13 (`志愿服务进敬老院` counted as a bare 志愿服务 activity) and D18 (a volunteers' honour alone under 职业道德).
 */
import { summaryTextOf } from "./support/summaries";
import type { WorkbookContent } from "../src/adapters/xlsx/content";

const bank: WorkbookContent = {
  profile: { 单位名称: "县农商银行城关支行", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "上半年" },
  ledgers: {
    组织保障: [
      { 事项类型: "领导小组", 名称或内容: "成立创文工作领导小组", 日期: "2025-01-06" },
      { 事项类型: "工作会议", 名称或内容: "创文推进会", 数量: 3, 单位: "次" },
      { 事项类型: "其他", 名称或内容: "客户投诉处理机制", 备注: "投诉电话0571-88881234找李经理" },
    ],
    活动台账: [
      { 日期: "2025-03-08", 活动名称: "三八节金融知识进社区", 活动类型: "宣传教育", 参与数量: "100余", 单位: "人", 地点: "城关社区" },
      { 日期: "2025-05-20", 活动名称: "志愿服务进敬老院", 活动类型: "志愿服务", 参与数量: 15, 单位: "人" },
      { 日期: "2025-06-30", 活动名称: "客户满意度座谈会", 活动类型: "会议培训", 参与数量: 12, 单位: "人" },
      { 日期: "2025-06-10", 活动名称: "文明服务礼仪培训", 活动类型: "会议培训", 参与数量: 40, 单位: "人次" },
    ],
    志愿服务: [{ 队伍名称: "城关支行青年志愿服务队", 队伍类型: "青年志愿者", 注册人数: 35, 服务次数: 12 }],
    先进典型: [{ 荣誉名称: "县级文明服务窗口", 级别: "县/区", 类别: "其他", 人数: 1 }],
    问题整改: [{ 问题类别: "其他", 发现数: 18, 已整改数: 16, 单位: "件", 备注: "客户投诉，主要是排队时间长" }],
  },
};

describe("new-user test 54, points (bc)", () => {
  let bankText = "";
  beforeAll(async () => {
    bankText = await summaryTextOf(bank);
  });

  it("D7: a bare …机制 as a point takes 建立", () => {
    expect(bankText).toContain("　　三是夯实基础。建立客户投诉处理机制。\n");
    expect(bankText).not.toMatch(/[。是]客户投诉处理机制。/u);
    expect(bankText).not.toContain("李经理");
  });

  it("D8: the customers' 座谈会 is no 职工培训: told with the complaints it serves; the staff's 礼仪培训 stays with 职工素质", () => {
    // Joined to the complaints it answers with `；`, never `此外` (run-29 review, t54-bank item 5).
    expect(bankText).toContain("　　受理客户投诉18件，已办结16件，办结率为88.9%；6月30日召开客户满意度座谈会，12人参加。\n");
    expect(bankText).toContain("　　二是文明礼仪。6月10日开展“文明服务礼仪培训”，参与40人次。\n");
    expect(bankText).not.toMatch(/职工培训。[^\n]*座谈会/u);
    expect(bankText.match(/座谈会/gu)?.length).toBe(1);
  });

  it("D13: `志愿服务进敬老院` is named with its date", () => {
    expect(bankText).toContain("　　二是常态服务。5月20日开展“志愿服务进敬老院”活动，参与15人。\n");
    expect(bankText).not.toContain("开展1场志愿服务活动");
  });

  it("D9: `各村新设宣传栏` with 方式 新设 is told with one verb", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "青山镇人民政府", 单位类型: "乡镇", 报告年度: 2025, 报告期: "全年" },
      ledgers: {
        宣传投放: [
          { 类型: "横幅", 位置或内容: "移风易俗宣传横幅", 数量: 100, 单位: "条", 方式: "新设" },
          { 类型: "宣传栏", 位置或内容: "各村新设宣传栏", 数量: 12, 单位: "块", 方式: "新设" },
          { 类型: "展板", 位置或内容: "社区安装文明展板", 数量: 8, 单位: "块", 方式: "新设" },
        ],
      },
    });
    expect(text).toContain("　　在各村新设宣传栏12块，悬挂横幅100条，在社区安装文明展板8块。\n");
    expect(text).not.toMatch(/设置各村|设置社区安装/u);
  });

  it("D18: an honour of volunteers goes with the volunteers, no one-sentence section under 职业道德", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "县文化馆", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第三季度" },
      ledgers: {
        组织保障: [{ 事项类型: "工作会议", 名称或内容: "馆务会研究创文工作", 数量: 3, 单位: "次", 日期: "2025-07-03" }],
        志愿服务: [{ 队伍名称: "县文化馆文化志愿服务队", 队伍类型: "专业志愿者", 注册人数: 86, 服务次数: 24, 主要服务内容: "送戏下乡、非遗传承" }],
        先进典型: [{ 荣誉名称: "优秀文化志愿者", 级别: "市", 类别: "敬业奉献", 人数: 3 }],
        活动台账: [{ 日期: "2025-07-12", 活动名称: "文化惠民送戏下乡", 活动类型: "文体活动", 参与数量: 800, 单位: "人次" }],
      },
    });
    expect(text).not.toContain("职业道德");
    const volunteers = text.slice(text.indexOf("志愿服务"));
    expect(volunteers).toContain("　　县文化馆文化志愿服务队现有注册专业志愿者86人，主要参与送戏下乡、非遗传承；累计开展志愿服务24次。3人获评市级“优秀文化志愿者”。\n");
    expect(text.match(/优秀文化志愿者/gu)?.length).toBe(1);
  });
});
