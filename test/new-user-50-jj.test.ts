/**
 * New-user test 50 (docs/new-user-test-pane-50.md), D1, D2, D9, D10, D11 and D15: staff's free text in 简要内容 and 文字材料.
 * - D1: `物业何经理组织，消防队来了两个人` was printed (who did it, by surname and office; a count said aloud): left out, 提示.
 * - D2: `回头补照片` (a note about the record) was printed: left out, text.placeholder (record).
 * - D9: `不要彩礼 简办婚事` kept the advice (`以不要彩礼为主要内容`) and dropped the written `简办婚事`: the opposite now.
 * - D10: a 工作亮点 with a spoken tail (`…可以换东西，效果很好`) was lost whole: its written head is kept.
 * - D11: `把院内吸烟点全部清掉` and `这个要抓` are spoken.
 * - D15: the 提示 named `张主` for `院办张主任负责记录`: `张主任`.
 */
import { activityContent, personalNameIn, spokenSentences } from "../src/core/facts/remark";
import { summaryTextOf } from "./support/summaries";
import { workbookFile } from "./support/files";
import { cli } from "./support/cli";

const unit = { 单位名称: "幸福里小区业主委员会", 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" };

it("D1: who did it by surname and office, and a count said aloud, are left out", async () => {
  expect(activityContent("物业何经理组织，消防队来了两个人")).toEqual({
    content: "",
    left: [{ text: "物业何经理组织", why: "who" }, { text: "消防队来了两个人", why: "spoken" }],
  });
  for (const typed of ["社区王主任带队", "村里李书记牵头", "张队长负责", "物业何经理主持的"]) expect(activityContent(typed).left.map((l) => l.why)).toEqual(["who"]);
  expect(personalNameIn("物业何经理组织")).toBe("何经理");
  const text = await summaryTextOf({
    profile: unit,
    ledgers: { 活动台账: [{ 日期: "2025-06-20", 活动名称: "消防演练", 活动类型: "其他", 参与数量: "约100", 单位: "人", 简要内容: "物业何经理组织，消防队来了两个人" }] },
  });
  expect(text).toContain("6月20日开展消防演练，参与约100人。");
  expect(text).not.toContain("何经理");
});

it("D2: a note about the record (`回头补照片` and its kind) is left out", async () => {
  expect(activityContent("劝导大声喧哗、占座，回头补照片")).toEqual({ content: "劝导大声喧哗、占座", left: [{ text: "回头补照片", why: "record" }] });
  for (const typed of ["回头再补", "照片后补", "后面补资料", "图片回头发群里", "签到表回头再补", "材料后面再交"]) expect(activityContent(`清理楼道杂物，${typed}`)).toEqual({ content: "清理楼道杂物", left: [{ text: typed, why: "record" }] });
});

it("D9: `不要彩礼` is advice said aloud, `简办婚事` is written", () => {
  expect(activityContent("不要彩礼 简办婚事")).toEqual({ content: "简办婚事", left: [{ text: "不要彩礼", why: "talk" }] });
});

it("D10: a 文字材料 sentence keeps its written head when only its tail is spoken", () => {
  expect(spokenSentences("柳塘村推行“积分超市”，村民参与环境整治可以换东西，效果很好")).toEqual({
    kept: "柳塘村推行“积分超市”",
    left: [{ text: "村民参与环境整治可以换东西，效果很好", why: "口语", head: "柳塘村推行“积分超市”" }],
  });
  // A head that cannot read alone goes with its tail.
  expect(spokenSentences("这个也推行了，效果很好。").kept).toBe("");
  expect(spokenSentences("站前广场出租车拒载、绕路问题还是有，屡禁不止。").kept).toBe("");
});

it("D11: `全部清掉` and `这个要抓` are spoken", () => {
  expect(spokenSentences("继续抓好控烟工作，把院内吸烟点全部清掉。")).toEqual({ kept: "继续抓好控烟工作。", left: [{ text: "把院内吸烟点全部清掉", why: "口语", head: "继续抓好控烟工作" }] });
  expect(spokenSentences("一是个别医务人员服务态度不够好，患者有投诉，这个要抓；").kept).toBe("一是个别医务人员服务态度不够好，患者有投诉；");
});

it("D15: the 提示 names the whole office (`张主任`)", () => {
  expect(personalNameIn("院办张主任负责记录")).toBe("张主任");
  expect(personalNameIn("院长张伟任组长")).toBe("张伟");
});

it("check says each at its cell (D1, D2, D9, D10, D11, D15)", async () => {
  const file = await workbookFile({
    profile: unit,
    ledgers: {
      活动台账: [
        { 日期: "2025-06-20", 活动名称: "消防演练", 活动类型: "其他", 参与数量: "约100", 单位: "人", 简要内容: "物业何经理组织，消防队来了两个人" },
        { 日期: "2025-06-14", 活动名称: "文明劝导", 活动类型: "志愿服务", 参与数量: 12, 单位: "人", 简要内容: "劝导大声喧哗、占座，回头补照片" },
        { 日期: "2025-08-29", 活动名称: "七夕集体婚礼", 活动类型: "宣传教育", 参与数量: 24, 单位: "人", 简要内容: "不要彩礼 简办婚事" },
      ],
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "成立创文工作领导小组", 日期: "2025-01-10", 备注: "院办张主任负责记录" }],
      文字材料: [
        { 类型: "工作亮点", 内容: "柳塘村推行“积分超市”，村民参与环境整治可以换东西，效果很好" },
        { 类型: "下一步打算", 内容: "继续抓好控烟工作，把院内吸烟点全部清掉。" },
      ],
    },
  });
  const r = await cli("check", file);
  for (const line of [
    "提示 组织保障!G3 [value.personal] “备注”中有个人姓名或称呼“张主任”，总结不会写出这一部分；个人信息请不要填在这一列。\n",
    "提示 活动台账!H3 [text.placeholder] 简要内容中“物业何经理组织”说的是由谁来做，不是活动内容：总结不写这一句；请写明活动的实际内容，个人姓名不必写入。\n",
    "提示 活动台账!H3 [value.personal] “简要内容”中有个人姓名或称呼“何经理”，总结不会写出这一部分；个人信息请不要填在这一列。\n",
    "提示 活动台账!H4 [text.placeholder] 简要内容中“回头补照片”是对记录的说明，不是活动内容：总结不写这一句；请核实后改正台账，简要内容只写活动的实际内容。\n",
    "提示 活动台账!H5 [text.placeholder] “简要内容”中“不要彩礼”是口语、感受或闲谈，不是活动内容：总结不写这一句；请写明活动的实际内容（如“讲解垃圾分类知识”“发放宣传资料”）。\n",
    // Run-27 review, 材料6 item 4: the exchange is said in written words (facts/remark writtenRemark) and kept.
    "提示 文字材料!B3 [text.spoken] 内容中“效果很好”是口语说法，总结不写这部分，这一句只写“柳塘村推行“积分超市”，村民参与环境整治可兑换物品”；请改写成书面表述。\n",
    "提示 文字材料!B4 [text.spoken] 内容中“把院内吸烟点全部清掉”是口语说法，总结不写这部分，这一句只写“继续抓好控烟工作”；请改写成书面表述。\n",
  ]) expect(r.out).toContain(line);
  expect(r.out).not.toContain("简办婚事");
});

it("D2, D9, D10: the summary keeps the written parts", async () => {
  const text = await summaryTextOf({
    profile: unit,
    ledgers: {
      活动台账: [
        { 日期: "2025-06-14", 活动名称: "文明劝导", 活动类型: "志愿服务", 参与数量: 12, 单位: "人", 简要内容: "劝导大声喧哗、占座，回头补照片" },
        { 日期: "2025-06-08", 活动名称: "移风易俗集体婚礼", 活动类型: "宣传教育", 参与数量: 24, 单位: "人", 简要内容: "不要彩礼 简办婚事" },
      ],
      文字材料: [{ 类型: "工作亮点", 内容: "柳塘村推行“积分超市”，村民参与环境整治可以换东西，效果很好" }],
    },
  });
  expect(text).toContain("\u3000\u30006月8日举办移风易俗集体婚礼，简办婚事，参与24人。\n");
  expect(text).toContain("\u3000\u30006月14日开展“文明劝导”志愿服务活动，劝导大声喧哗、占座等不文明行为，参与12人。\n");
  expect(text).toContain("三、创新工作方法，打造创建亮点\n\u3000\u3000柳塘村推行“积分超市”，村民参与环境整治可兑换物品。\n");
  expect(text).not.toContain("不要彩礼");
});
