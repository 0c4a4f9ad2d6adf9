/**
 * New-user test 45 (docs/new-user-test-pane-45.md), D1, D13 and D19 (the roll-up part): a 街道's roll-up of its
 * communities and of its own ledger.
 * D13: `rollup … --unit 和平街道办事处` left the 街道's own ledger out (`rollup.own-ledger`, exit 1), though the README says
 * its work goes into the 汇总台账 with 填报单位 blank: now its rows are copied there with 填报单位 blank, its 基本信息 fills
 * what the roll-up's lacks, one line says so, and the roll-up exits 0.
 * D1: rows with 填报单位 blank (the 街道's own work) were told as the communities' (`各社区共开展督查检查12次`), the opening
 * counted them as the 3 communities' (`全街道3个社区共开展各类活动9场`), the own 领导小组 was not written, and the 附表 had no
 * row for them (text 187/176 problems, table 147/140).
 * D19: festivals in calendar order (`元宵节和清明节`, never `清明节和元宵节`).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import { cli } from "./support/cli";
import type { Ledgers } from "./support/rollup";

const street: Ledgers = {
  组织保障: [
    { 事项类型: "领导小组", 名称或内容: "街道创文工作领导小组，党工委书记任组长", 日期: "2025-01-05" },
    { 事项类型: "督查检查", 名称或内容: "街道领导带队督查社区创文工作", 数量: 12, 单位: "次" },
  ],
  问题整改: [{ 问题类别: "占道经营", 发现数: 40, 已整改数: 36, 单位: "处" }],
  活动台账: [
    { 日期: "2025-02-20", 活动名称: "街道创文推进会", 活动类型: "会议培训", 参与数量: 60, 单位: "人" },
    { 日期: "2025-06-05", 活动名称: "世界环境日集中清洁", 活动类型: "环境整治", 参与数量: "约200", 单位: "人次" },
  ],
};
const anning: Ledgers = {
  组织保障: [{ 事项类型: "领导小组", 名称或内容: "安宁社区创文工作领导小组" }],
  问题整改: [{ 问题类别: "卫生死角", 发现数: 80, 已整改数: 78, 单位: "处" }],
  活动台账: [
    { 日期: "2025-03-05", 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 50, 单位: "人次" },
    { 日期: "2025-05-10", 活动名称: "楼道清理", 活动类型: "环境整治", 参与数量: 40, 单位: "人次" },
    { 日期: "2025-06-10", 活动名称: "文明养犬宣传", 活动类型: "宣传教育", 参与数量: 80, 单位: "人" },
  ],
};
const xinhua: Ledgers = {
  问题整改: [{ 问题类别: "占道堆放", 发现数: 25, 已整改数: 22, 单位: "处" }],
  活动台账: [
    { 日期: "2025-04-04", 活动名称: "清明文明祭扫宣传", 活动类型: "我们的节日", 参与数量: 100, 单位: "人" },
    { 日期: "2025-02-12", 活动名称: "元宵猜灯谜", 活动类型: "我们的节日", 参与数量: 120, 单位: "人" },
  ],
};
const guangming: Ledgers = {
  问题整改: [{ 问题类别: "乱张贴", 发现数: 42, 已整改数: 40, 单位: "处" }],
  活动台账: [
    { 日期: "2025-03-20", 活动名称: "垃圾分类宣传", 活动类型: "宣传教育", 参与数量: 90, 单位: "人" },
    { 日期: "2025-05-20", 活动名称: "小区环境整治", 活动类型: "环境整治", 参与数量: 30, 单位: "人次" },
  ],
};

type Unit = readonly [profile: Record<string, string | number>, ledgers: Ledgers];
const profile = (单位名称: string, 单位类型: string, more: Record<string, string | number> = {}): Record<string, string | number> => ({ 单位名称, 单位类型, 报告年度: 2025, 报告期: "上半年", ...more });
const own = profile("和平街道办事处", "街道", { 上级指导单位: "区文明办", 单位简称: "和平街道", 起始日期: "2025-01-01", 截止日期: "2025-06-30" });
const communities: Unit[] = [[profile("安宁社区居委会", "社区"), anning], [profile("新华社区居委会", "社区"), xinhua], [profile("光明社区居委会", "社区"), guangming]];

/** The CLI's roll-up of `units` (with `args` such as --unit) and the summary of the result: exit code, output and text. */
async function rollUp(units: readonly Unit[], ...args: string[]): Promise<{ code: number; err: string; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), "nu45-m-"));
  const files = await Promise.all(units.map(async ([p, ledgers], i) => {
    const file = join(dir, `${i + 1}-${String(p.单位名称)}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, { profile: p, ledgers }));
    return file;
  }));
  const out = join(dir, "汇总.xlsx");
  const rolled = await cli("rollup", ...files, "-o", out, ...args);
  const summary = await cli("summarize", out, "-o", dir, ...(args.includes("--force") ? ["--force"] : []), "--date", "2025-07-10", "--text", "-");
  return { code: rolled.code, err: rolled.out + rolled.err, text: summary.out };
}

describe("D13: the 街道's own ledger goes into the 汇总台账 with 填报单位 blank", () => {
  it("exit 0, one line saying so, its 基本信息 used", async () => {
    const r = await rollUp([...communities, [own, street]], "--unit", "和平街道办事处", "--type", "街道");
    expect(r.code).toBe(0);
    expect(r.err).toContain("和平街道办事处（4-和平街道办事处.xlsx）是汇总单位和平街道办事处自己的台账：其中的各行已作为本单位自己的工作写入汇总台账（“填报单位”留空），汇总台账的基本信息用了它填写的上级指导单位、单位简称。");
    expect(r.err).not.toContain("未汇总");
    expect(r.text).toContain("和平街道在区文明办的指导下，"); // the roll-up's opening names its unit by its 简称 (new-user test 63, D2)
  });
});

describe("D1: the 街道's own rows are told as the 街道's own", () => {
  it("opening, 组织保障, activities and the 附表 say whose work it is (the 街道 named by its 单位简称 和平街道)", async () => {
    const r = await rollUp([...communities, [own, street]], "--unit", "和平街道办事处", "--type", "街道");
    expect(r.text).toContain("全街道共开展各类活动9场，排查发现各类问题187处，已整改176处。");
    expect(r.text).not.toContain("3个社区共开展各类活动9场");
    expect(r.text).toContain("一是压实各级创建责任。和平街道及安宁社区成立创建工作领导小组，和平街道开展督查检查12次。");
    expect(r.text).toContain("二是抓好学习培训。和平街道于2月20日召开街道创文推进会，60人参加。");
    expect(r.text).toContain("二是推进环境集中整治。5月10日安宁社区清理楼道，参与40人次；5月20日光明社区整治小区环境，参与30人次；6月5日和平街道开展“世界环境日集中清洁”活动，参与约200人次。");
    expect(r.text).not.toMatch(/各社区共(?:开展督查检查|召开|开展“)/u);
    // The 附表 adds up to the text: 40 + 80 + 25 + 42 = 187 found, 36 + 78 + 22 + 40 = 176 rectified.
    expect(r.text).toContain("单位\t开展活动\t注册志愿者\t发现问题\t已整改\t整改率\n和平街道本级\t2场\t—\t40处\t36处\t90%\n安宁社区\t3场\t—\t80处\t78处\t97.5%\n");
  });

  it("without 单位简称 the 街道 is `街道`, its row `街道本级`", async () => {
    const { 单位简称: _s, ...plain } = own;
    const r = await rollUp([...communities, [plain, street]], "--unit", "和平街道办事处", "--type", "街道");
    expect(r.text).toContain("一是压实各级创建责任。街道及安宁社区成立创建工作领导小组，街道开展督查检查12次。");
    expect(r.text).toContain("二是抓好学习培训。街道于2月20日召开街道创文推进会，60人参加。");
    expect(r.text).toContain("\n街道本级\t2场\t—\t40处\t36处\t90%\n");
  });

  it("own rows with no headline figure (only 组织保障): the opening still counts the 3 communities", async () => {
    const onlyOwn: Ledgers = { 组织保障: street.组织保障 };
    const r = await rollUp([...communities, [own, onlyOwn]], "--unit", "和平街道办事处", "--type", "街道");
    expect(r.text).toContain("和平街道及安宁社区成立创建工作领导小组，和平街道开展督查检查12次。");
    expect(r.text).toContain("全街道3个社区共开展各类活动7场");
  });
});

describe("D19: festivals in calendar order", () => {
  it("元宵 before 清明, also when the 元宵 row's date cannot be read (a forced roll-up, the tester's `2025.2.30`)", async () => {
    const odd: Ledgers = { ...xinhua, 活动台账: [xinhua.活动台账[0], { ...xinhua.活动台账[1], 日期: "2025.2.30" }] };
    const r = await rollUp([communities[0], [communities[1][0], odd], communities[2]], "--unit", "和平街道办事处", "--type", "街道", "--force");
    expect(r.text).toContain("新华社区开展元宵节和清明节“我们的节日”主题活动2场");
  });
});
