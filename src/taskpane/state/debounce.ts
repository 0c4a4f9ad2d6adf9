/**
 * Debouncing for the automatic re-check: many onChanged events (a paste, an impose) become one
 * call `ms` after the last of them.
 * @module
 */

/** A debounced function and a way to cancel a pending call. */
export interface Debounced {
  (): void;
  cancel(): void;
}

/** Calls `fn` once, `ms` milliseconds after the last call of the returned function. */
export function debounce(fn: () => void, ms: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn();
    }, ms);
  }) as Debounced;
  debounced.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return debounced;
}
