/**
 * Normalize: one raw cell becomes a typed reading (spec "Values users really type").
 * Pure TypeScript; imports nothing outside the core.
 * @module
 */
export * from "./types";
export { readText, trimCell, foldFullWidth, withoutTypedQuotes } from "./text";
export { isPlaceholderText, placeholderKind, readStaffNote, type PlaceholderKind } from "./placeholder";
export { excelErrorOf, EXCEL_ERRORS } from "./excel-error";
export { figuresInDigits, readNumber, roundedWan } from "./number";
export { readDate, serialFromYmd, ymdFromSerial, isValidYmd, type ReadDateOptions } from "./date";
export { formatApproxTag, parseApproxTags, addApproxTag, removeApproxTag, APPROX_TAG_MARK, type ApproxTag } from "./approx-tag";
export { parseChineseNumeral, isChineseNumeralChar } from "./chinese-numeral";
export { MEASURE_WORDS, APPROX_BEFORE, APPROX_AFTER, type ApproxWord } from "./measure-words";
