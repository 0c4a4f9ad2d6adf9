/**
 * New-user test 58 (docs/new-user-test-pane-58.md): staff's free text in 备注, 简要内容 and 文字材料.
 * D1: `派出所老张他们每周一起去` (每周 + 一起) was read as 每周一 (Monday): `坚持每周一实行出租屋管理，联合派出所上门。`
 * D3: a spoken 下一步打算 `那个导游讲解员志愿者要再招一批` printed verbatim; D17: `宿舍卫生时好时坏`, `争取明年再上一个台阶`,
 * `管理跟不上` printed as typed.
 * D7: a 其他 problem whose 备注 says who found it (`宿舍违规使用大功率电器，宿管阿姨查出来的`) read `其他问题60间`.
 * D6: a half-dropped 简要内容 left `还给老人测量血压` dangling after the activity's name.
 * D8: a visitor count in 简要内容 (`客流量最大的一天有2万多人`) printed beside the turnout.
 * D11: a 组织保障 name that says its frequency again (`校园文明督导 每周查一次宿舍楼和教学楼`, 频次 每周1次).
 * D18b: `给老人包饺子，理发` → `为老人包饺子、理发`.
 */
import { frequencyOf } from "../src/core/facts/remark";
import { summaryTextOf } from "./support/summaries";

const 街道 = { 单位名称: "城关街道办事处", 单位类型: "街道", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "下半年", 成文日期: "2025-12-30" };
const 学院 = { 单位名称: "青山职业技术学院", 单位类型: "学校", 上级指导单位: "县文明办", 报告年度: 2025, 报告期: "全年", 成文日期: "2025-12-28" };
const 景区 = { 单位名称: "青山湖景区管理处", 单位类型: "企事业单位", 上级指导单位: "县文旅局", 报告年度: 2025, 报告期: "上半年", 成文日期: "2025-07-05" };

describe("D1: 每周一起 is every week, together — never Monday", () => {
  it.each([
    ["派出所老张他们每周一起去", "每周"],
    ["每天一起巡查", "每日"],
    ["每月一同入户", "每月"],
    ["每周一块儿去", "每周"],
    ["每周一道上门", "每周"],
    ["每周一开展", "每周一"],
    ["每周一次", "每周"],
  ])("%s → %s", (typed, every) => {
    expect(frequencyOf(typed)?.every).toBe(every);
  });

  it("the 组织保障 row reads as one clause", async () => {
    const text = await summaryTextOf({
      profile: 街道,
      ledgers: { 组织保障: [{ 事项类型: "其他", 名称或内容: "出租屋管理 联合派出所上门", 备注: "派出所老张他们每周一起去" }] },
    });
    expect(text).not.toContain("每周一");
    expect(text).toContain("坚持每周联合派出所上门开展出租屋管理。");
  });
});

describe("D3, D17: spoken 下一步打算 and 存在不足 in written form", () => {
  it("`那个导游讲解员志愿者要再招一批` → `进一步招募导游讲解员志愿者`", async () => {
    const text = await summaryTextOf({
      profile: 景区,
      ledgers: {
        活动台账: [{ 日期: "2025-04-05", 活动名称: "清明文明祭扫劝导", 活动类型: "志愿服务", 参与数量: 30, 单位: "人" }],
        文字材料: [
          { 类型: "下一步打算", 内容: "完善节假日客流预警和疏导机制" },
          { 类型: "下一步打算", 内容: "那个导游讲解员志愿者要再招一批" },
        ],
      },
    });
    expect(text).toContain("一是完善节假日客流预警和疏导机制；二是进一步招募导游讲解员志愿者。");
  });

  it("`时好时坏`, `再上一个台阶`, `管理跟不上`", async () => {
    const text = await summaryTextOf({
      profile: 学院,
      ledgers: {
        活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务日", 活动类型: "志愿服务", 参与数量: 30, 单位: "人" }],
        文字材料: [
          { 类型: "存在不足", 内容: "部分学生文明意识还不强，宿舍卫生时好时坏" },
          { 类型: "存在不足", 内容: "老旧小区改造后管理跟不上" },
          { 类型: "下一步打算", 内容: "继续抓好文明宿舍评比，争取明年再上一个台阶" },
        ],
      },
    });
    expect(text).toContain("一是部分学生文明意识还不强，宿舍卫生保持不够稳定；二是老旧小区改造后管理机制尚不健全。");
    // A plan's 明年 is the year after the report's (new-user test 64, D11: docs/new-user-test-pane-64.md).
    expect(text).toContain("继续抓好文明宿舍评比，力争2026年再上新台阶。");
  });
});

describe("D7: a 其他 problem is named by its 备注's leading noun phrase", () => {
  it.each([["宿舍违规使用大功率电器，宿管阿姨查出来的"], ["宿舍违规使用大功率电器，是宿管阿姨发现的"], ["宿舍违规使用大功率电器"]])("%s", async (备注) => {
    const text = await summaryTextOf({
      profile: 学院,
      ledgers: { 问题整改: [{ 问题类别: "其他", 发现数: 60, 已整改数: 55, 单位: "间", 备注 }] },
    });
    expect(text).not.toContain("其他问题");
    expect(text).toContain("60间宿舍存在违规使用大功率电器问题");
    expect(text).not.toMatch(/宿管|查出来|发现的/u);
  });
});

describe("D6, D18b: 简要内容 in written form, never a dangling 还", () => {
  it("`同学们去广场上帮忙打扫卫生，还给老人量血压，大家都挺积极的`", async () => {
    const text = await summaryTextOf({
      profile: 学院,
      ledgers: { 活动台账: [{ 日期: "2025-03-05", 活动名称: "学雷锋志愿服务日", 活动类型: "志愿服务", 参与数量: "三十余", 单位: "人", 地点: "县城广场", 主办或协办单位: "院团委", 简要内容: "同学们去广场上帮忙打扫卫生，还给老人量血压，大家都挺积极的" }] },
    });
    expect(text).not.toMatch(/[，。]还给/u);
    expect(text).toContain("3月5日院团委在县城广场开展“学雷锋志愿服务日”活动，打扫卫生、为老人测量血压，参与30余人");
  });

  it("`给老人包饺子，理发` → `为老人包饺子、理发`", async () => {
    const text = await summaryTextOf({
      profile: 街道,
      ledgers: { 活动台账: [{ 日期: "2025-10-29", 活动名称: "重阳节敬老爱老", 活动类型: "我们的节日", 参与数量: 80, 单位: "人", 地点: "新时代文明实践所", 主办或协办单位: "巾帼志愿服务队", 简要内容: "给老人包饺子，理发" }] },
    });
    expect(text).toContain("开展“重阳节敬老爱老”活动，为老人包饺子、理发，参与80人。");
  });
});

describe("D8: a visitor count is no content of an activity", () => {
  it("`五一假期连续5天在各景点劝导，客流量最大的一天有2万多人`", async () => {
    const text = await summaryTextOf({
      profile: 景区,
      ledgers: { 活动台账: [{ 日期: "2025-05-01", 活动名称: "五一文明旅游劝导", 活动类型: "志愿服务", 参与数量: 45, 单位: "人", 地点: "各景点", 主办或协办单位: "青年志愿者文明劝导队", 简要内容: "五一假期连续5天在各景点劝导，客流量最大的一天有2万多人" }] },
    });
    expect(text).not.toContain("多人");
    expect(text).not.toContain("客流量");
    expect(text).toContain("开展“五一文明旅游劝导”志愿服务活动，五一假期连续5天在各景点劝导，参与45人。");
  });
});

describe("D11: the frequency said once, `查一次` in writing", () => {
  it("`校园文明督导 每周查一次宿舍楼和教学楼`, 频次 每周1次, 四十余 次", async () => {
    const text = await summaryTextOf({
      profile: 学院,
      ledgers: { 组织保障: [{ 事项类型: "督查检查", 名称或内容: "校园文明督导 每周查一次宿舍楼和教学楼", 数量: "四十余", 单位: "次", 频次: "每周1次" }] },
    });
    expect(text).toContain("坚持每周开展校园文明督导1次，重点检查宿舍楼和教学楼，累计开展40余次。");
  });
});

describe("D3, D17: check says the written form at the cell", () => {
  it("text.spoken 书面 for the rewritten rows", async () => {
    const { analyzeWorkbook, standardV1 } = await import("../src/core");
    const { readWorkbook } = await import("../src/adapters/xlsx/read-workbook");
    const { writeWorkbook } = await import("../src/adapters/xlsx/write-workbook");
    const analysis = analyzeWorkbook(await readWorkbook(await writeWorkbook(standardV1, {
      profile: 景区,
      ledgers: {
        文字材料: [
          { 类型: "下一步打算", 内容: "那个导游讲解员志愿者要再招一批" },
          { 类型: "存在不足", 内容: "老旧小区改造后管理跟不上" },
          { 类型: "下一步打算", 内容: "那个停车场的事再研究" },
        ],
      },
    })), standardV1);
    const spoken = analysis.findings.filter((f) => f.rule === "text.spoken").map((f) => `${f.cell} ${f.message}`);
    expect(spoken.find((m) => m.startsWith("B3 "))).toContain("进一步招募导游讲解员志愿者");
    expect(spoken.find((m) => m.startsWith("B4 "))).toContain("老旧小区改造后管理机制尚不健全");
    expect(spoken.find((m) => m.startsWith("B5 "))).toContain("那个停车场的事再研究");
  });
});

describe("D8: the class of visitor counts", () => {
  it.each([["客流量最大的一天有2万多人"], ["游客达5000余人次"], ["当天人流量超过1万人"], ["观众有两百多人"]])("%s is no content", async (clause) => {
    const { noContentWhy } = await import("../src/core/facts/remark");
    expect(noContentWhy(clause)).toBe("talk");
  });
  it.each([["劝导游客200余人次"], ["为游客提供咨询服务"]])("%s stays", async (clause) => {
    const { noContentWhy } = await import("../src/core/facts/remark");
    expect(noContentWhy(clause)).toBeUndefined();
  });
});
