/**
 * Review run 30 (docs/narrative-quality.md run 30, reviewer AT), items of the unit's own 文字材料 typed in spoken words and
 * lost or cut from the summary:
 * 1. spoken 工作亮点 left out whole (材料1 item 1 `我们公司搞了个“礼让斑马线”积分制……效果很明显`, 材料8 item 1 `我们院今年搞了个
 *    “检察蓝”品牌……`, 材料4 item 1 `青年文明号创建今年搞得不错，新增8个县级的`): now told in written words.
 * 2. spoken 存在不足 lost or cut (材料8 item 8 `有的干警觉得创文是办公室的事，参与不积极`, 材料4 item 7 `……志愿服务还是搞活动多、
 *    常态化少`): now told whole in written words.
 * 3. spoken 下一步打算 (材料1 items 8–9: `继续抓好礼让斑马线` without its head noun, `暑期加强车厢卫生，特别是空调车`).
 * 4. a 领导小组 名称 with who leads in brackets pasted (材料8 item 3 `成立本院创文工作领导小组（检察长任组长）`).
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { spokenSentences, writtenRemark } from "../src/core/facts/remark";
import { leaderFolded } from "../src/core/narrative/points-ledgers";
import { summaryTextOf } from "./support/summaries";

const findingsOf = async (content: WorkbookContent, rule: string): Promise<string[]> =>
  analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1).findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell} ${f.message}`);

const 公交 = { 单位名称: "青山县公共交通有限公司", 单位类型: "企事业单位", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "上半年", 成文日期: "2025-07-08" };
const 检察院 = { 单位名称: "县人民检察院", 单位类型: "机关部门", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "上半年", 成文日期: "2025-07-08" };
const 团县委 = { 单位名称: "共青团青山县委员会", 单位简称: "团县委", 单位类型: "群团组织", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年", 成文日期: "2025-12-20" };

describe("item 1: a spoken 工作亮点 said in written words, never lost", () => {
  it("the three highlights of the review", () => {
    expect(spokenSentences("我们公司搞了个“礼让斑马线”积分制，司机礼让一次记一分，月底评比，效果很明显", "工作亮点"))
      .toEqual({ kept: "推行“礼让斑马线”积分制，驾驶员每礼让一次记1分，月底评比", left: [] });
    expect(spokenSentences("我们院今年搞了个“检察蓝”品牌，效果还不错，群众反映挺好的。", "工作亮点"))
      .toEqual({ kept: "打造“检察蓝”品牌，群众反响良好。", left: [] });
    expect(spokenSentences("青年文明号创建今年搞得不错，新增8个县级的", "工作亮点"))
      .toEqual({ kept: "青年文明号创建成效明显，新增县级青年文明号8个", left: [] });
  });

  it("the same class: other units, other periods, other names", () => {
    expect(writtenRemark("咱们社区上半年搞了个“积分超市”，居民反映挺好的", "工作亮点")).toBe("推行“积分超市”，居民反响良好");
    expect(writtenRemark("我们单位搞了一个“文明窗口”服务品牌，效果很明显", "工作亮点")).toBe("打造“文明窗口”服务品牌");
    expect(writtenRemark("我们村今年弄了个“红黑榜”评比机制", "工作亮点")).toBe("推行“红黑榜”评比机制");
    expect(writtenRemark("我们校搞了个“文明小卫士”活动，家长反映很好", "工作亮点")).toBe("开展“文明小卫士”活动，家长反响良好");
    expect(writtenRemark("文明家庭评选上半年搞得挺好，新增三个市级的", "工作亮点")).toBe("文明家庭评选成效明显，新增市级文明家庭3个");
    expect(writtenRemark("今年我们搞了个“文明楼栋”评比，效果很明显", "工作亮点")).toBe("开展“文明楼栋”评比");
    expect(writtenRemark("我们学校搞了个“文明小卫士”评比活动，每月评一次", "工作亮点")).toBe("开展“文明小卫士”评比活动，每月评一次");
    // Nothing to name what was added: never invented, the clause stays for the reader to leave out; a bare verdict
    // (`今年搞得不错`, `效果很明显`) is left out, never `成效明显` (review run 31, AU 材料8 item 1).
    expect(writtenRemark("今年搞得不错，新增8个县级的", "工作亮点")).toBe("新增8个县级的");
  });

  it("the highlights are in the summaries, and check says what is printed", async () => {
    const bus: WorkbookContent = {
      profile: 公交,
      ledgers: { 文字材料: [{ 类型: "工作亮点", 内容: "我们公司搞了个“礼让斑马线”积分制，司机礼让一次记一分，月底评比，效果很明显" }] },
    };
    expect(await summaryTextOf(bus)).toContain("推行“礼让斑马线”积分制，驾驶员每礼让一次记1分，月底评比");
    // Rewritten words are said at the cell, with what is printed, for the user to check.
    expect(await findingsOf(bus, "text.spoken")).toEqual([
      "文字材料!B3 内容“我们公司搞了个“礼让斑马线”积分制，司机礼让一次记一分，月底评比，效果很明显”中有口语说法，总结写作“推行“礼让斑马线”积分制，驾驶员每礼让一次记1分，月底评比”；请核对，或改成书面表述。",
    ]);
    const procuratorate: WorkbookContent = {
      profile: 检察院,
      ledgers: { 文字材料: [{ 类型: "工作亮点", 内容: "我们院今年搞了个“检察蓝”品牌，效果还不错，群众反映挺好的。" }] },
    };
    expect(await summaryTextOf(procuratorate)).toContain("打造“检察蓝”品牌，群众反响良好");
    expect(await findingsOf(procuratorate, "text.spoken")).toEqual([
      "文字材料!B3 内容“我们院今年搞了个“检察蓝”品牌，效果还不错，群众反映挺好的。”中有口语说法，总结写作“打造“检察蓝”品牌，群众反响良好。”；请核对，或改成书面表述。",
    ]);
    const youth: WorkbookContent = {
      profile: 团县委,
      ledgers: { 文字材料: [{ 类型: "工作亮点", 内容: "青年文明号创建今年搞得不错，新增8个县级的" }] },
    };
    expect(await summaryTextOf(youth)).toContain("青年文明号创建成效明显，新增县级青年文明号8个");
    expect(await findingsOf(youth, "text.spoken")).toEqual([
      "文字材料!B3 内容“青年文明号创建今年搞得不错，新增8个县级的”中有口语说法，总结写作“青年文明号创建成效明显，新增县级青年文明号8个”；请核对，或改成书面表述。",
    ]);
  });
});

describe("a clause that still cannot be made written: that clause only goes, the rest is told", () => {
  it("a written clause after the spoken one stays; one that points back goes with it", () => {
    expect(spokenSentences("我们局上半年搞了个“局长接待日”，群众都说好，每周五局长亲自接待群众", "工作亮点")).toEqual({
      kept: "推行“局长接待日”，每周五局长亲自接待群众",
      left: [{ text: "群众都说好", why: "口语", head: "推行“局长接待日”，每周五局长亲自接待群众" }],
    });
    expect(spokenSentences("部分居民分类意识不强，说了也不听，也有的乱扔垃圾", "存在不足")).toEqual({
      kept: "部分居民分类意识不强",
      left: [{ text: "说了也不听，也有的乱扔垃圾", why: "口语", head: "部分居民分类意识不强" }],
    });
  });

  it("check names the clause left out and what is printed", async () => {
    const book: WorkbookContent = { profile: 检察院, ledgers: { 文字材料: [{ 类型: "工作亮点", 内容: "我们院今年搞了个“检察蓝”品牌，群众都说好，每月开展普法进社区活动，覆盖城区8个社区" }] } };
    expect(await summaryTextOf(book)).toContain("打造“检察蓝”品牌，每月开展普法进社区活动，覆盖城区8个社区");
    expect(await findingsOf(book, "text.spoken")).toEqual([
      "文字材料!B3 内容中“群众都说好”是口语说法，总结不写这部分，这一句只写“打造“检察蓝”品牌，每月开展普法进社区活动，覆盖城区8个社区”；请改写成书面表述。",
    ]);
  });
});

describe("item 2: a spoken 存在不足 told whole in written words", () => {
  it("the review's shortfalls", () => {
    expect(spokenSentences("有的干警觉得创文是办公室的事，参与不积极", "存在不足"))
      .toEqual({ kept: "部分干警认为创文是办公室的事，参与积极性不高", left: [] });
    expect(spokenSentences("部分基层团组织活力不足，志愿服务还是搞活动多、常态化少", "存在不足"))
      .toEqual({ kept: "部分基层团组织活力不足，志愿服务活动化倾向明显，常态化机制尚不健全", left: [] });
    expect(spokenSentences("个别驾驶员还是有抢道、不礼让的情况，乘客投诉还是有的", "存在不足"))
      .toEqual({ kept: "个别驾驶员仍有抢道、不礼让的情况，乘客投诉时有发生", left: [] });
  });

  it("the same class", () => {
    expect(writtenRemark("有的居民觉得垃圾分类太麻烦，配合不积极", "存在不足")).toBe("部分居民认为垃圾分类太麻烦，配合积极性不高");
    expect(writtenRemark("有的党员参加活动不太积极", "存在不足")).toBe("部分党员参加活动积极性不高");
    expect(writtenRemark("志愿服务常态化还不够", "存在不足")).toBe("志愿服务常态化机制尚不健全");
    // `有的时候` is a time, never a part of the people. (人手不够 is 人手不足 since new-user test 60, D3.)
    expect(writtenRemark("有的时候人手不够", "存在不足")).toBe("有的时候人手不足");
  });

  it("the summaries tell them, and check says what is printed", async () => {
    const procuratorate: WorkbookContent = { profile: 检察院, ledgers: { 文字材料: [{ 类型: "存在不足", 内容: "有的干警觉得创文是办公室的事，参与不积极" }] } };
    expect(await summaryTextOf(procuratorate)).toContain("部分干警认为创文是办公室的事，参与积极性不高");
    expect(await findingsOf(procuratorate, "text.spoken")).toEqual([
      "文字材料!B3 内容“有的干警觉得创文是办公室的事，参与不积极”中有口语说法，总结写作“部分干警认为创文是办公室的事，参与积极性不高”；请核对，或改成书面表述。",
    ]);
    const youth: WorkbookContent = { profile: 团县委, ledgers: { 文字材料: [{ 类型: "存在不足", 内容: "部分基层团组织活力不足，志愿服务还是搞活动多、常态化少" }] } };
    expect(await summaryTextOf(youth)).toContain("部分基层团组织活力不足，志愿服务活动化倾向明显，常态化机制尚不健全");
    expect(await findingsOf(youth, "text.spoken")).toEqual([
      "文字材料!B3 内容“部分基层团组织活力不足，志愿服务还是搞活动多、常态化少”中有口语说法，总结写作“部分基层团组织活力不足，志愿服务活动化倾向明显，常态化机制尚不健全”；请核对，或改成书面表述。",
    ]);
  });
});

describe("item 3: a spoken 下一步打算", () => {
  it("`抓好` with its head noun; 卫生 takes 管理 after 加强", () => {
    expect(writtenRemark("继续抓好礼让斑马线", "下一步打算")).toBe("继续抓好礼让斑马线工作");
    // A work named by its doing word reads whole after 抓好.
    expect(writtenRemark("继续抓好垃圾分类", "下一步打算")).toBe("继续抓好垃圾分类");
    expect(writtenRemark("继续抓好文明创建工作", "下一步打算")).toBe("继续抓好文明创建工作");
    expect(writtenRemark("暑期加强车厢卫生，特别是空调车", "下一步打算")).toBe("暑期加强车厢卫生管理，特别是空调车厢");
    expect(writtenRemark("加强食堂卫生", "下一步打算")).toBe("加强食堂卫生管理");
    expect(writtenRemark("加强卫生管理", "下一步打算")).toBe("加强卫生管理");
  });

  it("the practice the 工作亮点 names is the plan's head noun", async () => {
    const text = await summaryTextOf({
      profile: 公交,
      ledgers: {
        文字材料: [
          { 类型: "工作亮点", 内容: "我们公司搞了个“礼让斑马线”积分制，司机礼让一次记一分，月底评比，效果很明显" },
          { 类型: "下一步打算", 内容: "继续抓好礼让斑马线" },
          { 类型: "下一步打算", 内容: "暑期加强车厢卫生，特别是空调车" },
        ],
      },
    });
    expect(text).toContain("一是继续抓好“礼让斑马线”积分制落实；二是暑期加强车厢卫生管理，特别是空调车厢。");
  });
});

describe("item 4: who leads a 领导小组, typed in brackets", () => {
  it("`院创文工作领导小组（检察长任组长）` → `成立以检察长为组长的创文工作领导小组`", async () => {
    const text = await summaryTextOf({
      profile: 检察院,
      ledgers: { 组织保障: [{ 事项类型: "领导小组", 名称或内容: "院创文工作领导小组（检察长任组长）", 数量: 1, 单位: "个", 日期: "2025-01-06", 备注: "党组会研究定的" }] },
    });
    expect(text).toContain("我院于1月6日成立以检察长为组长的创文工作领导小组。");
    expect(text).not.toMatch(/（检察长任组长）/u);
  });

  it("the bracket read as the clause after the group, deputies too; the unit's own word said 本院", () => {
    expect(leaderFolded("院创文工作领导小组（检察长任组长）")).toBe("以检察长为组长的本院创文工作领导小组");
    expect(leaderFolded("局创建工作领导小组(局长任组长、副局长任副组长)")).toBe("以局长为组长、副局长为副组长的本局创建工作领导小组");
    // A bracket that says something else stays for the other rules.
    expect(leaderFolded("创文工作领导小组（2025年调整）")).toBe("创文工作领导小组（2025年调整）");
  });
});
