/**
 * New-user test 52 (docs/new-user-test-pane-52.md), D8: `约400` + `15` 服务次数 told as a made-up `约420次`; D9: an 其他
 * publicity row (`微信群推送` 12 条, 方式 发放) told as `发放…其他宣传品12条`; D10: an activity `志愿服务` with 简要内容 `略`
 * told as a point of its own with no 提示; D11/D17/D12: roll-up wording (调整 told as 成立, a named 暗访 made generic, a
 * unit named twice in one 整改率 sentence, a 县/区 honour told as the company's own 评选表彰); D21: `每季度1次` beside 3 次
 * in a half-year, printed both and with no 提示.
 */
import { analyzeWorkbook, standardV1 } from "../src/core";
import { readWorkbook } from "../src/adapters/xlsx/read-workbook";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { summaryTextOf } from "./support/summaries";
import { rolledUpText } from "./support/rollup";

const half = { 单位类型: "社区", 报告年度: 2025, 报告期: "上半年" } as const;

async function findingsOf(content: WorkbookContent): Promise<string[]> {
  const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, content)), standardV1);
  return analysis.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
}

it("D8: `约400` + 15 次 is `约415次`, never the made-up `约420次`", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "县第三中学", ...half, 单位类型: "学校" },
    ledgers: {
      志愿服务: [
        { 队伍名称: "家长志愿者队", 队伍类型: "其他", 注册人数: 40, 服务次数: "约400", "服务时长（小时）": 500 },
        { 队伍名称: "学生志愿服务队", 队伍类型: "少年志愿者", 注册人数: 56, 服务次数: 15, "服务时长（小时）": 300 },
      ],
    },
  });
  expect(text).toContain("约415次");
  expect(text).not.toContain("420");
});

it("D9: an 其他 row `微信群推送` 12 条 is pushed, named by its 位置或内容, never 发放…其他宣传品", async () => {
  const text = await summaryTextOf({
    profile: { 单位名称: "东风社区", ...half },
    ledgers: {
      宣传投放: [
        { 类型: "宣传单", 位置或内容: "垃圾分类入户宣传单", 数量: "1500余", 单位: "份", 方式: "发放" },
        { 类型: "其他", 位置或内容: "微信群推送", 数量: 12, 单位: "条", 方式: "发放" },
      ],
    },
  });
  expect(text).not.toContain("其他宣传品");
  expect(text).toContain("通过微信群推送信息12条");
});

it("D10: an activity `志愿服务` with 简要内容 `略` gets a 提示 and no point of its own", async () => {
  const content: WorkbookContent = {
    profile: { 单位名称: "东风社区", ...half },
    ledgers: {
      活动台账: [
        { 日期: "2025-05-20", 活动名称: "文明楼栋评比", 活动类型: "文体活动", 简要内容: "评出文明楼栋5栋", 参与数量: 200, 单位: "人" },
        { 日期: "2025-06-18", 活动名称: "志愿服务", 活动类型: "志愿服务", 简要内容: "略" },
      ],
    },
  };
  const text = await summaryTextOf(content);
  expect(text).not.toContain("开展1场志愿服务活动");
  expect(await findingsOf(content)).toContain("text.placeholder 活动台账!H4");
});

it("D21: `每季度1次` beside 3 次 in a half-year is a 提示 and only the total is told", async () => {
  const content: WorkbookContent = {
    profile: { 单位名称: "县公积金中心", ...half, 单位类型: "机关部门" },
    ledgers: {
      组织保障: [
        { 事项类型: "领导小组", 名称或内容: "创建文明单位工作领导小组", 日期: "2025-01-06" },
        { 事项类型: "工作会议", 名称或内容: "创文推进会", 数量: 3, 单位: "次", 频次: "每季度1次" },
      ],
    },
  };
  const text = await summaryTextOf(content);
  expect(text).not.toContain("每季度");
  expect(text).toContain("召开创文推进会3次");
  expect(await findingsOf(content)).toContain("value.frequency-total 组织保障!C4");
});

it("D11, D12, D17: the roll-up keeps 调整, the named 暗访, the 县/区 honour as 获评, and names a unit once per sentence", async () => {
  const text = await rolledUpText("县交通运输局", "机关部门", [
    ["县交通运输局", "机关部门", {
      问题整改: [{ 问题类别: "卫生死角", 发现数: 30, 已整改数: 30, 单位: "处" }],
      组织保障: [
        { 事项类型: "领导小组", 名称或内容: "调整创文工作领导小组", 日期: "2025-01-10" },
        { 事项类型: "督查检查", 名称或内容: "行业窗口暗访", 数量: 8, 单位: "次" },
      ],
    }],
    ["县公交公司", "企事业单位", {
      问题整改: [{ 问题类别: "占道经营", 发现数: 20, 已整改数: 20, 单位: "处" }],
      先进典型: [{ 荣誉名称: "最美公交司机", 级别: "县/区", 类别: "敬业奉献", 人数: 3 }],
    }],
    ["县汽车客运站", "企事业单位", {
      组织保障: [{ 事项类型: "领导小组", 名称或内容: "创建工作领导小组", 日期: "2025-02-01" }],
      问题整改: [{ 问题类别: "卫生死角", 发现数: 14, 已整改数: 13, 单位: "处" }],
    }],
  ]);
  expect(text).not.toContain("我局及县汽车客运站成立");
  expect(text).toContain("我局于1月10日调整创文工作领导小组，县汽车客运站成立创建工作领导小组，我局开展行业窗口暗访8次。");
  expect(text).toContain("行业窗口暗访8次");
  expect(text).not.toContain("评选表彰最美公交司机");
  expect(text).toContain("3人获评县级“最美公交司机”");
  expect(text).toContain("县汽车客运站尚有卫生死角问题1处未整改到位，整改率为92.9%，");
});
