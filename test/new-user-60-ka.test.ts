/**
 * New-user test 60 (docs/new-user-test-pane-60.md), D2, D3, D4, D6: spoken free text in 文字材料 said in written register, and the
 * check's text.spoken 提示 at every cell the summary rewrites (落实得不咋地 → 落实不到位, 老是反复 → 问题时有反复, a filler
 * 说实话 dropped, 今年 → the report's year, 三十家 → 30家, 有点慢 → 偏慢, 搞一个评比 → 开展评比表彰, 把A推广到B → 推动A覆盖B).
 */
import { summaryTextOf } from "./support/summaries";

const zone = { 单位名称: "江口经济开发区管理委员会", 单位简称: "开发区管委会", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年" };
const spokenRows = [
  { 类型: "工作亮点", 内容: "说实话今年企业文明积分制搞得挺好，覆盖园区企业三十家" },
  { 类型: "存在不足", 内容: "个别企业门前三包落实得不咋地，老是反复" },
  { 类型: "存在不足", 内容: "说实话人手不够，老是加班" },
  { 类型: "存在不足", 内容: "老旧管网改造进度还是有点慢" },
  { 类型: "下一步打算", 内容: "争取明年把企业文明积分推广到全部企业，搞一个评比。" },
];

async function spokenFindings(rows: readonly Record<string, string>[]): Promise<string[]> {
  const { analyzeWorkbook, standardV1 } = await import("../src/core");
  const { readWorkbook } = await import("../src/adapters/xlsx/read-workbook");
  const { writeWorkbook } = await import("../src/adapters/xlsx/write-workbook");
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, { profile: zone, ledgers: { 文字材料: rows } })), standardV1);
  return analysis.findings.filter((f) => f.rule === "text.spoken").map((f) => `${f.cell} ${f.message}`);
}

it("D2, D3, D4, D6: spoken 文字材料 said in written words", async () => {
  const text = await summaryTextOf({ profile: zone, ledgers: { 文字材料: spokenRows } });
  // D3: a filler goes, 今年 is the report's year, a Chinese count is said in figures, the verdict closes the point.
  expect(text).toContain("2025年推行企业文明积分制，覆盖园区企业30家，成效明显。");
  expect(text).not.toContain("说实话");
  expect(text).not.toContain("三十家");
  // D2
  expect(text).toContain("个别企业“门前三包”责任落实不到位，问题时有反复");
  expect(text).not.toContain("不咋地");
  // D3
  expect(text).toContain("人手不足，加班较多");
  expect(text).not.toContain("时常加班");
  // D4
  expect(text).toContain("老旧管网改造进度偏慢，有待进一步加快");
  expect(text).not.toContain("有点");
  // D6
  expect(text).toContain("推动企业文明积分制覆盖全部企业，并开展评比表彰。");
  expect(text).not.toContain("搞一个");
});

it("D2, D3, D4, D6: check says the written form at each cell the summary rewrites (text.spoken 书面)", async () => {
  const spoken = await spokenFindings(spokenRows);
  expect(spoken.find((m) => m.startsWith("B3 "))).toContain("2025年推行企业文明积分制，覆盖园区企业30家，成效明显");
  expect(spoken.find((m) => m.startsWith("B4 "))).toContain("个别企业“门前三包”责任落实不到位，问题时有反复");
  expect(spoken.find((m) => m.startsWith("B5 "))).toContain("人手不足，加班较多");
  expect(spoken.find((m) => m.startsWith("B6 "))).toContain("老旧管网改造进度偏慢，有待进一步加快");
  expect(spoken.find((m) => m.startsWith("B7 "))).toContain("推动企业文明积分制覆盖全部企业，并开展评比表彰");
});

it("the class, not the phrase: other fillers, counts, 有点+adjective, 搞一个X", async () => {
  const { writtenRemark } = await import("../src/core/facts/remark");
  expect(writtenRemark("其实垃圾分类宣传做得不咋地", "存在不足")).toBe("垃圾分类宣传落实不到位");
  expect(writtenRemark("讲真，志愿者服务时长有点少", "存在不足")).toBe("志愿者服务时长偏少，有待进一步增加");
  expect(writtenRemark("今年走访困难群众一百二十户", "工作亮点", 2024)).toBe("2024年走访困难群众120户");
  expect(writtenRemark("每周三四次巡查，门前三包", "工作亮点")).toBe("每周三四次巡查，“门前三包”");
  expect(writtenRemark("下半年再搞一个文明家庭评选", "下一步打算")).toBe("下半年再开展文明家庭评选");
  expect(writtenRemark("三个代表重要思想", "导语")).toBe("三个代表重要思想");
});

it("D3: a count that names a scheme or role stays in words; a count in a 导语 or plan is said in figures", async () => {
  const { writtenRemark } = await import("../src/core/facts/remark");
  expect(writtenRemark("推行十户联防，设立十户长", "工作亮点")).toBe("推行十户联防，设立十户长");
  expect(writtenRemark("第三十家企业签约", "工作亮点")).toBe("第三十家企业签约");
  expect(writtenRemark("几十家商户参与", "工作亮点")).toBe("几十家商户参与");
  expect(writtenRemark("计划新增文明商户五十家", "下一步打算")).toBe("计划新增文明商户50家");
  expect(writtenRemark("整个园区环境有点乱", "存在不足")).toBe("整个园区环境较乱，有待进一步改进");
  expect(writtenRemark("继续开展评比，搞一个晒台账活动", "下一步打算")).toBe("继续开展评比，并开展晒台账活动");
});
