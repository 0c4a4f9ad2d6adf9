/**
 * Polyfills of the 网页版 (app.html and the single file; issue #14) that core-js cannot give: the
 * page's first module (webpack.config.js, "page" and "single"). core-js itself is added per module
 * by babel-plugin-polyfill-corejs3 for the APIs the code uses (scripts/page-targets.js).
 *
 * - `WeakRef` (Chromium 84): Fluent UI's focus libraries (tabster, keyborg) construct it without a
 *   check, so on Chromium 78–83 every focus() would throw. The fallback holds its target strongly:
 *   the same results, the targets (focused elements) merely live until the holder drops the ref.
 * @module
 */

/** A WeakRef stand-in that keeps its target (no garbage-collection semantics). */
export class StrongRef<T extends object> {
  private readonly target: T;

  /** Holds `target` (an object, as WeakRef requires). */
  constructor(target: T) {
    if (target === null || (typeof target !== "object" && typeof target !== "function")) throw new TypeError("WeakRef: target must be an object");
    this.target = target;
  }

  /** The target (never collected). */
  deref(): T {
    return this.target;
  }
}

/** Installs the fallbacks on `scope` where the browser lacks the API; returns the names installed. */
export function installPagePolyfills(scope: Record<string, unknown>): string[] {
  const installed: string[] = [];
  if (typeof scope.WeakRef !== "function") {
    Object.defineProperty(scope, "WeakRef", { value: StrongRef, writable: true, configurable: true });
    installed.push("WeakRef");
  }
  return installed;
}

installPagePolyfills(globalThis as unknown as Record<string, unknown>);
