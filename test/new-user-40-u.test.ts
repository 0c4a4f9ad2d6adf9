/**
 * New-user test 40 (docs/new-user-test-pane-40.md), defects D2, D15, D16 and D20: free text staff type in 问题整改 备注
 * and 组织保障 名称或内容/备注 (who reported what, spoken clauses, colleagues' nicknames, a leader quoted, half sentences
 * after a space) is never read as a problem's name or a place; each row as the tester typed it.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { summaryTextOf } from "./support/summaries";
import { readRemark } from "../src/core/facts/remark";

const community = { 单位名称: "望江社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "第二季度" } as const;
const bureau = { 单位名称: "城南区城市管理局", 单位简称: "区城管局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "下半年" } as const;

describe("D20: who reported a problem and spoken states are no part of its name", () => {
  const ledgers = {
    问题整改: [
      { 问题类别: "其他", 发现数: 30, 已整改数: 28, 单位: "处", 备注: "网格员上报：电动车楼道充电" },
      { 问题类别: "其他", 发现数: 10, 已整改数: 10, 单位: "起", 备注: "居民说有人遛狗不牵绳" },
      { 问题类别: "其他", 发现数: 4, 已整改数: 4, 单位: "处", 备注: "化粪池冒了，报住建局了" },
    ],
  };

  it("reads the name after the reporter, and a spoken state in written words", () => {
    expect(readRemark("网格员上报：电动车楼道充电").detail).toBe("电动车楼道充电");
    expect(readRemark("居民说有人遛狗不牵绳").detail).toBe("遛狗不牵绳");
    expect(readRemark("群众举报占道经营").detail).toBe("占道经营");
    expect(readRemark("居民反映：楼道堆物").detail).toBe("楼道堆物");
    expect(readRemark("化粪池冒了，报住建局了").detail).toBe("化粪池外溢");
    expect(readRemark("水管漏了").detail).toBe("水管渗漏");
  });

  it("tells the problems by their names, in the 导语 too", async () => {
    const text = await summaryTextOf({ profile: community, ledgers });
    expect(text).toContain("2025年第二季度，望江社区居委会整治电动车楼道充电28处，纠正遛狗不牵绳10起。");
    expect(text).toContain("累计排查发现各类问题34处，已整改32处，其中整治电动车楼道充电28处，整改化粪池外溢4处；另有遛狗不牵绳行为10起，均已纠正。");
    expect(text).not.toMatch(/居民说|有人|冒了|其他问题/u);
  });

  it("a 备注 still spoken is told as 其他问题, and check says so at the 备注", async () => {
    const file = await workbookFile({ profile: community, ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 6, 已整改数: 5, 单位: "起", 备注: "居民说楼下那家老是吵" }] } });
    expect((await cli("check", file)).out).toContain("提示 问题整改!I3 [rect.spoken-remark] “备注”中“居民说楼下那家老是吵”是口语，总结不把它当作问题名称，也不引用；请在备注中写明问题名称（如“化粪池外溢”“楼道堆物”）。");
    const text = (await cli("summarize", file, "--text", "-")).out;
    expect(text).toContain("累计排查发现各类问题6起，已整改5起，整改率为83.3%。");
    expect(text).not.toMatch(/老是吵/u);
  });
});

describe("D2: a space separates clauses as ， does; the first that names a problem is the name", () => {
  it("reads 高空抛物, 共享单车乱停放 and 楼下烧烤油烟, the rest left out", () => {
    expect(readRemark("高空抛物 网格员发现的 6楼那户已约谈").detail).toBe("高空抛物");
    expect(readRemark("共享单车乱停放 企业负责").detail).toBe("共享单车乱停放");
    expect(readRemark("楼上住户反映 楼下烧烤油烟").detail).toBe("楼下烧烤油烟");
    // A person and a role split by a space are one person, never a name read alone.
    expect(readRemark("联络员 孙红").detail).toBeUndefined();
  });

  it("the 社区's 下半年 row after a who-said clause is 楼下烧烤油烟, never 其他问题", async () => {
    const text = await summaryTextOf({
      profile: { 单位名称: "锦绣华庭社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "下半年" },
      ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 12, 已整改数: 10, 单位: "起", 备注: "楼上住户反映 楼下烧烤油烟" }] },
    });
    expect(text).toContain("2025年下半年，锦绣华庭社区居委会整改楼下烧烤油烟问题10起。");
    expect(text).toContain("累计排查发现楼下烧烤油烟问题12起，已整改10起，整改率为83.3%。");
    expect(text).not.toMatch(/其他问题|住户反映/u);
  });

  it("the 城管局's 其他 row is 共享单车乱停放 in the text, never 其他问题", async () => {
    const text = await summaryTextOf({
      profile: bureau,
      ledgers: { 问题整改: [
        { 问题类别: "占道经营", 发现数: 320, 已整改数: 300, 单位: "处" },
        { 问题类别: "其他", 发现数: 45, 已整改数: 40, 单位: "处", 备注: "共享单车乱停放 企业负责" },
      ] },
    });
    // Conduct counted in 处 is a 问题, 整改-ed or 整治-ed (run-29 review, 材料1 item 1: 行为 is never counted in 处).
    expect(text).toContain("巡查发现各类问题365处，已整改340处，整改率为93.2%。其中规范占道经营300处，整治共享单车乱停放40处。");
    expect(text).toContain("共享单车乱停放45处中尚有5处未整改到位");
    expect(text).not.toMatch(/其他问题|企业负责/u);
  });
});

describe("D15/D16: people named in 组织保障 are never printed; a spoken 名称 is said in written words", () => {
  const ledgers: Record<string, Record<string, string | number>[]> = {
    组织保障: [
      { 事项类型: "其他", 名称或内容: "跟街道对接背街小巷整治，张局说要一周一调度", 数量: 24, 单位: "次", 频次: "每周1次" },
      { 事项类型: "督查检查", 名称或内容: "夜间巡查 重点是烧烤摊", 数量: 60, 单位: "次", 备注: "队员小刘、老吴" },
    ],
  };

  it("says the work, its figure and its focus, without the people", async () => {
    const text = await summaryTextOf({ profile: bureau, ledgers });
    expect(text).toContain("坚持每周与街道对接背街小巷整治1次，累计24次");
    expect(text).toContain("开展夜间巡查60次，重点整治烧烤摊。");
    expect(text).not.toMatch(/小刘|老吴|张局|一周一调度|跟街道|深入队员/u);
  });

  it("check names the people at their cells", async () => {
    const check = (await cli("check", await workbookFile({ profile: bureau, ledgers }))).out;
    expect(check).toContain("提示 组织保障!B3 [value.personal] “名称或内容”中有个人姓名或称呼“张局”，总结不会写出这一部分；这一列请只写工作内容。");
    expect(check).toContain("提示 组织保障!G4 [value.personal] “备注”中有个人姓名或称呼“小刘、老吴”，总结不会写出这一部分；个人信息请不要填在这一列。");
  });
});
