/**
 * New-user test 38 (docs/new-user-test-pane-38.md): D17, D20 and D23, each as the tester typed it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

/** Imports a hand-made CSV of activities as the tester did (`import k.csv -o k.xlsx --unit … --type 村 …`). */
async function importedCsv(rows: string): Promise<{ readonly out: string; readonly file: string }> {
  const dir = mkdtempSync(join(tmpdir(), "cl-nu38cc-"));
  const csv = join(dir, "k.csv");
  writeFileSync(csv, `日期,活动名称,类型,参加人数\n${rows}\n`, "utf8");
  const file = join(dir, "k.xlsx");
  const imported = await cli("import", csv, "-o", file, "--unit", "河东村村委会", "--type", "村", "--year", "2025", "--period", "上半年");
  return { out: imported.out, file };
}

describe("D17: a festival typed as 节日, or named in the 活动名称, is imported as 我们的节日", () => {
  it("类型 `节日` → 我们的节日, never 文体活动; 清明祭扫 is told as a 我们的节日 activity", async () => {
    const { out, file } = await importedCsv("2025/4/4,清明祭扫,节日,\"1,200人次\"\n2025/5/31,端午包粽子,节日,80人");
    expect(out).toContain("活动台账!C3 活动类型＝我们的节日：按“节日”归为我们的节日（依据 k!C2）");
    expect(out).toContain("活动台账!C4 活动类型＝我们的节日：按“节日”归为我们的节日（依据 k!C3）");
    expect(out).not.toContain("归为文体活动");
    const text = (await cli("summarize", file, "--force", "--text", "-", "--date", "2025-07-05")).out;
    expect(text).toContain("一、开展“我们的节日”活动，弘扬中华优秀传统文化\n　　围绕清明节和端午节，先后开展2场“我们的节日”主题活动：4月4日举办“清明祭扫”活动，参与1200人次；5月31日开展“端午包粽子”活动，参与80人。");
    expect(text).not.toContain("文体活动");
  });

  it("a name naming a traditional festival (`中秋文艺晚会`) wins over a type word outside the list (`文艺`)", async () => {
    const { out } = await importedCsv("2025/6/10,中秋文艺晚会,文艺,100人\n2025/6/12,广场舞比赛,文艺,60人");
    expect(out).toContain("活动台账!C3 活动类型＝我们的节日：按“中秋文艺晚会”归为我们的节日（依据 k!C2）");
    expect(out).toContain("活动台账!C4 活动类型＝文体活动：按“文艺”归为文体活动（依据 k!C3）");
  });
});

describe("D23: 三八妇女节 is no 我们的节日", () => {
  const content = {
    profile: { 单位名称: "龙湖社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "月度", 起始日期: "2025-03-01", 成文日期: "2025-03-31" },
    ledgers: { 活动台账: [
      { 日期: "2025-03-05", 活动名称: "学雷锋日", 活动类型: "志愿服务", 参与数量: 60, 单位: "人" },
      { 日期: "2025-03-08", 活动名称: "三八妇女节插花", 活动类型: "我们的节日", 参与数量: 30, 单位: "人" },
    ] },
  };

  it("check gives a 提示 at the 活动类型", async () => {
    const out = (await cli("check", await workbookFile(content))).out;
    expect(out).toContain("提示 活动台账!C4 [activity.festival-not-traditional] “三八妇女节插花”不是“我们的节日”所指的传统节日（春节、元宵、清明、端午、七夕、中秋、重阳）活动，建议活动类型选“文体活动”或“其他”；总结中不把它写作传统节日活动。");
  });

  it("the summary tells it with the 文体活动, under no heading of 传统文化", async () => {
    const text = await summaryTextOf(content);
    expect(text).toContain("二、丰富文体活动，活跃群众文化生活\n　　3月8日开展“三八妇女节插花”活动，参与30人。");
    expect(text).not.toContain("传统文化");
    expect(text).not.toContain("我们的节日");
  });

  it("a name with a traditional festival beside a modern one (`元宵三八游园`) stays 我们的节日, without a finding", async () => {
    const both = { ...content, ledgers: { 活动台账: [{ 日期: "2025-03-08", 活动名称: "元宵三八游园", 活动类型: "我们的节日", 参与数量: 30, 单位: "人" }] } };
    expect((await cli("check", await workbookFile(both))).out).not.toContain("festival-not-traditional");
    expect(await summaryTextOf(both)).toContain("“元宵三八游园”");
  });
});

describe("D20: residents' forums are 共建共治, never 组织领导 nor `此外` after 环境整治", () => {
  const content = {
    profile: { 单位名称: "幸福家园社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "第二季度", 成文日期: "2025-07-02" },
    ledgers: {
      活动台账: [
        { 日期: "2025-06-20", 活动名称: "拆迁安置户融入座谈", 活动类型: "会议培训", 参与数量: 40, 单位: "人" },
        { 日期: "2025-05-15", 活动名称: "邻里互助议事会", 活动类型: "其他", 参与数量: 25, 单位: "人" },
      ],
      问题整改: [{ 问题类别: "占道经营", 发现数: 25, 已整改数: 25, 单位: "处" }],
    },
  };

  it("both forums make a point of their own", async () => {
    const text = await summaryTextOf(content);
    expect(text).toContain("二、推进共建共治，促进邻里和谐\n　　共开展2场活动，参与65人：5月15日召开邻里互助议事会，25人参加；6月20日召开拆迁安置户融入座谈会，40人参加。");
    expect(text).not.toContain("组织领导");
    expect(text).not.toContain("此外");
  });

  it("one forum alone keeps its point too", async () => {
    const one = { ...content, ledgers: { ...content.ledgers, 活动台账: [content.ledgers.活动台账[1]] } };
    const text = await summaryTextOf(one);
    expect(text).toContain("二、推进共建共治，促进邻里和谐\n　　5月15日召开邻里互助议事会，25人参加。");
    expect(text).not.toContain("此外");
  });
});
