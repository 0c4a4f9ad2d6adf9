/**
 * New-user test 34 (docs/new-user-test-pane-34.md), defects D1 and D2: each as the tester typed it.
 */
import { standardV1 } from "../src/core";
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";

const community = { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" };

describe("D1: a collective honour (文明楼院) is counted as what it is, never as persons", () => {
  const honours: Readonly<Record<string, string | number>>[] = [
    { 荣誉名称: "望江好人", 级别: "社区/村", 人数: 3 },
    { 荣誉名称: "文明楼院", 级别: "社区/村", 人数: 6, 备注: "评出文明楼院6个" },
  ];

  it("the summary says 文明楼院6个, kept out of the persons' total (was 评选表彰文明楼院6人和望江好人3人，共9人)", async () => {
    const text = await summaryTextOf({ profile: community, ledgers: { 先进典型: honours } });
    expect(text).toContain("评选表彰望江好人3人；评出文明楼院6个。");
    expect(text).not.toMatch(/文明楼院6人|共9人/u);
  });

  it("美丽院落, 文明楼道 and 示范网格 are collectives too; a 备注 that counts in another word (`3栋`) gives the word", async () => {
    const text = await summaryTextOf({
      profile: community,
      ledgers: { 先进典型: [
        { 荣誉名称: "美丽院落", 级别: "社区/村", 人数: 4 },
        { 荣誉名称: "文明楼道", 级别: "社区/村", 人数: 5 },
        { 荣誉名称: "示范网格", 级别: "社区/村", 人数: 2 },
        { 荣誉名称: "文明楼院", 级别: "社区/村", 人数: 3, 备注: "评出3栋" },
      ] },
    });
    expect(text).toContain("评出美丽院落4个、文明楼道5个、示范网格2个和文明楼院3栋。");
    expect(text).not.toMatch(/\d人/u);
  });

  it("先进典型人数 (指标汇总's formula) leaves out every *楼院, *院落, *楼道 and *网格 row", () => {
    const formula = standardV1.indicators.find((i) => i.id === "honourPeople")?.formula ?? "";
    for (const ending of ["楼院", "院落", "楼道", "网格"]) expect(formula).toContain(`-SUMIFS(tbl_Honors[人数],tbl_Honors[荣誉名称],"*${ending}")`);
  });

  it("check gives a 提示 at 人数 of a collective honour typed as a bare number, none for a person's title, a household's (星级文明户 20) or one typed with its word (`8间`)", async () => {
    const file = await workbookFile({
      profile: community,
      ledgers: { 先进典型: [...honours, { 荣誉名称: "文明寝室", 级别: "社区/村", 人数: "8间" }, { 荣誉名称: "星级文明户", 级别: "社区/村", 人数: 20 }] },
    });
    const out = (await cli("check", file)).out;
    const hints = out.split("\n").filter((l) => l.includes("[honour.collective-count]"));
    expect(hints).toEqual([
      "提示 先进典型!D4 [honour.collective-count] “文明楼院”是集体荣誉，人数6在总结中写作“文明楼院6个”，不计入先进典型人数；如确是6名个人获此荣誉，请把荣誉名称改为个人荣誉的正式名称。",
    ]);
  });
});

describe("D2: a 名称或内容 typed as `name：description` is split: the name is the mechanism, the count goes with its work", () => {
  const org = (名称或内容: string, 数量: number, 单位: string, 频次: string) => ({ 事项类型: "工作机制", 名称或内容, 数量, 单位, 频次 });

  it("道德评议会：每季度评议一次，评议红黑榜 (4次, 每季度1次): was 落实道德评议会：每季度评议一次，评议红黑榜4次", async () => {
    const text = await summaryTextOf({
      profile: { ...community, 单位名称: "柳塘村村民委员会", 单位类型: "村" },
      ledgers: { 组织保障: [org("道德评议会：每季度评议一次，评议红黑榜", 4, "次", "每季度1次")] },
    });
    expect(text).toContain("建立道德评议会制度，每季度评议1次，累计评议红黑榜4次。");
    expect(text).not.toContain("：");
  });

  it("网格化管理：全社区划分12个网格，网格员每日巡查。 (12个, 每日): was 坚持网格化管理：全社区划分12个网格……", async () => {
    const text = await summaryTextOf({
      profile: community,
      ledgers: { 组织保障: [org("网格化管理：全社区划分12个网格，网格员每日巡查。", 12, "个", "每日")] },
    });
    expect(text).toContain("推行网格化管理，全社区划分12个网格，网格员每日巡查。");
    expect(text).not.toContain("：");
  });

  it("a half-width colon, a 频次 the description does not state and a name with its own verb", async () => {
    const text = await summaryTextOf({
      profile: community,
      ledgers: { 组织保障: [
        org("红白理事会:倡导婚事新办、丧事简办", 6, "次", "每月1次"),
        org("落实门前三包责任制： 商户签订责任书，开展督导", 12, "次", "每月2次"),
      ] },
    });
    expect(text).toContain("建立红白理事会制度，每月1次，倡导婚事新办、丧事简办，累计开展6次");
    expect(text).toContain("落实门前三包责任制，商户签订责任书，坚持每月开展督导2次，累计12次");
    expect(text).not.toMatch(/[：:]/u);
  });
});
