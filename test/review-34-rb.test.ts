/**
 * Review run 34 (docs/reviews/run-34-836966a-tester68-69-reviewer-AX.md), reviewer AX: a spoken 工作亮点 with a written form is
 * printed in it (材料5 item 7, 材料8 item 4); a roll-up's low registration rate judged only on like figures (材料4 item 2); a
 * 导语 that names the superior already is not followed by `在……的指导下` (材料6 item 1), and a heading says 创建 once (材料6
 * item 2); a carried problem's outcome told by its 落实情况 is not said again (材料3 item 5).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { SeedValue, WorkbookContent } from "../src/adapters/xlsx/content";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withLedgerExtensions } from "../src/core/catalog";
import { cli } from "./support/cli";
import { summaryTextOf } from "./support/summaries";

jest.setTimeout(60000);

async function findingsOf(content: WorkbookContent, rule: string): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);
}

const bureau = { 单位名称: "青川县自然资源局", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年" } as const;
const hr = { 单位名称: "青川县人力资源和社会保障局", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年" } as const;

it("材料5 item 7: `我们局搞了个耕地保护\"田长制\"，……` is printed `推行耕地保护“田长制”，……`, the spoken clause left out", async () => {
  const content: WorkbookContent = {
    profile: bureau,
    ledgers: { 文字材料: [{ 类型: "工作亮点", 内容: '我们局搞了个耕地保护"田长制"，效果挺好的，基本上每块地都有人管了。' }] },
  };
  const text = await summaryTextOf(content);
  expect(text).toContain("推行耕地保护“田长制”，基本实现每块地都有专人管护");
  expect(text).not.toContain("效果挺好");
  expect(text).not.toContain('"');
  expect(await findingsOf(content, "text.spoken")).toEqual([
    "文字材料!B3 内容中“效果挺好的”是口语说法，总结不写这部分，这一句只写“推行耕地保护“田长制”，基本实现每块地都有专人管护”；请改写成书面表述。",
  ]);
});

it("材料8 item 4: `我们搞了个\"15分钟就业服务圈\"，老百姓在家门口就能找工作。` is printed `打造“15分钟就业服务圈”，……`", async () => {
  const content: WorkbookContent = {
    profile: hr,
    ledgers: { 文字材料: [{ 类型: "工作亮点", 内容: '我们搞了个"15分钟就业服务圈"，老百姓在家门口就能找工作。' }] },
  };
  const text = await summaryTextOf(content);
  expect(text).toContain("打造“15分钟就业服务圈”，群众在家门口就能找工作");
  expect(text).not.toContain("老百姓");
});

const bank = { 单位名称: "青川农村商业银行城关支行", 单位类型: "企事业单位", 上级指导单位: "青川农村商业银行", 报告年度: 2025, 报告期: "第二季度" } as const;
const bankLedgers: Record<string, Record<string, SeedValue>[]> = {
  宣传投放: [
    { 类型: "宣传资料", 位置或内容: "金融知识宣传折页", 数量: 3000, 单位: "份", 方式: "发放", "投入金额（元）": 1200, 日期: "2025-05-15" },
    { 类型: "横幅", 位置或内容: "防范电信诈骗横幅", 数量: 12, 单位: "条", 方式: "新设", 日期: "2025-04-20" },
  ],
  问题整改: [{ 问题类别: "其他", 发现数: 8, 已整改数: 6, 单位: "处", 责任单位: "运营部", 备注: "网点文明服务暗访发现" }],
  活动台账: [
    { 日期: "2025-04-15", 活动名称: "全民国家安全教育日反诈宣传", 活动类型: "宣传教育", 参与数量: 300, 单位: "人", 地点: "城关农贸市场" },
    { 日期: "2025-05-20", 活动名称: "金融知识进万家", 活动类型: "宣传教育", 参与数量: 500, 单位: "人次", 地点: "城关社区" },
  ],
  其他指标: [{ 板块: "宣传教育", 指标名称: "避免群众损失", 数值: 360000, 单位: "元", 表述: "约" }],
};

it("材料6 item 1: a 导语 that carries out the superior's plan is not followed by `在青川农村商业银行的指导下`", async () => {
  const text = await summaryTextOf({
    profile: bank,
    ledgers: { ...bankLedgers, 文字材料: [{ 类型: "导语", 内容: "二季度，我支行认真落实上级行创文工作部署，以金融知识宣传和反诈宣传为重点。" }] },
  });
  expect(text).toContain("二季度，我支行认真落实上级行创文工作部署，以金融知识宣传和反诈宣传为重点，共投入宣传经费1200元，整改暗访发现的网点文明服务问题6处。");
  expect(text).not.toContain("在青川农村商业银行的指导下");
  expect(text).toContain("一是宣传引导。悬挂横幅12条");
});

it("材料6 item 2: the 宣传 heading says 创建 once, `做好创建宣传，营造浓厚氛围`", async () => {
  const text = await summaryTextOf({ profile: bank, ledgers: bankLedgers });
  expect(text).not.toContain("做好创建宣传，营造创建氛围");
  expect(text).toContain("做好创建宣传，营造浓厚氛围");
});

it("材料3 item 5: carried problems whose outcome the 上期打算's 落实情况 states are not told again, never `上期遗留问题3处，均已整改到位。`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "青川县委党校", 单位类型: "企事业单位", 上级指导单位: "县委组织部", 报告年度: 2025, 报告期: "第四季度" },
    ledgers: {
      问题整改: [
        { 问题类别: "卫生死角", 发现数: 6, 已整改数: 6, 单位: "处", 责任单位: "后勤科" },
        { 问题类别: "卫生死角", 发现数: 3, 已整改数: 3, 单位: "处", 责任单位: "后勤科", 来源: "上期遗留", 备注: "校园环境" },
        { 问题类别: "其他", 发现数: 2, 已整改数: 1, 单位: "处", 责任单位: "后勤科", 备注: "食堂油烟" },
      ],
      文字材料: [{ 类型: "上期打算", 内容: "完成剩余3处卫生死角整改。", 落实情况: "3处卫生死角已全部整改到位。" }],
    },
  });
  expect(text).toContain("本期3处卫生死角已全部整改到位");
  expect(text).not.toContain("上期遗留问题3处，均已整改到位。");
});

const street = { 单位名称: "青川县城东街道办事处", 单位简称: "城东街道", 单位类型: "街道", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "下半年", 常住人口: 21000, 户数: 7600 } as const;
const anning = "青川县城东街道安宁社区居委会";
const xingfu = "青川县城东街道幸福社区居委会";
const heping = "青川县城东街道和平社区居委会";

it("材料4 item 2: the roll-up's registration rate is not judged when a unit of the area reported no volunteers", async () => {
  const content: WorkbookContent = {
    profile: street,
    ledgers: {
      组织保障: [{ 事项类型: "督查检查", 名称或内容: "创文督查", 数量: 12, 单位: "次", 频次: "每月2次" }],
      志愿服务: [
        { 填报单位: anning, 队伍名称: "安宁巾帼志愿队", 队伍类型: "巾帼志愿者", 注册人数: 80, 服务次数: 12, "服务时长（小时）": 300 },
        { 填报单位: xingfu, 队伍名称: "幸福社区志愿服务队", 队伍类型: "综合志愿者", 注册人数: 260, 服务次数: 30, "服务时长（小时）": 1200 },
      ],
      活动台账: [
        { 填报单位: heping, 日期: "2025-12-05", 活动名称: "国际志愿者日活动", 活动类型: "志愿服务", 参与数量: 40, 单位: "人" },
        { 填报单位: anning, 日期: "2025-10-05", 活动名称: "楼道清理", 活动类型: "环境整治", 参与数量: 30, 单位: "人" },
      ],
    },
  };
  // A workbook with 填报单位 rows (a roll-up), summarized and checked as the CLI does.
  const dir = mkdtempSync(join(tmpdir(), "review34-rb-"));
  const file = join(dir, "street.xlsx");
  writeFileSync(file, await writeWorkbook(withLedgerExtensions(standardV1), content));
  const text = (await cli("summarize", file, "-o", dir, "--text", "-")).out;
  expect(text).toContain("注册志愿者340人");
  expect(text).not.toContain("志愿者注册人数占常住人口比例偏低");
  expect((await cli("check", file)).out).not.toContain("text.inferred-shortcoming");
  // With every unit's volunteers reported, the whole's rate is judged (21000 residents, 340 + 25 registered).
  const all = join(dir, "street-all.xlsx");
  writeFileSync(all, await writeWorkbook(withLedgerExtensions(standardV1), { ...content, ledgers: { ...content.ledgers, 志愿服务: [...(content.ledgers?.志愿服务 ?? []), { 填报单位: heping, 队伍名称: "和平社区志愿服务队", 队伍类型: "综合志愿者", 注册人数: 25, 服务次数: 3 }] } }));
  expect((await cli("summarize", all, "-o", dir, "--text", "-")).out).toContain("志愿者注册人数占常住人口比例偏低");
});

it("材料4: a quoted name typed in straight quotes and followed by what it names stays a practice, `推行“楼栋长+网格员”双线管理`", async () => {
  const text = await summaryTextOf({ profile: hr, ledgers: { 文字材料: [{ 类型: "工作亮点", 内容: '推行"楼栋长+网格员"双线管理，小区环境明显改善。' }] } });
  expect(text).toContain("推行“楼栋长+网格员”双线管理，小区环境明显改善。");
  expect(text).not.toContain("志愿服务品牌双线管理");
});
