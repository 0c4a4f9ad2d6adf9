/** @jest-environment node */
import JSZip from "jszip";
import { writeDocx } from "../docx/write-docx";
import { loadSample } from "../../../test/support/summaries";
import { base64ByteLength, base64ToBytes, bytesToBase64 } from "./base64";
import { createFakeWord } from "./fake";
import { insertAtCursor, InsertTooLargeError } from "./insert-at-cursor";
import { openAsNewDocument } from "./open-document";
import { MAX_INSERT_BYTES, wordFeatures } from "./types";

const TITLE = "幸福里社区居委会2023年上半年创建文明城市工作总结";
let base64 = "";

beforeAll(async () => {
  const { document } = await loadSample("community-2023-h1.xlsx");
  base64 = bytesToBase64(await writeDocx(document));
});

/** The text of word/document.xml of a Base64 .docx (its w:t runs joined: the title's line break is no text). */
async function documentXml(b64: string): Promise<string> {
  const zip = await JSZip.loadAsync(base64ToBytes(b64));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join("");
}

describe("Base64", () => {
  it("round-trips bytes across chunk boundaries and reports the decoded length", () => {
    const bytes = Uint8Array.from({ length: 70_001 }, (_, i) => (i * 31) % 256);
    const b64 = bytesToBase64(bytes);
    expect(b64).toBe(Buffer.from(bytes).toString("base64"));
    expect(base64ToBytes(b64)).toEqual(bytes);
    expect(base64ByteLength(b64)).toBe(bytes.length);
    expect(base64ByteLength(bytesToBase64(new Uint8Array(2)))).toBe(2);
  });
});

describe("openAsNewDocument (WordApi 1.3)", () => {
  it("calls createDocument(base64).open() and syncs once; the file is a .docx with the title", async () => {
    const word = createFakeWord();
    await openAsNewDocument(word.run, base64);
    expect(word.calls.map((c) => c.kind)).toEqual(["createDocument", "open"]);
    expect(word.stats.syncs).toBe(1);
    expect(word.opened).toEqual([base64]);
    const xml = await documentXml(word.opened[0]);
    expect(xml).toContain(TITLE);
  });

  it("the new document carries the footer with the page number", async () => {
    const zip = await JSZip.loadAsync(base64ToBytes(base64));
    const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
    expect(footers.length).toBeGreaterThan(0);
    const footer = await zip.file(footers[0])!.async("string");
    expect(footer).toMatch(/PAGE/);
  });

  it("fails with ApiNotFound where WordApi 1.3 is missing", async () => {
    const word = createFakeWord({ features: { insert: true, createDocument: false } });
    await expect(openAsNewDocument(word.run, base64)).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(word.opened).toEqual([]);
  });
});

describe("insertAtCursor (WordApi 1.1)", () => {
  it("replaces a bare cursor (insertion point) with the file", async () => {
    const word = createFakeWord({ selectionText: "" });
    expect(await insertAtCursor(word.run, base64)).toEqual({ location: "Replace" });
    expect(word.calls.map((c) => c.kind)).toEqual(["getSelection", "insertFileFromBase64"]);
    expect(word.inserted).toEqual([{ base64, location: "Replace" }]);
    expect(word.stats.syncs).toBe(2);
    expect(await documentXml(word.inserted[0].base64)).toContain(TITLE);
  });

  it("keeps selected text: inserts after it", async () => {
    const word = createFakeWord({ selectionText: "已有的文字" });
    expect(await insertAtCursor(word.run, base64)).toEqual({ location: "After" });
    expect(word.inserted[0].location).toBe("After");
  });

  it("refuses more than 4 MB before calling Word", async () => {
    const word = createFakeWord();
    const big = bytesToBase64(new Uint8Array(MAX_INSERT_BYTES + 3));
    await expect(insertAtCursor(word.run, big)).rejects.toBeInstanceOf(InsertTooLargeError);
    expect(word.calls).toEqual([]);
  });

  it("fails with ApiNotFound where WordApi 1.1 is missing", async () => {
    const word = createFakeWord({ features: { insert: false, createDocument: false } });
    await expect(insertAtCursor(word.run, base64)).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(word.inserted).toEqual([]);
  });
});

describe("fake Word", () => {
  it("refuses to read Range.text before load() and sync(), as Office.js does", async () => {
    const word = createFakeWord();
    await expect(word.run(async (context) => context.document.getSelection().text)).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });
});

describe("wordFeatures", () => {
  it("maps WordApi 1.1 to insert and 1.3 to createDocument", () => {
    const asked: string[] = [];
    const only11 = (name: string, version: string) => {
      asked.push(`${name} ${version}`);
      return version === "1.1";
    };
    expect(wordFeatures(only11)).toEqual({ insert: true, createDocument: false });
    expect(asked).toEqual(["WordApi 1.1", "WordApi 1.3"]);
  });
});
