/**
 * New-user test 42 (docs/new-user-test-pane-42.md), defects D15–D18: the roll-up narrative of a county 文明办 over two towns and
 * two bureaus, and of a street over its communities, each as the tester typed it.
 */
import { cli } from "./support/cli";
import { workbookFile } from "./support/files";
import { rolledUpText, type Ledgers } from "./support/rollup";

/** The tester's county: two towns, one bureau that counts its complaints in 件. */
const county: readonly (readonly [string, string, Ledgers])[] = [
  ["柳河镇人民政府", "乡镇", {
    问题整改: [{ 问题类别: "其他", 发现数: 80, 已整改数: 80, 单位: "处", 备注: "垃圾乱倒" }, { 问题类别: "占道经营", 发现数: 25, 已整改数: 20, 单位: "处" }],
    先进典型: [{ 荣誉名称: "文明村", 级别: "县/区", 人数: 2 }],
  }],
  ["青石镇人民政府", "乡镇", {
    问题整改: [
      { 问题类别: "占道经营", 发现数: 46, 已整改数: 46, 单位: "处" },
      { 问题类别: "乱摆卖", 发现数: 30, 已整改数: 27, 单位: "处" },
      { 问题类别: "其他", 发现数: 120, 已整改数: 96, 单位: "处" },
      { 问题类别: "渣土偷倒", 发现数: 3, 已整改数: 3, 单位: "起" },
    ],
    活动台账: [{ 日期: 45790, 活动名称: "其他", 活动类型: "理论学习", 参与数量: 120, 单位: "人" }],
    先进典型: [
      { 荣誉名称: "星级文明户", 级别: "街道/乡镇", 人数: 85 },
      { 荣誉名称: "县级文明村", 级别: "县/区", 人数: 3 },
      { 荣誉名称: "好媳妇好婆婆", 级别: "街道/乡镇", 类别: "孝老爱亲", 人数: 12 },
    ],
  }],
  ["青川县人力资源和社会保障局", "机关部门", {
    问题整改: [{ 问题类别: "其他", 发现数: 40, 已整改数: 38, 单位: "件" }],
  }],
];

it("D15, D17: a 其他 row that names nothing is never listed as a kind, its leftovers never joined across measure words, units compared in one word", async () => {
  const text = await rolledUpText("青川县文明办", "机关部门", county);
  // Never `发现其他、垃圾乱倒和占道经营等问题301处`, `其中整治其他问题96处、垃圾乱倒80处` (D15), nor `最多，为196处、3起` (D17).
  expect(text).toContain("全县共排查发现垃圾乱倒、占道经营和乱摆乱卖等问题301处，已整改269处；其他问题40件，已整改38件；渣土偷倒问题3起，均已整改到位。其中整治垃圾乱倒80处，规范占道经营66处、乱摆乱卖27处。");
  // Never `其他问题24处、2件` as one kind.
  expect(text).toContain("尚有占道经营问题5处，乱摆乱卖问题3处，青石镇其他问题24处，县人力资源和社会保障局其他问题2件未整改到位");
  expect(text).not.toMatch(/发现其他|整治其他问题96处|24处、2件|最多，为196处、/u);
});

it("D16: a placeholder 活动名称 (`其他`) is never quoted in the roll-up: the activity is counted by its type", async () => {
  const text = await rolledUpText("青川县文明办", "机关部门", county);
  expect(text).toContain("青石镇开展理论学习活动1场，参与120人。");
  expect(text).not.toContain("“其他”");
});

it("D17: a collective honour is counted before its holder noun, with its subject", async () => {
  const text = await rolledUpText("青川县文明办", "机关部门", county);
  expect(text).toContain("青石镇评选表彰好媳妇好婆婆12人，柳河镇2个村获评县级“文明村”，青石镇85户家庭获评乡镇级“星级文明户”，3个村获评“县级文明村”。");
});

it("D17: the unit with most problems is found and said in one measure word", async () => {
  const text = await rolledUpText("青川县文明办", "机关部门", [
    ...county,
    ["青川县农业农村局", "机关部门", { 问题整改: [{ 问题类别: "卫生死角", 发现数: 12, 已整改数: 12, 单位: "处" }] }],
  ]);
  expect(text).toContain("县农业农村局整改率达100%。");
});

it("D18: 注册人数 of half the 常住人口 or more is a 提示 at 常住人口; a bureau's staff who all serve are not", async () => {
  const community = await workbookFile({
    profile: { 单位名称: "西岭社区居委会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年", 常住人口: "约1.2万", 户数: 2600 },
    ledgers: { 志愿服务: [{ 队伍名称: "西岭志愿队", 队伍类型: "综合志愿者", 注册人数: "1.2万" }] },
  });
  const out = (await cli("check", community)).out;
  expect(out.split("\n").filter((l) => l.includes("members-most-of-population"))).toEqual([
    "提示 基本信息!B12 [profile.members-most-of-population] 志愿服务各队注册人数合计12000人，占常住人口12000人的100%，志愿者注册率偏高，可能有一个数字填错，请核对。",
  ]);
  const bureau = await workbookFile({
    profile: { 单位名称: "青川县农业农村局", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年", 常住人口: 80 },
    ledgers: { 志愿服务: [{ 队伍名称: "农技志愿队", 队伍类型: "综合志愿者", 注册人数: 60 }] },
  });
  expect((await cli("check", bureau)).out).not.toContain("members-most-of-population");
});

it("D18: the one unit whose 整改率 can be computed is compared with no average", async () => {
  const text = await rolledUpText("城东街道办事处", "街道", [
    ["西岭社区居委会", "社区", { 问题整改: [{ 问题类别: "卫生死角", 发现数: "三十余", 已整改数: 30, 单位: "处" }] }],
    ["北苑社区居委会", "社区", { 问题整改: [{ 问题类别: "占道经营", 发现数: 20, 已整改数: 18, 单位: "处" }] }],
  ]);
  expect(text).toContain("北苑社区尚有2处问题未整改到位，需持续跟进。");
  expect(text).not.toContain("平均水平");
});
