/** `value.measure-word` (narrative v2 rule 11): a typed 单位 that does not fit the thing, once per row, at the 单位 cell. */
import { standardV1, validateWorkbook, type Finding } from "..";
import { makeSnapshot } from "../../../test/support/snapshot";

const measureFindings = (fs: readonly Finding[]): Finding[] => fs.filter((f) => f.rule === "value.measure-word");

describe("value.measure-word", () => {
  it("warns at the 单位 cell of 其他指标 and 组织保障 rows whose word does not fit the thing", () => {
    const snapshot = makeSnapshot({
      ledgers: {
        组织保障: [
          { 事项类型: "共建单位", 名称或内容: "驻区共建单位", 数量: 7, 单位: "家" }, // row 3: fits
          { 事项类型: "其他", 名称或内容: "专职网格员", 数量: 12, 单位: "个" }, // row 4: people in 个
          { 事项类型: "工作会议", 名称或内容: "创建工作推进会", 数量: 6, 单位: "次" }, // row 5: fits
          { 事项类型: "领导小组", 名称或内容: "创建工作领导小组", 数量: 1, 单位: "个" }, // row 6: no rule knows it
          { 事项类型: "其他", 名称或内容: "专职网格员", 数量: 3, 单位: "校" }, // row 7: outside the list: value.enum only
        ],
        其他指标: [
          { 板块: "环境整治", 指标名称: "执法队员", 数值: 2, 单位: "个" }, // row 3
          { 板块: "设施建设", 指标名称: "社区学校", 数值: 1, 单位: "校" }, // row 4: echo classifier
          { 板块: "设施建设", 指标名称: "功能室", 数值: 6, 单位: "个" }, // row 5: fits
          { 板块: "环境整治", 指标名称: "出动执法人员", 数值: 14800, 单位: "人次" }, // row 6: fits
          { 板块: "宣传教育", 指标名称: "悬挂横幅", 数值: 12, 单位: "块" }, // row 7
          { 板块: "环境整治", 指标名称: "清运垃圾", 数值: 5, 单位: "个" }, // row 8: a measure; printed as typed
          { 板块: "其他", 指标名称: "测评点位任务", 数值: 42, 单位: "项" }, // row 9: no rule knows it
        ],
      },
    });
    const all = validateWorkbook(snapshot, standardV1).findings;
    expect(all.filter((f) => f.cell === "D7" && f.sheet === "组织保障").map((f) => f.rule)).toEqual(["value.enum"]);
    const found = measureFindings(all);
    expect(found.map((f) => `${f.severity} ${f.sheet}!${f.cell}`)).toEqual([
      "warning 组织保障!D4",
      "warning 其他指标!D3",
      "warning 其他指标!D4",
      "warning 其他指标!D7",
      "warning 其他指标!D8",
    ]);
    expect(found[1].message).toBe("其他指标D3的单位“个”不适合“执法队员”，应为“人”（可用“人”、“名”、“位”、“人次”）。总结中写作“人”；请把单位改为“人”。");
    expect(found[2].message).toContain("应为“所”");
    expect(found[3].message).toContain("应为“条”");
    expect(found[4].message).toContain("总结中照填写的单位写出");
  });

  it("says nothing when every word fits or no rule knows the thing", () => {
    const snapshot = makeSnapshot({
      ledgers: {
        其他指标: [
          { 板块: "环境整治", 指标名称: "配备小区保洁员", 数值: 12, 单位: "人" },
          { 板块: "环境整治", 指标名称: "垃圾桶", 数值: 70, 单位: "个" },
          { 板块: "关爱帮扶", 指标名称: "走访困难家庭", 数值: 32, 单位: "户" },
          { 板块: "宣传教育", 指标名称: "发放宣传资料", 数值: 2000, 单位: "份" },
          { 板块: "环境整治", 指标名称: "执法车辆", 数值: 1260, 单位: "台次" },
          { 板块: "关爱帮扶", 指标名称: "发放慰问金", 数值: 9.6, 单位: "万元" },
          { 板块: "设施建设", 指标名称: "拆除违章建筑", 数值: 3200, 单位: "平方米" },
          { 板块: "环境整治", 指标名称: "志愿者注册率", 数值: 4.2, 单位: "%" },
        ],
      },
    });
    expect(measureFindings(validateWorkbook(snapshot, standardV1).findings)).toEqual([]);
  });
});
