/**
 * Remembering what a pure function of a text gave: ledgers repeat their texts (the same place, host or 备注 on
 * many rows), so each is read once.
 * @module
 */

/**
 * `read` remembered per text. The results are shared and must not be changed; a full memory is emptied (at most
 * `limit` texts are kept, so memory stays bounded on any ledger).
 * @example const tidy = memoText(tidyPhrase); tidy("社区广场") // read once, then remembered
 */
export function memoText<T>(read: (text: string) => T, limit = 20_000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let known = seen.get(text);
    if (known === undefined && !seen.has(text)) {
      if (seen.size >= limit) seen.clear();
      seen.set(text, (known = read(text)));
    }
    return known as T;
  };
}
