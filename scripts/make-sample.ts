/**
 * Regenerates the bundled sample workbooks in samples/ from the project's own template
 * (`npm run sample`). The community sample carries the figures of a real 社区 half-year summary
 * of the genre (shared/reference/example-1): 552多 volunteers, 7 co-building units, 12 cleaners,
 * 70多 bins, 1 vehicle, 300多 responsibility contracts, 4万余元, 120余面 flags, 15 boards,
 * 80余块 ads, 6 + 6 honours, 12 moral lectures and the dated activities; rectification figures
 * and the wording of the text rows are the project's own.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { standardV1 } from "../src/core";
import { writeWorkbook } from "../src/adapters/xlsx/write-workbook";
import type { WorkbookContent } from "../src/adapters/xlsx/content";
import { bureauSample, streetSample, womensFederationSample } from "./sample-workbooks";
import { community2022h1, community2022h2 } from "./sample-community-history";

const d = (date: string) => ({ date });

/** 幸福里社区, 2023 上半年 (figures from the reference community summary). */
export const communitySample: WorkbookContent = {
  profile: {
    单位名称: "幸福里社区居委会",
    单位类型: "社区",
    上级指导单位: "区文明办",
    报告年度: 2023,
    报告期: "上半年",
    常住人口: 8600,
    户数: 3120,
    填报人: "某某某",
    联系电话: "0562-5550123",
    成文日期: d("2023-07-05"),
  },
  ledgers: {
    组织保障: [
      { 事项类型: "领导小组", 名称或内容: "以社区党委书记为组长、各支部书记和网格员为成员的创建工作领导小组", 数量: 1, 单位: "个", 日期: d("2023-01-10") },
      { 事项类型: "工作机制", 名称或内容: "社区“两委”成员包片、工作人员包网格、保洁人员包路段的网格化包保责任制" },
      { 事项类型: "共建单位", 名称或内容: "共驻共建协议，明确共建内容，做到资源共享、文明共创", 数量: 7, 单位: "家" },
      { 事项类型: "督查检查", 名称或内容: "网格员每日走访督查", 备注: "每个网格每天一次" },
    ],
    宣传投放: [
      { 类型: "道旗", 位置或内容: "辖区主干道", 数量: 120, 单位: "面", 方式: "新设", "投入金额（元）": 40000, 日期: d("2023-04-18"), 备注: "〔约数〕数量：120余；〔约数〕投入金额（元）：4万余元" },
      { 类型: "宣传栏", 位置或内容: "小区出入口", 数量: 15, 单位: "块", 方式: "更换", 日期: d("2023-04-20") },
      { 类型: "公益广告", 位置或内容: "辖区显要位置", 数量: 80, 单位: "块", 方式: "新设", 日期: d("2023-05-06"), 备注: "〔约数〕数量：80余" },
    ],
    志愿服务: [
      { 队伍名称: "幸福里社区志愿服务队", 队伍类型: "综合志愿者", 注册人数: 552, 主要服务内容: "环境清扫、文明劝导、关爱帮扶", 备注: "〔约数〕注册人数：552多；含党员志愿者、青年志愿者" },
    ],
    先进典型: [
      { 荣誉名称: "楼栋好人", 级别: "楼栋/小区", 类别: "助人为乐", 人数: 6, 姓名: "某甲、某乙、某丙、某丁、某戊、某己", 日期: d("2023-05-20") },
      { 荣誉名称: "社区好人", 级别: "社区/村", 类别: "敬业奉献", 人数: 6, 日期: d("2023-06-15") },
    ],
    问题整改: [
      { 问题类别: "占道经营", 发现数: 36, 已整改数: 36, 单位: "处", 责任单位: "社区网格站" },
      { 问题类别: "乱张贴", 发现数: 58, 已整改数: 55, 单位: "处", 责任单位: "物业公司" },
      { 问题类别: "卫生死角", 发现数: 24, 已整改数: 24, 单位: "处", 责任单位: "物业公司" },
    ],
    活动台账: [
      ...["01-06", "01-20", "02-03", "02-17", "03-03", "03-17", "04-07", "04-21", "05-05", "05-19", "06-02", "06-16"].map((md, i) => ({
        日期: d(`2023-${md}`), 活动名称: `道德讲堂第${i + 1}期`, 活动类型: "道德讲堂", 参与数量: 40, 单位: "人次", 地点: "社区文化家园",
      })),
      { 日期: d("2023-01-15"), 活动名称: "春节迎春座谈会", 活动类型: "我们的节日", 参与数量: 35, 单位: "人", 简要内容: "听取居民对社区建设的意见建议" },
      { 日期: d("2023-01-18"), 活动名称: "春节春联剪纸送万家", 活动类型: "我们的节日", 参与数量: 120, 单位: "人次" },
      { 日期: d("2023-02-05"), 活动名称: "元宵猜灯谜", 活动类型: "我们的节日", 参与数量: 200, 单位: "人次" },
      { 日期: d("2023-04-04"), 活动名称: "清明祭扫烈士陵园", 活动类型: "我们的节日", 参与数量: 60, 单位: "人" },
      { 日期: d("2023-06-21"), 活动名称: "端午包粽子送空巢老人", 活动类型: "我们的节日", 参与数量: 45, 单位: "人" },
      { 日期: d("2023-03-05"), 活动名称: "学雷锋志愿服务", 活动类型: "志愿服务", 参与数量: 80, 单位: "人", 主办或协办单位: "辖区小学" },
      { 日期: d("2023-06-05"), 活动名称: "世界环境日环保宣传", 活动类型: "环境整治", 参与数量: 60, 单位: "人" },
      { 日期: d("2023-05-12"), 活动名称: "全民大清扫", 活动类型: "环境整治", 参与数量: 150, 单位: "人次", 简要内容: "清理白色垃圾和非法张贴物" },
      { 日期: d("2023-04-10"), 活动名称: "春季灭四害", 活动类型: "环境整治", 简要内容: "在垃圾池、沟渠和居民区集中投放药剂" },
      { 日期: d("2023-06-01"), 活动名称: "六一关爱留守儿童", 活动类型: "关爱帮扶", 参与数量: 30, 单位: "人" },
      { 日期: d("2023-05-28"), 活动名称: "爱国歌曲大家唱", 活动类型: "文体活动", 参与数量: 100, 单位: "人次" },
    ],
    其他指标: [
      { 板块: "环境整治", 指标名称: "小区保洁员", 数值: 12, 单位: "人" },
      { 板块: "环境整治", 指标名称: "垃圾桶", 数值: 70, 单位: "个", 表述: "余" },
      { 板块: "环境整治", 指标名称: "清运机动车辆", 数值: 1, 单位: "辆" },
      { 板块: "环境整治", 指标名称: "与个体工商户及企业签订“四旁三包”责任书", 数值: 300, 单位: "份", 表述: "余" },
    ],
    文字材料: [
      { 类型: "存在不足", 内容: "部分居民参与创建的主动性还不够强，志愿服务的常态化有待加强" },
      { 类型: "存在不足", 内容: "背街小巷的流动摊点和乱张贴问题时有反复，长效管理还需巩固" },
      { 类型: "下一步打算", 内容: "结合棚户区改造，配套完善小区文化健身场所和停车设施" },
      { 类型: "下一步打算", 内容: "聚焦菜市场周边秩序，持续治理流动摊点、出店经营和非法小广告" },
      { 类型: "下一步打算", 内容: "加强对物业公司日常保洁的监督，发挥网格员包保作用" },
      { 类型: "下一步打算", 内容: "深化社区文化月活动，办好文化家园，丰富居民精神文化生活" },
      { 类型: "下一步打算", 内容: "做好好人评选推荐，加强社会公德、职业道德和家庭美德教育" },
      { 类型: "下一步打算", 内容: "完善创建工作责任制和考评机制，推动文明创建常态长效" },
    ],
  },
};

/** Every sample workbook by file name (samples/), one per unit profile plus the community's earlier periods. */
export const samples: Readonly<Record<string, WorkbookContent>> = {
  "community-2023-h1.xlsx": communitySample,
  "community-2022-h1.xlsx": community2022h1,
  "community-2022-h2.xlsx": community2022h2,
  "street-2023.xlsx": streetSample,
  "bureau-2023-h1.xlsx": bureauSample,
  "womens-federation-2023.xlsx": womensFederationSample,
};

async function main(): Promise<void> {
  const dir = join(__dirname, "..", "..", "..", "samples");
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(samples)) {
    const file = join(dir, name);
    writeFileSync(file, await writeWorkbook(standardV1, content));
    process.stdout.write(`已生成 ${file}\n`);
  }
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
