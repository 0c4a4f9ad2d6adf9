/**
 * New-user test 44 (docs/new-user-test-pane-44.md), the defects fixed by session k: D7 (a 组织保障 名称 that carries its
 * own verb got a second one: `成立各村成立红白理事会12个`), D12 (`next` carried a 上期遗留 row's stale 备注 as if it still
 * held), D14 (`next` named a dropped 其他 row `工作会议、督查检查、任务分解等`), D13 (a market's and a scenic area's headings spoke of 职工).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { analyzeWorkbook, documentText, standardV1, summarize } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

describe("D7: a 组织保障 名称 that carries its own verb gets no second verb", () => {
  it("`各村成立红白理事会` 十二个 (a town): the villages are guided to set them up", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "石桥镇人民政府", 单位类型: "乡镇", 报告年度: 2025, 报告期: "全年" },
      ledgers: { 组织保障: [
        { 事项类型: "领导小组", 名称或内容: "镇创文工作领导小组，党委书记任组长", 数量: 1, 单位: "个" },
        { 事项类型: "其他", 名称或内容: "各村成立红白理事会", 数量: "十二", 单位: "个" },
        { 事项类型: "督查检查", 名称或内容: "集镇环境督查", 数量: "约50", 单位: "次", 频次: "每周" },
      ] },
    });
    expect(text).toContain("　　三是夯实基础。指导各村成立红白理事会12个。\n");
    expect(text).not.toContain("成立各村");
  });

  it("the same spirit: `各小区均组建志愿服务队` (a community), `各科室明确创建联络员` (an office)", async () => {
    const community = await summaryTextOf({
      profile: { 单位名称: "老城社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
      ledgers: { 组织保障: [{ 事项类型: "其他", 名称或内容: "各小区均组建志愿服务队", 数量: 6, 单位: "个" }] },
    });
    expect(community).toContain("指导各小区组建志愿服务队6个。");
    const office = await summaryTextOf({
      profile: { 单位名称: "区住建局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
      ledgers: { 组织保障: [{ 事项类型: "其他", 名称或内容: "各科室明确创建联络员", 数量: 8, 单位: "人" }] },
    });
    expect(office).toContain("督促各科室明确创建联络员8人。");
  });

  it("`老旧小区改造入户征求意见` 百余户: a topic before its action is said with 围绕, under a lead that names it", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "老城社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" },
      ledgers: { 组织保障: [
        { 事项类型: "领导小组", 名称或内容: "社区创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025.1.8" },
        { 事项类型: "其他", 名称或内容: "老旧小区改造入户征求意见", 数量: "百余", 单位: "户", 备注: "跟居民一家一家谈的，张阿姨家还专门开了协调会" },
      ] },
    });
    expect(text).toContain("　　二是问计于民。围绕老旧小区改造入户征求意见100余户。\n");
  });

  it("`“警格+网格”联动` 每周1次 (工作机制): a joint round of work is done, never `落实`-ed", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "城北派出所", 单位类型: "机关部门", 报告年度: 2025, 报告期: "全年" },
      ledgers: { 组织保障: [
        { 事项类型: "领导小组", 名称或内容: "所创文工作领导小组，所长任组长", 数量: 1, 单位: "个", 日期: "2025.1.10" },
        { 事项类型: "工作机制", 名称或内容: "“警格+网格”联动", 频次: "每周1次" },
      ] },
    });
    expect(text).toContain("　　二是完善机制。坚持每周开展“警格+网格”联动1次。\n");
  });
});

describe("D12, D14: next on 老城社区 (上半年)", () => {
  const ledgers: WorkbookContent["ledgers"] = {
    组织保障: [
      { 事项类型: "领导小组", 名称或内容: "社区创文工作领导小组", 数量: 1, 单位: "个", 日期: "2025.1.8" },
      { 事项类型: "共建单位", 名称或内容: "与辖区单位签订共驻共建协议", 数量: "5", 单位: "家" },
      { 事项类型: "其他", 名称或内容: "老旧小区改造入户征求意见", 数量: "百余", 单位: "户" },
      { 事项类型: "督查检查", 名称或内容: "楼道堆物督查", 数量: 6, 单位: "次" },
    ],
    问题整改: [
      { 问题类别: "占道堆放", 发现数: "80", 已整改数: "70", 单位: "处", 备注: "楼道堆物" },
      { 问题类别: "违章搭建", 发现数: "15", 已整改数: "9", 单位: "处", 备注: "老旧小区违建，拆了9处，剩下的有难度" },
      { 问题类别: "其他", 发现数: "8", 已整改数: "5", 单位: "处", 备注: "飞线充电，已整改5处" },
    ],
  };

  it("a stale clause of 备注 is kept, marked as last period's; the description stays; the report says so and names the kinds not carried", async () => {
    const file = await workbookFile({ profile: { 单位名称: "老城社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" }, ledgers });
    const out = join(mkdtempSync(join(tmpdir(), "cl-nu44k-")), "下半年.xlsx");
    const r = await cli("next", file, "-o", out);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines).toContain("  组织保障：本期其他、督查检查事项第5—6行（2行）未结转");
    expect(lines).toContain("  问题整改：结转的上期遗留问题第4—5行备注中关于上期进展的文字已标为〔上期备注：…〕（照原样保留，总结不再采用），请按本期情况更新");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet("问题整改");
    expect([3, 4, 5].map((n) => sheet?.getCell(`I${n}`).value)).toEqual(["楼道堆物", "老旧小区违建〔上期备注：拆了9处，剩下的有难度〕", "飞线充电〔上期备注：已整改5处〕"]);
    // The new period's summary names the carried 其他 problem by its description; the mark is never printed.
    const text = documentText(summarize(analyzeWorkbook(await readWorkbook(readFileSync(out)), standardV1), standardV1, { includeNames: false, today: 46021 }).document);
    expect(text).not.toMatch(/上期备注|〔|拆了9处/u);
    // The open carried problems named by their kind since run 33, reviewer AW, 材料2 item 4.
    expect(text).toContain("上期遗留的占道堆放等问题19处均未整改到位");
    // check reads no old progress as this period's: the new workbook has no finding on the marked 备注.
    expect((await cli("check", out)).out).not.toMatch(/问题整改!I[345]/u);
  });
});

it("D12: a marked 备注 is read without its mark: never printed, its old figure never told", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "老城社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "下半年" },
    ledgers: { 问题整改: [
      { 问题类别: "占道堆放", 发现数: 40, 已整改数: 38, 单位: "处" },
      { 问题类别: "其他", 发现数: 3, 已整改数: 2, 单位: "处", 来源: "上期遗留", 备注: "飞线充电〔上期备注：已整改5处〕" },
    ] },
  });
  expect(text).toContain("累计排查发现占道堆放问题40处，已整改38处，整改率为95%。上期遗留问题3处，已整改2处。");
  expect(text).not.toMatch(/上期备注|〔|5处/u);
});

describe("D13: a market's and a scenic area's headings fit their people", () => {
  const ledgers: WorkbookContent["ledgers"] = {
    先进典型: [{ 荣誉名称: "文明诚信经营户", 级别: "本单位", 人数: 18 }],
    志愿服务: [{ 队伍名称: "市场红马甲志愿服务队", 队伍类型: "综合志愿者", 注册人数: 30 }],
  };
  it("城西农贸市场管理办公室: no 职工素质, no 职工志愿服务", async () => {
    const text = await summaryTextOf({ profile: { 单位名称: "城西农贸市场管理办公室", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" }, ledgers });
    // Honours only: headed by them (run-30 review, reviewer AT), still no 职工.
    expect(text).toContain("、选树先进典型，发挥示范引领作用\n");
    expect(text).toContain("、深化志愿服务，共建文明市场\n");
    expect(text).not.toContain("职工");
  });
  it("青山风景区管理处: 文明服务", async () => {
    const text = await summaryTextOf({ profile: { 单位名称: "青山风景区管理处", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "第三季度" }, ledgers });
    expect(text).toContain("、选树先进典型，提升文明服务水平\n");
    expect(text).toContain("、深化志愿服务，惠及广大游客\n");
  });
});
