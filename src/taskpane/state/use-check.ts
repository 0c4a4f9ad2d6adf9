/**
 * The check runner shared by the 校验 and 总结 tabs and the automatic re-check: one check at a
 * time (a request during a check runs once more after it), progress reported, errors described,
 * and the highlight re-applied when it is on.
 * @module
 */
import { useCallback, useEffect, useRef, type Dispatch } from "react";
import { describeError } from "../errors";
import type { Analysis } from "../../core";
import type { PaneOps } from "../operations";
import type { Strings } from "../strings";
import { debounce } from "./debounce";
import type { ValidateAction } from "./validate";

/** Delay between the last edit and the automatic re-check (ms). */
export const RECHECK_DELAY_MS = 800;

/**
 * How often the watcher compares its cheap signature (used ranges, the selected cells) for edits
 * Excel did not report — dropdown picks, deleted rows (audit §3 P6). One small read each time.
 */
export const WATCH_POLL_MS = 3000;

/** Options of one check: `highlight: false` re-checks without re-applying the highlight (after 规范数据 in Excel's undo mode). */
export interface CheckOptions {
  readonly highlight?: boolean;
}

/**
 * Returns `check(options?)`; watches the workbook and re-checks by itself after edits (debounced).
 * Bump `epoch` to watch again (after imposing, new sheets exist).
 */
export function useCheck(ops: PaneOps | undefined, dispatch: Dispatch<ValidateAction>, strings: Strings, highlight: boolean, epoch = 0): (options?: CheckOptions) => Promise<Analysis | undefined> {
  const current = useRef<Promise<Analysis | undefined> | undefined>(undefined);
  const again = useRef(false);
  const highlightRef = useRef(highlight);
  highlightRef.current = highlight;

  // Resolves with the analysis of the workbook as it is now: a call during a check waits for the
  // check that follows it (export and copy must never use the data before an edit, issue #12).
  const check = useCallback(async (options: CheckOptions = {}): Promise<Analysis | undefined> => {
    if (!ops) return undefined;
    if (current.current) {
      again.current = true;
      return current.current;
    }
    const running = (async (): Promise<Analysis | undefined> => {
      let latest: Analysis | undefined;
      try {
        do {
          again.current = false;
          dispatch({ type: "check/start" });
          try {
            const analysis = await ops.analyze((done, planned) => dispatch({ type: "check/progress", done, planned }));
            latest = analysis;
            dispatch({ type: "check/done", analysis });
            if (highlightRef.current && options.highlight !== false) dispatch({ type: "highlight/result", skipped: (await ops.highlight(analysis.findings)).skipped });
          } catch (error) {
            latest = undefined;
            dispatch({ type: "check/failed", error: describeError(error, strings) });
          }
        } while (again.current);
      } finally {
        current.current = undefined;
      }
      return latest;
    })();
    current.current = running;
    return running;
  }, [ops, dispatch, strings]);

  useEffect(() => {
    if (!ops) return;
    const recheck = debounce(() => void check(), RECHECK_DELAY_MS);
    let unsubscribe: (() => Promise<void>) | undefined;
    let alive = true;
    ops.watch(
      () => {
        dispatch({ type: "workbook/changed" });
        recheck();
      },
      { pollMs: WATCH_POLL_MS },
    ).then(
      (off) => (alive ? (unsubscribe = off) : void off()),
      () => undefined,
    );
    return () => {
      alive = false;
      recheck.cancel();
      void unsubscribe?.();
    };
  }, [ops, check, dispatch, epoch]);

  return check;
}
