/** @jest-environment node */
/**
 * New-user test 67 (docs/new-user-test-pane-67.md), D2, D3, D11 and D13.
 * D2: 县级“青年文明号” 人数1 with 备注 `局政务服务窗口` was told `评出县级青年文明号1个` while check said
 *   `局政务服务窗口获评县级青年文明号`: a collective honour held by the part of the unit 备注 names was won by it, whatever its
 *   level; check reads the holder as the summary does.
 * D3: `6月12日在石榴园社区结对社区开展志愿服务`: a duty at the partner place 地点 names goes there (`到结对的石榴园社区开展
 *   志愿服务`); an activity of 其他 at the unit's own window (`医保窗口“好差评”服务提升活动`) closed 志愿服务 with `此外`:
 *   it is the window's work, told under 窗口服务.
 * D11: 无偿献血 1260人次 (其他指标, 板块 其他) was told under 关爱帮扶 with `达`: giving blood is voluntary service, said
 *   plainly; a 会议培训 told with the publicity (`应急救护培训进校园`) was counted among `2场宣传教育活动`.
 * D13: `社区矫正对象集中教育` (会议培训) was told as `二是业务培训` under 组织保障: the education of the people a 司法所
 *   supervises is a training of the people it serves (catalog SERVED_TRAINING).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";

jest.setTimeout(90000);

const yibao = { 单位名称: "临溪县医疗保障局", 单位简称: "县医保局", 单位类型: "机关部门", 上级指导单位: "临溪县文明办", 报告年度: 2025, 报告期: "全年" } as const;

describe("D2: a collective honour held by a part of the unit is won by it, as check says", () => {
  const content: WorkbookContent = {
    profile: yibao,
    ledgers: {
      先进典型: [
        { 荣誉名称: "全省医疗保障系统先进个人", 级别: "省", 类别: "敬业奉献", 人数: 1, 日期: "2025.9.10" },
        { 荣誉名称: "县级“青年文明号”", 级别: "县/区", 类别: "敬业奉献", 人数: 1, 日期: "2025.5.4", 备注: "局政务服务窗口" },
      ],
    },
  };
  it("the summary", async () => {
    const text = await summaryTextOf(content);
    expect(text).toContain("1人获评“全省医疗保障系统先进个人”，局政务服务窗口获评县级“青年文明号”。");
    expect(text).not.toContain("评出");
  });
  it("check", async () => {
    const findings = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.filter((f) => f.rule === "honour.collective-count");
    expect(findings.map((f) => f.message)).toEqual(["“县级青年文明号”是集体荣誉，人数1在总结中写作“局政务服务窗口获评县级青年文明号”，不计入先进典型人数；如确是1名个人获此荣誉，请把荣誉名称改为个人荣誉的正式名称。"]);
  });
  it("a holder said with the winning (`立案庭获得`) is read the same in check", async () => {
    const court: WorkbookContent = { profile: yibao, ledgers: { 先进典型: [{ 荣誉名称: "县级青年文明号", 级别: "县/区", 类别: "敬业奉献", 人数: 1, 备注: "立案庭获得" }] } };
    const findings = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, court)), standardV1).findings.filter((f) => f.rule === "honour.collective-count");
    expect(findings.map((f) => f.message)[0]).toContain("写作“立案庭获评县级青年文明号”");
    expect(await summaryTextOf(court)).toContain("立案庭获评");
  });
});

it("D3: to the partner community, and the window's own activity told with the window service", async () => {
  const text = await summaryTextOf({
    profile: yibao,
    ledgers: {
      问题整改: [{ 问题类别: "其他", 发现数: 12, 已整改数: 12, 单位: "个", 备注: "窗口服务群众意见" }],
      志愿服务: [{ 队伍名称: "医保政策宣讲志愿服务队", 队伍类型: "专业志愿者", 注册人数: 22, 服务次数: 36, "服务时长（小时）": 150, 主要服务内容: "医保政策进社区、帮办代办" }],
      活动台账: [
        { 日期: "2025.6.12", 活动名称: "结对社区志愿服务", 活动类型: "志愿服务", 参与数量: 25, 单位: "人", 地点: "石榴园社区", 主办或协办单位: "县医保局", 简要内容: "打扫卫生、文明劝导" },
        { 日期: "2025.9.5", 活动名称: "医保窗口“好差评”服务提升活动", 活动类型: "其他", 地点: "医保服务大厅" },
      ],
    },
  });
  expect(text).toContain("6月12日到结对的石榴园社区开展志愿服务，内容包括打扫卫生、文明劝导，参与25人。");
  expect(text).not.toContain("在石榴园社区结对社区");
  expect(text).not.toContain("此外");
  expect(text).toMatch(/、优化窗口服务[^\n]*\n[^\n]*9月5日在医保服务大厅开展医保窗口“好差评”服务提升活动。/u);
});

it("D11: blood donation told with the volunteering, no 达; a training never counted among 宣传教育 activities", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "临溪县红十字会", 单位类型: "群团组织", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "上半年" },
    ledgers: {
      志愿服务: [{ 队伍名称: "红十字应急救护志愿服务队", 队伍类型: "专业志愿者", 注册人数: 45, 服务次数: 18, "服务时长（小时）": 300, 主要服务内容: "应急救护培训、赛事保障" }],
      活动台账: [
        { 日期: "2025.5.8", 活动名称: "“5·8”世界红十字日宣传", 活动类型: "宣传教育", 参与数量: 500, 单位: "人次", 地点: "县人民广场" },
        { 日期: "2025.3.20", 活动名称: "应急救护培训进校园", 活动类型: "会议培训", 参与数量: 1200, 单位: "人", 地点: "县第一中学", 简要内容: "心肺复苏、止血包扎" },
        { 日期: "2025.6.14", 活动名称: "世界献血者日无偿献血活动", 活动类型: "志愿服务", 参与数量: 260, 单位: "人", 地点: "县中心血站" },
      ],
      其他指标: [
        { 板块: "关爱帮扶", 指标名称: "发放博爱助学金", 数值: 125000, 单位: "元" },
        { 板块: "其他", 指标名称: "无偿献血人数", 数值: 1260, 单位: "人次" },
      ],
    },
  });
  expect(text).toContain("开展2场宣传教育和培训活动：3月20日在县第一中学开展“应急救护培训进校园”活动");
  expect(text).not.toContain("2场宣传教育活动");
  expect(text).toContain("二是主题志愿服务。6月14日在县中心血站开展“世界献血者日无偿献血活动”，参与260人。上半年无偿献血1260人次。");
  expect(text).not.toContain("献血达");
  expect(text).not.toMatch(/关爱帮扶[^\n]*\n[^\n]*献血/u);
});

it("D13: the gathered education of 社区矫正对象 is no 业务培训 under 组织保障", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "临溪县东门镇司法所", 单位类型: "机关部门", 上级指导单位: "县司法局", 报告年度: 2025, 报告期: "第一季度" },
    ledgers: {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "创建工作领导小组", 数量: 1, 单位: "个", 日期: "2025-01-08" }],
      活动台账: [
        { 日期: "2025.3.5", 活动名称: "“法律进乡村”普法宣传", 活动类型: "宣传教育", 参与数量: 150, 单位: "人次", 地点: "东门镇集市" },
        { 日期: "2025.2.28", 活动名称: "社区矫正对象集中教育", 活动类型: "会议培训", 参与数量: 12, 单位: "人", 地点: "司法所" },
      ],
    },
  });
  expect(text).not.toContain("业务培训");
  expect(text).not.toMatch(/组织保障[^\n]*\n[^\n]*社区矫正对象集中教育/u);
  expect(text).toContain("2月28日开展“社区矫正对象集中教育”活动，参与12人。");
});
