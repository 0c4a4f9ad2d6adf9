import { StrongRef, installPagePolyfills } from "./page-polyfills";

describe("page polyfills (the 网页版 on Chromium 78–83)", () => {
  it("installs a WeakRef that derefs to its target where the browser has none", () => {
    const scope: Record<string, unknown> = {};
    expect(installPagePolyfills(scope)).toEqual(["WeakRef"]);
    const Ref = scope.WeakRef as new (t: object) => { deref(): object };
    const target = { a: 1 };
    expect(new Ref(target).deref()).toBe(target);
    expect(() => new Ref(1 as unknown as object)).toThrow(TypeError);
  });

  it("keeps the browser's own WeakRef", () => {
    const scope: Record<string, unknown> = { WeakRef };
    expect(installPagePolyfills(scope)).toEqual([]);
    expect(scope.WeakRef).toBe(WeakRef);
    expect(new StrongRef(scope).deref()).toBe(scope);
  });
});
