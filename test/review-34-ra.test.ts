/**
 * Review run 34 (docs/reviews/run-34-836966a-tester68-69-reviewer-AX.md), reviewer AX: a class (`……培训班`, `……进修班`) is
 * 举办-ed and counted in 期 (材料2 items 3–4, 材料3 items 1–3, 材料8 item 3); `拆除违法建筑面积` (材料5 item 3); the roll-up's
 * `成立医院创文工作领导小组`, `上述各科室` and 儿科's 春节 visit told without its name (材料7 items 1, 2, 4); the council and its
 * work `“道德评议会评议”活动` (材料9 item 3, 材料10 item 2).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { withLedgerExtensions } from "../src/core/catalog";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { cli } from "./support/cli";
import type { Ledgers } from "./support/rollup";
import { summaryTextOf } from "./support/summaries";

const school = { 单位名称: "中共青川县委党校", 单位简称: "县委党校", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "第四季度", 常住人口: 48 };

describe("review run 34, reviewer AX: classes are 举办-ed, counted in 期", () => {
  test("材料3 items 1–3: two classes are `先后举办培训班2期`, each `举办……进修班，参训80人`", async () => {
    const text = await summaryTextOf({
      profile: school,
      ledgers: {
        活动台账: [
          { 日期: "2025-10-15", 活动名称: "全县村（社区）干部培训班", 活动类型: "会议培训", 参与数量: 150, 单位: "人", 地点: "党校" },
          { 日期: "2025-11-20", 活动名称: "乡镇干部进修班", 活动类型: "会议培训", 参与数量: 80, 单位: "人", 地点: "党校" },
        ],
        其他指标: [{ 板块: "组织保障", 指标名称: "培训干部", 数值: 1450, 单位: "人次" }],
      },
    });
    expect(text).toContain("举办培训班2期，累计参训230人：10月15日在党校举办全县村（社区）干部培训班，参训150人；11月20日在党校举办乡镇干部进修班，参训80人。");
    expect(text).not.toContain("2场培训");
    expect(text).not.toContain("会议和培训");
    expect(text).not.toContain("开展“乡镇干部进修班”");
  });

  test("材料2 items 3–4: a class and a training given in a class are `培训班2期`; the class `举办中青年干部培训班，参训60人`", async () => {
    const text = await summaryTextOf({
      profile: { ...school, 报告期: "第三季度" },
      ledgers: {
        活动台账: [
          { 日期: "2025-07-08", 活动名称: "全县科级干部进修班创文专题培训", 活动类型: "会议培训", 参与数量: 120, 单位: "人", 地点: "党校报告厅", 简要内容: "讲授文明城市创建相关知识" },
          { 日期: "2025-08-15", 活动名称: "中青年干部培训班", 活动类型: "会议培训", 参与数量: 60, 单位: "人", 地点: "党校" },
        ],
      },
    });
    expect(text).toMatch(/举办培训班2期，(?:累计)?参训180人：/u);
    expect(text).toContain("8月15日在党校举办中青年干部培训班，参训60人。");
    expect(text).not.toContain("2场培训");
    expect(text).not.toContain("开展“中青年干部培训班”");
  });

  test("材料8 item 3: a class among other activities is `举办电工就业技能培训班，参训86人`, its qualifier before it", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "青川县人力资源和社会保障局", 单位简称: "县人社局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" },
      ledgers: {
        活动台账: [
          { 日期: "2025-02-12", 活动名称: "春风行动专场招聘会", 活动类型: "关爱帮扶", 参与数量: 1200, 单位: "人次", 地点: "县人力资源市场" },
          { 日期: "2025-04-15", 活动名称: "就业技能培训班（电工）", 活动类型: "会议培训", 参与数量: 86, 单位: "人", 地点: "县职教中心" },
        ],
      },
    });
    expect(text).toContain("4月15日在县职教中心举办电工就业技能培训班，参训86人");
    expect(text).not.toContain("培训班（电工）”活动");
  });

  test("a group of a class and a meeting keeps `会议和培训`; the class is still 举办-ed", async () => {
    const text = await summaryTextOf({
      profile: school,
      ledgers: {
        活动台账: [
          { 日期: "2025-10-15", 活动名称: "全县村（社区）干部培训班", 活动类型: "会议培训", 参与数量: 150, 单位: "人", 地点: "党校" },
          { 日期: "2025-11-20", 活动名称: "创文工作推进会", 活动类型: "会议培训", 参与数量: 40, 单位: "人", 地点: "党校" },
        ],
      },
    });
    expect(text).toContain("2场会议和培训");
    expect(text).toContain("10月15日在党校举办全县村（社区）干部培训班，参训150人");
  });
});

describe("review run 34, reviewer AX, 材料5 item 3: an area of a work done is the work's measure", () => {
  test("`拆除违法建筑面积` 3200平方米 is `拆除违法建筑3200平方米`", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "青川县自然资源局", 单位简称: "县自然资源局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" },
      ledgers: { 其他指标: [{ 板块: "环境整治", 指标名称: "拆除违法建筑面积", 数值: 3200, 单位: "平方米" }] },
    });
    expect(text).toContain("拆除违法建筑3200平方米");
    expect(text).not.toContain("违法建筑面积");
  });
});

describe("review run 34, reviewer AX, 材料9 item 3 and 材料10 item 2: a council and its work", () => {
  test("`道德评议会评议` is `召开道德评议会，开展道德评议`; `年终道德评议` is work carried out", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "青川县城关镇柳溪村村民委员会", 单位简称: "柳溪村", 单位类型: "村", 报告年度: 2025, 报告期: "全年" },
      ledgers: {
        活动台账: [
          { 日期: "2025-05-20", 活动名称: "道德评议会评议", 活动类型: "其他", 参与数量: 35, 单位: "人" },
          { 日期: "2025-12-01", 活动名称: "年终道德评议", 活动类型: "其他", 参与数量: 40, 单位: "人" },
        ],
      },
    });
    expect(text).toContain("5月20日召开道德评议会，开展道德评议，参与35人");
    expect(text).toContain("12月1日开展年终道德评议，参与40人");
    expect(text).not.toContain("“道德评议会评议”");
  });

  test("材料10 item 2: the one council row alone", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "青川县城关镇柳溪村村民委员会", 单位简称: "柳溪村", 单位类型: "村", 报告年度: 2025, 报告期: "上半年" },
      ledgers: { 活动台账: [{ 日期: "2025-05-20", 活动名称: "道德评议会评议", 活动类型: "其他", 参与数量: 35, 单位: "人" }] },
    });
    expect(text).toContain("5月20日召开道德评议会，开展道德评议，参与35人。");
  });
});

/**
 * The CLI's roll-up of units made here (2025 上半年) into `unit`, where a unit with errors is left out (exit 1, the others rolled
 * up), and the summary text of the combined workbook.
 */
async function rolledWithLeftOut(unit: string, type: string, units: readonly (readonly [string, string, Ledgers])[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "review34-ra-"));
  const files = await Promise.all(units.map(async ([name, unitType, ledgers], i) => {
    const file = join(dir, `${i}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: { 单位名称: name, 单位类型: unitType, 报告年度: 2025, 报告期: "上半年" }, ledgers }));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  const r = await cli("rollup", ...files, "-o", out, "--unit", unit, "--type", type);
  if (!/已写入汇总台账/u.test(r.out + r.err)) throw new Error(r.err);
  return (await cli("summarize", out, "--force", "-o", dir, "--text", "-")).out;
}

describe("review run 34, reviewer AX, 材料7: a hospital's roll-up of its departments", () => {
  const [ek, hq, jz] = ["青川县人民医院儿科", "青川县人民医院后勤保障科", "青川县人民医院急诊科"];
  /** The summary of the hospital's combined workbook (rows with 填报单位), as the CLI makes it. */
  async function hospitalText(): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), "review34-ra-"));
    const file = join(dir, "医院汇总.xlsx");
    writeFileSync(file, await writeWorkbook(withLedgerExtensions(standardV1), {
      profile: { 单位名称: "青川县人民医院", 单位简称: "县医院", 单位类型: "企事业单位", 上级指导单位: "县卫生健康局", 报告年度: 2025, 报告期: "上半年" },
      ledgers: {
        组织保障: [
          { 事项类型: "领导小组", 名称或内容: "医院创文工作领导小组", 数量: 1, 单位: "个" },
          { 事项类型: "督查检查", 名称或内容: "创文专项督查", 数量: 6, 单位: "次", 频次: "每月1次" },
        ],
        志愿服务: [
          { 填报单位: ek, 队伍名称: "儿科巾帼志愿队", 队伍类型: "巾帼志愿者", 注册人数: 12, 服务次数: 8, "服务时长（小时）": 60 },
          { 填报单位: hq, 队伍名称: "后勤党员志愿队", 队伍类型: "党员志愿者", 注册人数: 20, 服务次数: 10, "服务时长（小时）": 80 },
          { 填报单位: jz, 队伍名称: "急诊科志愿服务队", 队伍类型: "专业志愿者", 注册人数: 15, 服务次数: 12, "服务时长（小时）": 90 },
        ],
        问题整改: [
          { 填报单位: ek, 问题类别: "卫生死角", 发现数: 3, 已整改数: 3, 单位: "处", 责任单位: "儿科" },
          { 填报单位: hq, 问题类别: "卫生死角", 发现数: 15, 已整改数: 14, 单位: "处", 责任单位: "后勤保障科" },
          { 填报单位: hq, 问题类别: "乱张贴", 发现数: 20, 已整改数: 20, 单位: "处", 责任单位: "后勤保障科" },
          { 填报单位: jz, 问题类别: "其他", 发现数: 6, 已整改数: 5, 单位: "处", 责任单位: "急诊科", 备注: "候诊区秩序" },
        ],
        活动台账: [
          { 填报单位: ek, 日期: "2025-06-01", 活动名称: "六一关爱患儿", 活动类型: "关爱帮扶", 参与数量: 50, 单位: "人" },
          { 填报单位: ek, 日期: "2025-01-29", 活动名称: "春节慰问住院患儿", 活动类型: "我们的节日", 参与数量: 30, 单位: "人" },
          { 填报单位: hq, 日期: "2025-04-20", 活动名称: "院区环境卫生整治", 活动类型: "环境整治", 参与数量: 60, 单位: "人次" },
          { 填报单位: jz, 日期: "2025-03-05", 活动名称: "急救知识进社区", 活动类型: "志愿服务", 参与数量: 120, 单位: "人" },
          { 填报单位: jz, 日期: "2025-05-12", 活动名称: "护士节义诊", 活动类型: "志愿服务", 参与数量: 200, 单位: "人次" },
        ],
        文字材料: [{ 类型: "导语", 内容: "上半年，医院坚持以创建全国文明城市为契机，改善医疗服务。" }],
      },
    }));
    return (await cli("summarize", file, "-o", dir, "--force", "--text", "-")).out;
  }

  test("items 1, 4: `县医院成立创文工作领导小组`; the 春节 visit by its name and date", async () => {
    const text = await hospitalText();
    expect(text).toContain("县医院成立创文工作领导小组");
    expect(text).not.toContain("成立医院创文工作领导小组");
    expect(text).toContain("1月29日儿科开展“春节慰问住院患儿”活动，参与30人。");
    expect(text).not.toContain("春节“我们的节日”主题活动1场");
  });

  test("item 2: the departments rolled up, one left out (its error), are `各科室`, never `上述各科室`", async () => {
    const h = "青川县人民医院";
    const text = await rolledWithLeftOut(h, "企事业单位", [
      [h, "企事业单位", { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "医院创文工作领导小组", 数量: 1, 单位: "个" }] }],
      [ek, "企事业单位", { 问题整改: [{ 问题类别: "卫生死角", 发现数: 3, 已整改数: 3, 单位: "处" }], 活动台账: [{ 日期: "2025-06-01", 活动名称: "六一关爱患儿", 活动类型: "关爱帮扶", 参与数量: 50, 单位: "人" }] }],
      [hq, "企事业单位", { 问题整改: [{ 问题类别: "乱张贴", 发现数: 20, 已整改数: 20, 单位: "处" }], 活动台账: [{ 日期: "2025-04-20", 活动名称: "院区环境卫生整治", 活动类型: "环境整治", 参与数量: 60, 单位: "人次" }] }],
      [jz, "企事业单位", { 问题整改: [{ 问题类别: "其他", 发现数: 6, 已整改数: 5, 单位: "处", 备注: "候诊区秩序" }], 活动台账: [{ 日期: "2025-03-05", 活动名称: "急救知识进社区", 活动类型: "志愿服务", 参与数量: 120, 单位: "人" }] }],
      [`${h}护理部`, "企事业单位", { 问题整改: [{ 问题类别: "卫生死角", 发现数: 2, 已整改数: 5, 单位: "处" }] }],
    ]);
    expect(text).toContain("各科室共排查发现乱张贴、候诊区秩序和卫生死角问题29处");
    expect(text).not.toContain("上述");
    expect(text).toContain("成立创文工作领导小组");
    expect(text).not.toContain("成立医院创文工作领导小组");
  });
});
