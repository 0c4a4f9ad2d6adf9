/**
 * New-user test 39 (docs/new-user-test-pane-39.md), defects D19, D22 and D24: a 问题整改 备注 named by its first clause
 * (a status clause such as `上报公司了还没批` is no problem), a 简要内容 in spoken register never quoted, and conduct
 * (`黑车拉客`) 查处-ed, never 整改-ed.
 */
import { readRemark } from "../src/core/facts";
import { summaryTextOf } from "./support/summaries";

const counter = { 单位名称: "中国移动城关营业厅", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "下半年" } as const;

it("D19: a 其他 备注 `无障碍通道坡道太陡，上报公司了还没批` names the problem by its first clause, in written words; the status is no name", async () => {
  const text = await summaryTextOf({
    profile: counter,
    ledgers: { 问题整改: [
      { 问题类别: "其他", 发现数: 3, 已整改数: 2, 单位: "处", 备注: "门口电动车乱停，跟城管说了" },
      { 问题类别: "其他", 发现数: 2, 已整改数: 0, 单位: "个", 备注: "无障碍通道坡道太陡，上报公司了还没批" },
    ] },
  });
  expect(text).toContain("排查责任区域门口电动车乱停行为3处，已纠正2处；无障碍通道坡道过陡问题2个，正在整改。");
  expect(text).toContain("门口电动车乱停3处中尚有1处未整改到位，无障碍通道坡道过陡问题2个均未整改到位，需持续跟进。");
  expect(text).not.toMatch(/公司了|还没批|太陡|上报/u);
});

it("D19: a clause of where a problem stands (上报, 已联系, 正在, 待审批, 跟…说了) names nothing; a thing with its state does", () => {
  expect(readRemark("无障碍通道坡道太陡，上报公司了还没批")).toEqual({ places: [], detail: "无障碍通道坡道过陡", dropped: [{ text: "上报公司了还没批", why: "artefact" }] });
  expect(readRemark("上报公司了还没批").detail).toBeUndefined();
  expect(readRemark("已联系物业").detail).toBeUndefined();
  expect(readRemark("正在协调").detail).toBeUndefined();
  expect(readRemark("方案待审批").detail).toBeUndefined();
  expect(readRemark("跟城管说了").detail).toBeUndefined();
  expect(readRemark("楼道路灯太暗").detail).toBe("楼道路灯过暗");
  expect(readRemark("无障碍坡道被占用").detail).toBe("无障碍坡道被占用");
});
