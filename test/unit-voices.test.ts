/**
 * Unit types read as a 文明办 editor would before new-user test 19 (a 景区管理处, a 物业公司): each unit's own field in
 * its headings and leads, people's conduct 纠正-ed, a festival list said once.
 */
import { analyzeWorkbook, profileFor, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { SeedValue } from "../src/adapters/xlsx/content";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./support/cli";
import { summaryTextOf } from "./support/summaries";

type Ledgers = Record<string, Record<string, SeedValue>[]>;

const textOf = (name: string, type: string, ledgers: Ledgers): Promise<string> =>
  summaryTextOf({ profile: { 单位名称: name, 单位类型: type, 报告年度: 2025, 报告期: "上半年" }, ledgers });

it("a 景区管理处 speaks of visitors and 景区管理, says 我处, and 纠正-s visitors' 不文明行为; no lead twice", async () => {
  const text = await textOf("江城东湖风景区管理处", "企事业单位", {
    组织保障: [{ 事项类型: "工作会议", 名称或内容: "创建工作推进会", 数量: 3, 单位: "次" }],
    宣传投放: [{ 类型: "公益广告", 位置或内容: "游客中心", 数量: 45, 单位: "块", 方式: "新设", "投入金额（元）": 27000 }],
    志愿服务: [{ 队伍名称: "文明旅游志愿服务队", 队伍类型: "其他", 注册人数: 120, "服务时长（小时）": 3600 }],
    问题整改: [{ 问题类别: "其他", 备注: "不文明行为", 发现数: 860, 已整改数: 860, 单位: "起" }, { 问题类别: "卫生死角", 发现数: 35, 已整改数: 33, 单位: "处" }],
    活动台账: [
      { 日期: 45778, 活动名称: "五一文明旅游劝导", 活动类型: "志愿服务", 参与数量: 1500, 单位: "人次" },
      { 日期: 45796, 活动名称: "中国旅游日文明旅游宣传", 活动类型: "宣传教育", 参与数量: 3000, 单位: "人次" },
    ],
  });
  expect(text).toContain("加强景区管理，优化游览环境");
  expect(text).toContain("倡导文明旅游，营造创建氛围");
  expect(text).toContain("深化志愿服务，惠及广大游客");
  expect(text).toContain("纠正不文明行为860起，清理卫生死角33处");
  expect(text).not.toMatch(/包保|引导职工|职工志愿服务/u);
  const leads = [...text.matchAll(/[一二三四五]是([^。]{2,6})。/gu)].map((m) => m[1]);
  expect(leads.length).toBeGreaterThan(3);
  expect(new Set(leads).size).toBe(leads.length);
  const self = (type: string, name: string): string => profileFor(type, name).self(type, name);
  expect([self("企事业单位", "江城东湖风景区管理处"), self("机关部门", "东湖街道办事处"), self("机关部门", "江城市公安局交通警察支队城东大队"), self("机关部门", "长江路消防救援站")]).toEqual(["我处", "我单位", "我大队", "我站"]);
});

it("a 物业公司 speaks of its 小区 and owners, never a company's 包保 or 职工; 高空抛物 is 纠正-ed", async () => {
  const text = await textOf("江城市锦绣物业服务有限公司", "企事业单位", {
    志愿服务: [{ 队伍名称: "业主志愿者服务队", 队伍类型: "综合志愿者", 注册人数: 68 }],
    问题整改: [{ 问题类别: "占道堆放", 发现数: 142, 已整改数: 138, 单位: "处" }, { 问题类别: "其他", 备注: "高空抛物", 发现数: 5, 已整改数: 3, 单位: "起" }],
    宣传投放: [{ 类型: "横幅", 位置或内容: "垃圾分类", 数量: 20, 单位: "条", 方式: "新设" }],
  });
  expect(text).toContain("一、加强小区管理，改善人居环境");
  // Problems in 处 and 起, some open: each with found and rectified (new-user test 25, D4), 巡查发现 of its own estates.
  expect(text).toContain("　　巡查发现占道堆放问题142处，已整改138处；高空抛物行为5起，已纠正3起。");
  expect(text).toContain("组织志愿服务，共建美好家园");
  expect(text).not.toMatch(/包保|职工/u);
});

it("two festivals with one activity each are named once (围绕春节和端午节……2场), never `其中春节和端午节各1场` again", async () => {
  const ledgers = (extra: Record<string, SeedValue>[]): Ledgers => ({
    活动台账: [
      // In one measure word: turnouts in 人 and 人次 are told activity by activity instead (new-user test 23, D11).
      { 日期: 45682, 活动名称: "迎新春写春联送祝福", 活动类型: "我们的节日", 参与数量: 300, 单位: "人" },
      { 日期: 45808, 活动名称: "端午包粽子", 活动类型: "我们的节日", 参与数量: 120 },
      ...extra,
    ],
  });
  const once = await textOf("幸福里社区居委会", "社区", ledgers([]));
  expect(once).toMatch(/围绕春节和端午节，[^。]*2场[^。]*。/u);
  expect(once).not.toContain("其中");
  const twice = await textOf("幸福里社区居委会", "社区", ledgers([{ 日期: 45809, 活动名称: "端午诵读经典", 活动类型: "我们的节日", 参与数量: 80 }]));
  expect(twice).toContain("其中春节1场，端午节2场");
});

it("a 税务分局's 调整……领导小组 gets no 成立 before it; a partner count goes with the partners (与2家联系社区签订……)", async () => {
  const text = await textOf("江城市税务局东湖税务分局", "机关部门", {
    组织保障: [
      { 事项类型: "领导小组", 名称或内容: "调整创文工作领导小组", 数量: 1, 单位: "个" },
      { 事项类型: "共建单位", 名称或内容: "与联系社区签订共建协议", 数量: 2, 单位: "家" },
      { 事项类型: "工作会议", 名称或内容: "创文工作推进会", 数量: 4, 单位: "次" },
    ],
  });
  expect(text).toContain("我局调整创文工作领导小组。");
  expect(text).toContain("与2家联系社区签订共建协议。");
  expect(text).not.toMatch(/成立调整|涉及单位/u);
});

it("a district's roll-up of 街道: their 区级 好人 are 选树-ed; problems open in 处, 起 and 宗 said by category; 99.5% and 99.5% are level", async () => {
  const dir = mkdtempSync(join(tmpdir(), "voices-district-"));
  const street = (name: string, problems: Record<string, SeedValue>[]): Promise<string> => {
    const file = join(dir, `${name}.xlsx`);
    return writeWorkbook(standardV1, {
      profile: { 单位名称: name, 单位类型: "街道", 报告年度: 2025, 报告期: "上半年" },
      ledgers: { 问题整改: problems, 先进典型: [{ 荣誉名称: "东湖好人", 级别: "县/区", 人数: 2 }, { 荣誉名称: "文明家庭", 级别: "街道/乡镇", 人数: 20 }] },
    }).then((bytes) => (writeFileSync(file, bytes), file));
  };
  const files = await Promise.all([
    street("东湖街道办事处", [{ 问题类别: "占道经营", 发现数: 121, 已整改数: 119, 单位: "处" }, { 问题类别: "乱张贴", 发现数: 300, 已整改数: 300, 单位: "处" }]),
    street("南湖街道办事处", [{ 问题类别: "占道经营", 发现数: 80, 已整改数: 75, 单位: "起" }, { 问题类别: "噪音扰民", 发现数: 12, 已整改数: 10, 单位: "宗" }]),
    street("西湖街道办事处", [{ 问题类别: "占道经营", 发现数: 123, 已整改数: 121, 单位: "处" }, { 问题类别: "乱张贴", 发现数: 300, 已整改数: 300, 单位: "处" }]),
  ]);
  const out = join(dir, "district.xlsx");
  await cli("rollup", ...files, "-o", out, "--unit", "江城市东湖区文明办");
  const text = (await cli("summarize", out, "-o", dir, "--text", "-")).out;
  expect(text).toContain("各街道共选树各类先进典型6人，其中东湖街道2人、南湖街道2人、西湖街道2人，60户家庭获评街道级“文明家庭”。");
  // Three streets are not known to be the whole district (new-user test 32, D10): `各街道`, never `全区`.
  expect(text).toContain("各街道尚有占道经营问题4处、5起，噪音扰民问题2宗未整改到位，需持续跟进。");
  expect(text).not.toMatch(/4处、5起、2宗|整改进度相对滞后/u);
});

it("a 市场监管所's shops and a 物业公司's buildings honoured are counted as such (3家商户获评……, 评出文明楼栋12栋), never as people", async () => {
  const market = await textOf("南湖市场监管所", "机关部门", {
    先进典型: [{ 荣誉名称: "星级文明经营户", 级别: "县/区", 人数: 12 }, { 荣誉名称: "诚信经营示范店", 级别: "市", 人数: 3 }, { 荣誉名称: "文明示范街", 级别: "市", 人数: 1 }],
  });
  expect(market).toContain("3家商户获评市级“诚信经营示范店”，获评市级“文明示范街”1条，12家商户获评县（区）级“星级文明经营户”。");
  const estate = await textOf("锦绣物业服务有限公司", "企事业单位", { 先进典型: [{ 荣誉名称: "文明楼栋", 级别: "本单位", 人数: 12 }, { 荣誉名称: "优秀保洁员", 级别: "本单位", 人数: 5 }] });
  expect(estate).toContain("评选表彰优秀保洁员5人；评出文明楼栋12栋。");
});

it("a 市场监管所 guided by the district bureau puts the guidance first: never `监管所在区市场监管局的指导下` (所在)", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "南湖市场监管所", 单位类型: "机关部门", 上级指导单位: "区市场监管局", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [{ 问题类别: "占道经营", 发现数: 56, 已整改数: 56, 单位: "起" }] },
  });
  expect(text).toContain("2025年上半年，在区市场监管局的指导下，南湖市场监管所");
  expect(text).not.toContain("所在区");
});

it("a university's forced roll-up with one college's only problem row left out never says 各学院整改率均达100%", async () => {
  const dir = mkdtempSync(join(tmpdir(), "voices-college-"));
  const college = async (name: string, found: number, rectified: number): Promise<string> => {
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, await writeWorkbook(standardV1, {
      profile: { 单位名称: `江城大学${name}`, 单位类型: "学校", 报告年度: 2025, 报告期: "上半年" },
      ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: found, 已整改数: rectified, 单位: "处" }] },
    }));
    return file;
  };
  const files = [await college("外国语学院", 13, 13), await college("机械工程学院", 14, 14), await college("经济管理学院", 10, 14)];
  const out = join(dir, "uni.xlsx");
  await cli("rollup", ...files, "-o", out, "--unit", "江城大学", "--force");
  const text = (await cli("summarize", out, "-o", dir, "--text", "-", "--force")).out;
  // The total's 100% is said once; no college's 100% again after it (new-user test 57, D10).
  expect(text).toContain("全校共排查发现卫生死角问题27处，已整改27处，整改率达100%。");
  expect(text).not.toContain("均达100%");
  expect(text).not.toContain("学院整改率达100%");
});

it("an activity named by what was worked on is said as the work (集中清理背街小巷); 全民大清扫 and 春季环境整治 stay names", async () => {
  const text = await textOf("幸福里社区居委会", "社区", {
    活动台账: [
      { 日期: 45700, 活动名称: "背街小巷集中清理", 活动类型: "环境整治", 参与数量: 40 },
      { 日期: 45760, 活动名称: "全民大清扫", 活动类型: "环境整治", 参与数量: 150 },
      { 日期: 45770, 活动名称: "春季环境整治", 活动类型: "环境整治", 参与数量: 60 },
    ],
  });
  expect(text).toContain("集中清理背街小巷");
  expect(text).toContain("“全民大清扫”");
  expect(text).toContain("“春季环境整治”");
  expect(text).not.toMatch(/清扫全民大|整治春季环境/u);
});

it("a 市场监管所's weekly market checks: never `开展农贸市场周检查` 每周, nor `累计检查4个` for the four markets checked", async () => {
  const text = await textOf("南湖市场监管所", "机关部门", {
    组织保障: [{ 事项类型: "督查检查", 名称或内容: "农贸市场周检查", 数量: 24, 单位: "次", 频次: "每周1次" }],
    其他指标: [{ 板块: "环境整治", 指标名称: "检查农贸市场", 数值: 4, 单位: "个", 频次: "每周1次" }],
  });
  expect(text).toContain("坚持每周开展农贸市场检查1次，累计开展24次。");
  expect(text).toContain("坚持每周对4个农贸市场检查1次。");
  expect(text).not.toMatch(/周检查1次|累计检查4个/u);
});

it("a problem counted in 批次 is an error that says how to count it (处, 起, 件; the batches in 备注); 家 is in the list (new-user test 33)", async () => {
  const snapshot = await readWorkbook(await writeWorkbook(standardV1, {
    profile: { 单位名称: "南湖市场监管所", 单位类型: "机关部门", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [{ 问题类别: "占道经营", 发现数: 56, 已整改数: 56, 单位: "家" }, { 问题类别: "其他", 发现数: 38, 已整改数: 35, 单位: "批次", 备注: "价格标签不规范" }] },
  }));
  const enumFindings = analyzeWorkbook(snapshot, standardV1).findings.filter((f) => f.rule === "value.enum").map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.message}`);
  const how = "问题按处、起、件等计数（商户、住户的问题可按户、家计）：一批的问题记为1处（1起、1件），涉及的批次可写在“备注”中。";
  expect(enumFindings).toEqual([
    `error 问题整改!D4 “单位”不能填“批次”，请从下拉列表中选择：宗、处、起、块、个、件、户、家、间、条、车。${how}`,
  ]);
});

it("a hospital's 江城好医生 is an honour, not a doctor's name; its 表彰大会 is 召开-ed and a gala 举办-ed", async () => {
  const text = await textOf("江城市第一人民医院", "企事业单位", {
    先进典型: [{ 荣誉名称: "江城好医生", 级别: "市", 人数: 2, 姓名: "张某、李某" }],
    活动台账: [
      { 日期: 45789, 活动名称: "护士节表彰大会", 活动类型: "会议培训", 参与数量: 300, 单位: "人" },
      { 日期: 45809, 活动名称: "六一文艺汇演", 活动类型: "文体活动", 参与数量: 1500, 单位: "人" },
    ],
  });
  expect(text).toContain("2人获评市级“江城好医生”");
  expect(text).not.toContain("“”");
  expect(text).toContain("5月12日召开护士节表彰大会，300人参加。");
  expect(text).toContain("6月1日举办“六一文艺汇演”，参与1500人。");
});

it("a hospital's 受益群众 under 其他 goes with the 义诊 before it; 医院周边环境整治 at 医院周边道路 names its place once", async () => {
  const text = await textOf("江城市第一人民医院", "企事业单位", {
    活动台账: [{ 日期: 45828, 活动名称: "医院周边环境整治", 活动类型: "环境整治", 参与数量: 80, 单位: "人", 地点: "医院周边道路" }],
    其他指标: [{ 板块: "其他", 指标名称: "开展义诊", 数值: 18, 单位: "场" }, { 板块: "其他", 指标名称: "受益群众", 数值: 5000, 单位: "人次", 表述: "余" }],
  });
  expect(text).toContain("开展义诊18场，受益群众5000余人次。");
  expect(text).not.toContain("统筹推进其他创建工作");
  expect(text).toContain("6月20日整治医院周边环境，参与80人。");
});

it("a school's 主题班会 is 召开-ed (召开主题班会96节), never a bare topic", async () => {
  const text = await textOf("江城市第三中学", "学校", { 其他指标: [{ 板块: "道德建设", 指标名称: "主题班会", 数值: 96, 单位: "节" }] });
  expect(text).toContain("召开主题班会96节。");
});

it("a bank's branch says 我行; a village's 美丽庭院 are households (12户家庭获评……), never people; an 爱心服务 takes no second label", async () => {
  const bank = await textOf("中国工商银行江城分行营业部", "企事业单位", {
    组织保障: [{ 事项类型: "领导小组", 名称或内容: "文明创建工作领导小组", 数量: 1, 单位: "个" }],
    活动台账: [{ 日期: 45798, 活动名称: "“劳动者港湾”爱心服务", 活动类型: "关爱帮扶", 参与数量: 1200, 单位: "人次" }],
  });
  expect(bank).toContain("我行成立文明创建工作领导小组。");
  expect(bank).toContain("开展“劳动者港湾”爱心服务活动，参与1200人次。");
  expect(bank).not.toContain("关爱帮扶活动");
  const village = await textOf("青山镇柳树湾村村委会", "村", { 先进典型: [{ 荣誉名称: "美丽庭院", 级别: "县/区", 人数: 12 }, { 荣誉名称: "好婆婆", 级别: "街道/乡镇", 人数: 3 }] });
  expect(village).toContain("12户家庭获评县级“美丽庭院”");
  expect(village).not.toContain("12人获评");
});

it("an exact count of the very work one activity did is said with it as its total (共拆除12处); an approximate one stays the period's", async () => {
  const text = await textOf("幸福里社区居委会", "社区", {
    活动台账: [{ 日期: 45700, 活动名称: "背街小巷违章搭建拆除", 活动类型: "环境整治" }, { 日期: 45760, 活动名称: "全民大清扫", 活动类型: "环境整治" }],
    其他指标: [{ 板块: "环境整治", 指标名称: "拆除违章搭建", 数值: 12, 单位: "处" }],
  });
  expect(text).toContain("拆除背街小巷违章搭建，共拆除12处");
});

it("a hospital whose problems are all on its premises (院内吸烟, 停车场) speaks of its 院区, never of 包保 and 责任区域; one with a 责任路段 keeps 包保", async () => {
  const profile = { 单位名称: "江城市第一人民医院", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" };
  const inside = await summaryTextOf({ profile, ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 30, 已整改数: 30, 单位: "起", 备注: "院内吸烟" }, { 问题类别: "卫生死角", 发现数: 12, 已整改数: 10, 单位: "处", 备注: "住院部楼道" }] } });
  expect(inside).toContain("一、整治院区环境，改善就医秩序");
  expect(inside).not.toMatch(/包保|责任区域/u);
  const street = await summaryTextOf({ profile, ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: 12, 已整改数: 10, 单位: "处", 备注: "光明路责任路段" }] } });
  expect(street).toContain("履行包保责任");
});

it("a thing put in place (设立爱心座椅20把) heads no opening beside the unit's national honour; work done does, unless a short body says it as a sentence of its own", async () => {
  const profile = { 单位名称: "江城市公交集团第三分公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" };
  const honour = { 荣誉名称: "全国文明单位", 级别: "全国", 人数: 1 };
  const seats = { 板块: "设施建设", 指标名称: "设立爱心座椅", 数值: 20, 单位: "把" };
  expect(await summaryTextOf({ profile, ledgers: { 先进典型: [honour], 其他指标: [seats] } })).toContain("2025年上半年，江城市公交集团第三分公司获评“全国文明单位”。");
  // The body's `一是整治保障。清洗公交站亭12座。` tells the work once (new-user test 32, D6: never the opening's figure again as the
  // body's whole sentence); it heads the opening beside a longer body.
  const washed = await summaryTextOf({ profile, ledgers: { 先进典型: [honour], 其他指标: [seats, { 板块: "环境整治", 指标名称: "清洗公交站亭", 数值: 12, 单位: "座" }] } });
  expect(washed).toContain("　　2025年上半年，江城市公交集团第三分公司获评“全国文明单位”。现将有关情况总结如下。\n　　一是整治保障。清洗公交站亭12座。");
});

it("a school's 每班每月2节 of 文明礼仪教育 (48节 in all) is the frequency with its 每班 and a total, never `每月开展48节`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "江城市第二中学", 单位类型: "学校", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 其他指标: [{ 板块: "宣传教育", 指标名称: "开展文明礼仪教育", 数值: 48, 单位: "节", 备注: "每班每月2节" }] },
  });
  expect(text).toContain("坚持每班每月开展文明礼仪教育2节，累计开展48节。");
  expect(text).not.toContain("每月开展48节");
});

it("a mall speaks of 经营秩序 and 文明消费, never 履行包保责任 or 引导职工参与", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "江城万达广场商业管理有限公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 问题整改: [{ 问题类别: "卫生死角", 发现数: 8, 已整改数: 8, 单位: "处" }], 宣传投放: [{ 类型: "公益广告", 位置或内容: "停车场", 数量: 30, 单位: "块", 方式: "新设" }] },
  });
  expect(text).toContain("、规范经营秩序，优化购物环境");
  expect(text).toContain("、加强宣传引导，倡导文明消费");
  expect(text).not.toMatch(/包保|引导职工|责任区域/u);
});

it("who did it comes counted before what they did: `260家商户签订文明经营承诺书`, never `商户签订……260家`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "江城万达广场商业管理有限公司", 单位类型: "企事业单位", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 其他指标: [{ 板块: "其他", 指标名称: "商户签订文明经营承诺书", 数值: 260, 单位: "家" }] },
  });
  expect(text).toContain("260家商户签订文明经营承诺书");
  expect(text).not.toContain("承诺书260家");
});

it("a town's 市级文明村镇 is its own honour, won (获评“市级文明村镇”), never `1人获评`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "江城区白沙镇人民政府", 单位类型: "乡镇", 报告年度: 2025, 报告期: "上半年" },
    ledgers: { 先进典型: [{ 荣誉名称: "市级文明村镇", 级别: "市", 人数: 1 }, { 荣誉名称: "白沙好人", 级别: "街道/乡镇", 人数: 12 }] },
  });
  expect(text).toContain("获评“市级文明村镇”");
  expect(text).not.toContain("1人获评");
});
