import { standardV1 } from "../catalog";
import { validateWorkbook } from "../validate";
import { makeSnapshot } from "../../../test/support/snapshot";
import { applyChanges, fixPlan, planFixes, revertChanges } from ".";

const brief = (changes: ReturnType<typeof planFixes>): string[] => changes.map((c) => `${c.sheet}!${c.cell} ${JSON.stringify(c.before)}→${JSON.stringify(c.after)} ${c.kind}`);

describe("planFixes", () => {
  it("turns typed text numbers into numbers, keeping approximations and moving units", () => {
    const snap = makeSnapshot({
      ledgers: {
        宣传投放: [
          { 类型: "公益广告", 数量: "１２０", 单位: "块" },
          { 类型: "道旗", 数量: "120 面" },
          { 类型: "宣传栏", 数量: "552多", 单位: "块", 备注: "已核实" },
          { 类型: "横幅", 数量: "两千", 单位: "条", "投入金额（元）": "4万余元" },
          { 类型: "展板", 数量: "六千八", 单位: " 块 " },
        ],
        其他指标: [{ 板块: "环境整治", 指标名称: "出动巡查人员", 数值: "约14800", 单位: "人次" }],
        志愿服务: [{ 队伍名称: "红马甲", 队伍类型: "党员志愿者", 注册人数: "552人" }],
      },
    });
    expect(brief(planFixes(snap, standardV1))).toEqual([
      '宣传投放!C3 "１２０"→120 number',
      '宣传投放!C4 "120 面"→120 number',
      '宣传投放!D4 null→"面" unit',
      '宣传投放!C5 "552多"→552 number',
      '宣传投放!H5 "已核实"→"已核实；〔约数〕数量：552多" approx-tag',
      '宣传投放!C6 "两千"→2000 number',
      '宣传投放!F6 "4万余元"→40000 number',
      '宣传投放!H6 null→"〔约数〕投入金额（元）：4万余元" approx-tag',
      '宣传投放!C7 "六千八"→6800 number',
      '宣传投放!D7 " 块 "→"块" trim',
      '志愿服务!C3 "552人"→552 number',
      '其他指标!C3 "约14800"→14800 number',
      '其他指标!E3 null→"约" approx-kind',
    ]);
  });

  it("reads a 级别 typed as a level word as the list's value (new-user test 14, D9)", () => {
    const snap = makeSnapshot({
      ledgers: {
        先进典型: [
          { 荣誉名称: "优秀员工", 级别: "公司级", 人数: 3 },
          { 荣誉名称: "三好学生", 级别: " 校级 ", 人数: 12 },
          { 荣誉名称: "文明家庭", 级别: "镇级", 人数: 6 },
          { 荣誉名称: "好人", 级别: "区文明办表彰", 人数: 1 },
          { 荣誉名称: "优秀志愿者", 级别: "超级", 人数: 1 },
        ],
      },
    });
    const plan = fixPlan(snap, standardV1);
    expect(brief([...plan.changes])).toEqual([
      '先进典型!B3 "公司级"→"本单位" enum',
      '先进典型!B4 " 校级 "→"本单位" enum',
      '先进典型!B5 "镇级"→"街道/乡镇" enum',
      // Who gave it, in a few words, as import reads it (new-user test 17, D8).
      '先进典型!B6 "区文明办表彰"→"县/区" enum',
    ]);
    expect(plan.changes[0].note).toBe("“公司级”改为“本单位”（本单位自己评选的荣誉，级别选“本单位”）");
    expect(validateWorkbook(applyChanges(snap, plan.changes), standardV1).findings.filter((f) => f.cell === "B3" || f.cell === "B4")).toEqual([]);
  });

  it("offers the list's value for a short near-miss in a list column (new-user test 17, D8)", () => {
    const snap = makeSnapshot({
      profile: { 单位类型: "机关", 报告期: "上半年度" },
      ledgers: {
        组织保障: [{ 事项类型: "会议", 名称或内容: "创文推进会" }],
        问题整改: [{ 问题类别: "乱摆摊", 发现数: 5, 已整改数: 5, 单位: "处" }],
        文字材料: [{ 类型: "不足", 内容: "宣传覆盖面不够广。" }, { 类型: "下步打算", 内容: "持续开展普法宣传。" }],
      },
    });
    expect(brief([...fixPlan(snap, standardV1).changes]).filter((c) => c.endsWith(" enum"))).toEqual([
      '基本信息!B5 "机关"→"机关部门" enum',
      '基本信息!B9 "上半年度"→"上半年" enum',
      '组织保障!A3 "会议"→"工作会议" enum',
      '问题整改!A3 "乱摆摊"→"乱摆卖" enum',
      '文字材料!A3 "不足"→"存在不足" enum',
      '文字材料!A4 "下步打算"→"下一步打算" enum',
    ]);
  });

  it("converts text dates with the report year, trims blanks, leaves errors and conflicts", () => {
    const snap = makeSnapshot({
      profile: { 报告年度: "２０２３", 起始日期: "2023.1.1", 单位名称: "  测试社区\u3000" },
      ledgers: {
        活动台账: [{ 日期: "6月5日", 活动名称: "清扫", 活动类型: "环境整治" }],
        宣传投放: [
          { 类型: "道旗", 数量: "120 面", 单位: "块" },
          { 类型: "道旗", 数量: "-3", 单位: "面" },
          { 类型: "道旗", 数量: "abc", 单位: "面" },
        ],
      },
    });
    const plan = fixPlan(snap, standardV1);
    expect(brief([...plan.changes])).toEqual([
      '基本信息!B3 "  测试社区\u3000"→"测试社区" trim',
      '基本信息!B8 "２０２３"→2023 number',
      '基本信息!B10 "2023.1.1"→44927 date',
      '活动台账!A3 "6月5日"→45082 date',
    ]);
    expect(plan.skipped.map((s) => `${s.cell} ${s.reason}`)).toEqual(["C3 单位列已填“块”，与本格中的单位“面”不一致，请核对后手工修改"]);
    const fixed = applyChanges(snap, plan.changes);
    const after = validateWorkbook(fixed, standardV1).findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell} ${f.rule}`);
    expect(after).toEqual(["宣传投放!C4 value.out-of-range", "宣传投放!C5 value.not-number"]);
    expect(applyChanges(fixed, revertChanges(plan.changes))).toEqual({ ...snap, sheets: snap.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) })) });
  });

  it("converts a percentage only where 单位 is %", () => {
    const snap = makeSnapshot({
      ledgers: {
        问题整改: [{ 问题类别: "乱张贴", 发现数: "100%", 已整改数: "1,200", 单位: "处" }],
        其他指标: [{ 板块: "其他", 指标名称: "知晓率", 数值: "百分之九十五", 单位: "%" }],
      },
    });
    expect(brief(planFixes(snap, standardV1))).toEqual(['问题整改!C3 "1,200"→1200 number', '其他指标!C3 "百分之九十五"→95 number']);
  });

  it("leaves an Excel error in a list column for the user: moved into 备注 it would be an error there (fuzz seed 1250429411)", () => {
    const snap = makeSnapshot({ ledgers: { 宣传投放: [{ 类型: " #unknown! ", 数量: 600, 单位: "条", 备注: "〔约数〕数量：552多" }] } });
    expect(brief(planFixes(snap, standardV1))).toEqual(['宣传投放!A3 " #unknown! "→"#unknown!" trim', '宣传投放!H3 "〔约数〕数量：552多"→null approx-tag']);
    const after = validateWorkbook(applyChanges(snap, fixPlan(snap, standardV1).changes), standardV1).findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell} ${f.rule}`);
    expect(after).toEqual(["宣传投放!A3 value.excel-error"]);
  });

  it("plans nothing for a clean workbook", () => {
    expect(planFixes(makeSnapshot({ ledgers: { 宣传投放: [{ 类型: "道旗", 数量: 3, 单位: "面" }] } }), standardV1)).toEqual([]);
  });
});
