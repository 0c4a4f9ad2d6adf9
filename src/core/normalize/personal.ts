/**
 * Contact data in free text: mobile and landline numbers, ID card numbers, and the words that
 * introduce them. The narrative removes these (and names, facts/remark.ts) before anything is
 * printed (v2 rule 13); the checks warn where they are typed into a column that is printed.
 * @module
 */

/** Mobile, landline, ID card number, a 学号 or 工号, and the labels `联系人`, `联系电话`, `电话：`, `手机：`, `身份证`. */
/**
 * A mobile number as people type it: `13955102233`, grouped 3-4-4 with spaces or dashes
 * (`139-5510-2233`, `139 5510 2233`), with or without `+86` (new-user test 7, D13).
 */
export const MOBILE = "(?:\\+?86[-\\s]?)?1[3-9]\\d(?:[-\\s]?\\d{4}){2}";

/** A mobile, a landline and an ID card number, each bounded so that it is not part of a longer number. */
const NUMBERS = [
  `(?<![\\d+])${MOBILE}(?!\\d)`, "(?<!\\d)0\\d{2,3}[-\\s]?\\d{7,8}(?!\\d)", "(?<![\\dA-Za-z])\\d{17}[\\dXx](?![\\dA-Za-z])",
  // A bank card (16–19 digits), an e-mail address, a licence plate (`苏A12345`), a 微信号 or QQ号 after its label
  // (new-user test 26, D29: all printed in a summary before).
  "(?<!\\d)\\d{16,19}(?!\\d)",
  // Starting only where a run of such characters starts: else a long run with no `@` is tried from each of its characters.
  "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}",
  "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z]·?[A-Z0-9]{5,6}(?![A-Za-z0-9])",
  "(?:微信号?|微信ID|QQ号?|qq号?)[:：]?\\s*[A-Za-z0-9_-]{5,20}",
];

export const CONTACT_PATTERNS: readonly RegExp[] = [
  ...NUMBERS.map((n) => new RegExp(n, "u")), // mobile, landline, ID card
  /联系人|联系电话|电话[:：]|手机[:：]|身份证/u,
  // A student's or employee's number identifies the person as surely as a name (new-user test 15, D7).
  /(?:学号|工号|警号|学籍号|考号|准考证号|员工编号)[:：]?\s*[A-Za-z]?\d{4,}/u,
];

/** True when `text` holds a phone or ID card number or a contact label. */
export function hasContactData(text: string): boolean {
  return CONTACT_PATTERNS.some((re) => re.test(text));
}

/** The kinds of number contactNumbersIn names, each with its pattern (an ID card before a bank card: both are 18 digits). */
const NUMBER_KINDS: readonly (readonly [string, RegExp])[] = [
  ["手机号码", new RegExp(NUMBERS[0], "u")],
  ["电话号码", new RegExp(NUMBERS[1], "u")],
  ["身份证号", new RegExp(NUMBERS[2], "u")],
  ["银行卡号", new RegExp(NUMBERS[3], "u")],
  ["电子邮箱", new RegExp(NUMBERS[4], "u")],
  ["车牌号", new RegExp(NUMBERS[5], "u")],
  ["微信号或QQ号", new RegExp(NUMBERS[6], "u")],
  ["学号或工号", CONTACT_PATTERNS[CONTACT_PATTERNS.length - 1]],
];

/**
 * What personal numbers `text` holds, named as a user says them (`手机号码、身份证号`), or "" when none: a label alone
 * (`联系人`) is none. For the 提示 on a 备注 (value.personal; new-user test 38, D27). An 18-digit ID card number is no
 * bank card too.
 */
export function contactNumbersIn(text: string): string {
  const kinds = NUMBER_KINDS.filter(([kind, re]) => re.test(kind === "银行卡号" ? text.replace(new RegExp(NUMBERS[2], "gu"), "") : text)).map(([kind]) => kind);
  return kinds.join("、");
}

/** A phone, ID card, 学号 or 工号 number with the label before it (withoutContactNumbers). */
const NUMBER_WITH_LABEL = new RegExp(`(?:(?:联系电话|电话|手机|身份证号?|身份证号码|学号|工号|警号|学籍号|考号|准考证号|员工编号)[:：]?\\s*)?(?:${NUMBERS.join("|")}|(?<=(?:学号|工号|警号|学籍号|考号|准考证号|员工编号)[:：]?\\s*)[A-Za-z]?\\d{4,})`, "gu");

/**
 * `text` without its phone, ID card, 学号 and 工号 numbers and the labels that introduce them (`电话：`, `身份证`), spaces
 * tidied: what `import` copies into a new workbook (new-user test 21, D13: a resident's number sent upward with every copy).
 * Names stay: the summary leaves them out, and the user may need them to follow up.
 */
export function withoutContactNumbers(text: string): string {
  return text.replace(NUMBER_WITH_LABEL, "").replace(/[（(]\s*[)）]/gu, "").replace(/\s{2,}/gu, " ").replace(/\s+([，。；、,;])/gu, "$1").replace(/([，；、,;])\s*\1/gu, "$1").replace(/^[，；、,;\s]+|[，；、,;\s]+$/gu, "");
}
