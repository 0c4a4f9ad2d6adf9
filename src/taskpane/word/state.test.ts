import type { Analysis } from "../../core";
import { paneFor, previewHost, type HostInfo } from "../host";
import { initialWordPane, wordPaneReducer } from "./state";

const analysis = { errors: 1, warnings: 0, findings: [] } as unknown as Analysis;

describe("wordPaneReducer", () => {
  it("a new file drops the previous analysis and result but keeps the names choice", () => {
    let s = wordPaneReducer(initialWordPane, { type: "names/set", on: true });
    s = wordPaneReducer(s, { type: "file/start", name: "a.xlsx", size: 10 });
    s = wordPaneReducer(s, { type: "file/done", analysis });
    s = wordPaneReducer(s, { type: "action/done", result: { action: "open", bytes: 5 } });
    const next = wordPaneReducer(s, { type: "file/start", name: "b.xlsx", size: 20 });
    expect(next).toEqual({ ...initialWordPane, includeNames: true, file: { name: "b.xlsx", size: 20 }, phase: "reading" });
  });

  it("remembers which action waits for 仍然生成, and forgets it on cancel", () => {
    const confirm = wordPaneReducer(initialWordPane, { type: "action/confirm", action: "insert" });
    expect(confirm).toMatchObject({ action: "confirm", pending: "insert" });
    expect(wordPaneReducer(confirm, { type: "action/cancel" })).toMatchObject({ action: "idle", pending: undefined });
  });

  it("keeps a note about the choice (several files dropped) for that file only", () => {
    const s = wordPaneReducer(initialWordPane, { type: "file/start", name: "a.xlsx", size: 1, note: "只能选择一个台账文件，已使用第一个：a.xlsx" });
    expect(s.note).toMatch(/已使用第一个：a\.xlsx/);
    expect(wordPaneReducer(s, { type: "file/start", name: "b.xlsx", size: 1 }).note).toBeUndefined();
  });

  it("a failed read clears the analysis", () => {
    const s = wordPaneReducer({ ...initialWordPane, analysis }, { type: "file/failed", error: "x" });
    expect(s).toMatchObject({ phase: "failed", analysis: undefined, error: "x" });
  });
});

describe("paneFor", () => {
  const word: HostInfo = { ...previewHost, kind: "word" };
  it("shows the Word pane in Word and in the preview with ?host=word only", () => {
    expect(paneFor(word, new URLSearchParams(""))).toBe("word");
    expect(paneFor(previewHost, new URLSearchParams("preview=1&host=word"))).toBe("word");
    expect(paneFor(previewHost, new URLSearchParams("preview=1"))).toBe("excel");
    expect(paneFor({ ...previewHost, kind: "excel" }, new URLSearchParams("host=word"))).toBe("excel");
  });
});
