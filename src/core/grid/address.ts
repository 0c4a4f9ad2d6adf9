/**
 * A1 addresses: 1-based column numbers ↔ letters, cell and range references.
 * @module
 */

/** Column letters for a 1-based column number (1 → A, 27 → AA). @throws RangeError below 1. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`column ${col} < 1`);
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 1-based row and column (`cellAddress(5, 3)` → `C5`). */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** A parsed A1 range: 1-based inclusive bounds. */
export interface RangeBounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Parses `A2:F10`, `$A$2:$F$10`, `Sheet!A2:F10` or a single cell `C5` into 1-based bounds.
 * Returns undefined for anything else.
 */
export function parseRange(ref: string): RangeBounds | undefined {
  const bare = ref.includes("!") ? ref.slice(ref.lastIndexOf("!") + 1) : ref;
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(bare.toUpperCase());
  if (!m) return undefined;
  const c1 = lettersToColumn(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? lettersToColumn(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/** 1-based column number for letters (A → 1, AA → 27). */
export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
