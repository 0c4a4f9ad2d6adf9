/**
 * Measure words and units that users type after a figure (`552人`, `120 面`, `3.5万元`), and the
 * words that make a figure approximate (约, 余, 多, 近 …). Data only.
 * @module
 */
import type { ApproxKind } from "./types";

/**
 * Measure words and units recognised after a number, longest first when read. Covers every
 * unit of the standard workbook's enumerations (个 家 次 项 人 份 块 面 幅 条 处 张 宗 起 件 人次)
 * and the common ones of 其他指标 (户, 吨, 小时, 万元 is read as 万 × 元 …). A word that is not
 * here makes the cell unreadable, so that `一般` or `一些` never reads as 1.
 */
export const MEASURE_WORDS: readonly string[] = [
  // people and times
  "人次", "户次", "车次", "班次", "架次", "人", "名", "位", "户", "家", "次", "场", "期", "届", "轮", "批", "队", "支",
  // things
  "个", "项", "份", "块", "面", "幅", "条", "处", "张", "宗", "起", "件", "本", "册", "篇", "套", "台", "辆", "部",
  "座", "栋", "幢", "间", "所", "只", "棵", "株", "盏", "根", "把", "顶", "袋", "箱", "桶", "包", "盒", "封", "首",
  "种", "类", "组", "对", "双", "副", "单", "笔", "盆", "扇", "处次", "片", "段", "点", "节", "堂", "课", "站", "群",
  // time
  "小时", "分钟", "天", "日", "周", "月", "年", "课时", "学时",
  // money, measures
  "元", "吨", "公斤", "千克", "斤", "克", "平方米", "平米", "立方米", "方", "公里", "千米", "米", "亩", "千瓦", "千瓦时", "度",
  "㎡", "m²", "m³", "km", "kg",
];

/** Measure words by length, longest first, so that 人次 wins over 人 and 平方米 over 米. */
export const MEASURE_WORDS_LONGEST_FIRST: readonly string[] = [...MEASURE_WORDS].sort((a, b) => b.length - a.length);

/** A word that makes a figure approximate, and where it stands. */
export interface ApproxWord {
  readonly word: string;
  readonly kind: ApproxKind;
}

/** Words typed before the number, longest first: 大约/大概/约 about; 将近/接近/近 nearly. */
export const APPROX_BEFORE: readonly ApproxWord[] = [
  { word: "大约", kind: "about" }, { word: "大概", kind: "about" }, { word: "将近", kind: "nearly" },
  { word: "接近", kind: "nearly" }, { word: "约", kind: "about" }, { word: "近", kind: "nearly" },
];

/**
 * Words typed after the number (before or after its unit: `80余人`, `100人以上`): 余/多/以上 more
 * than (spec: 余 = 余/多/以上), 左右/上下 about.
 */
export const APPROX_AFTER: readonly ApproxWord[] = [
  { word: "以上", kind: "over" }, { word: "左右", kind: "about" }, { word: "上下", kind: "about" },
  { word: "余", kind: "over" }, { word: "多", kind: "over" },
];
