/**
 * Results of reading one raw cell (spec "Values users really type").
 * @module
 */

/** How an approximate figure is approximate: 约 about, 余/多/以上 more than, 近 nearly. */
export type ApproxKind = "about" | "over" | "nearly";

/** An approximation as the user typed it. */
export interface Approx {
  readonly kind: ApproxKind;
  /** The word typed: 约, 余, 多, 以上, 近, 将近, 大约, 左右 … */
  readonly word: string;
  /** True when 余 (or 多) was typed between the number and its 万/亿 (`三十余万`: 30余万, more than 30 万), not after them (`30万余`). */
  readonly beforeScale?: true;
}

/**
 * A number cell read. `fromText` is true when the cell held text (a warning: stored as text);
 * `unit` is a measure word typed in the cell (`552人` → 人); `approx` when 多/余/约/近 was typed.
 */
export type NumberRead =
  | { readonly kind: "blank" }
  | {
      readonly kind: "number";
      readonly value: number;
      readonly fromText: boolean;
      /** What the user typed, trimmed (for messages and the 〔约数〕 tag). */
      readonly typed: string;
      readonly approx?: Approx;
      /**
       * A unit/measure word found in the cell (`人`, `面`, `元`), without the 万/亿 multiplier:
       * `3.5万元` gives unit `元`, value 35000 and scale 10000.
       */
      readonly unit?: string;
      /** The 万 (10000) or 亿 (100000000) typed after Arabic digits, already applied to `value`. */
      readonly scale?: number;
      /** True when the text was Chinese numerals (十二, 两千). */
      readonly chinese?: boolean;
      /** True when the text was a percentage (100%, 百分之百): value in percentage points. */
      readonly percent?: boolean;
    }
  | { readonly kind: "invalid"; readonly typed: string }
  | { readonly kind: "excelError"; readonly code: string };

/** A date cell read; `serial` is an Excel serial date (1 = 1900-01-01, 1900 leap bug included). */
export type DateRead =
  | { readonly kind: "blank" }
  | { readonly kind: "date"; readonly serial: number; readonly fromText: boolean; readonly typed: string; readonly yearAssumed?: boolean }
  | { readonly kind: "invalid"; readonly typed: string }
  | { readonly kind: "excelError"; readonly code: string };

/** A calendar day. */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
