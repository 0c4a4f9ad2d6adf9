/**
 * The summary as HTML for the clipboard (Word and WPS keep headings, bold and paragraph
 * indents when pasting) and the .docx file name.
 * @module
 */
import type { DocumentModel } from "../../core/document/model";
import { summaryFileName } from "../../core/actions";

const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const FONT = "font-family:仿宋,FangSong,serif;font-size:16pt;line-height:28pt";

/** HTML of a document model: title, headings (黑体 / 楷体), indented paragraphs, sign-off. */
export function documentHtml(doc: DocumentModel): string {
  const parts = [`<h1 style="text-align:center;font-family:方正小标宋简体,SimSun,serif;font-size:22pt">${escape(doc.title)}</h1>`];
  for (const b of doc.blocks) {
    if (b.kind === "heading") parts.push(`<p style="${FONT};font-family:${b.level === 1 ? "黑体,SimHei" : "楷体,KaiTi"},serif;text-indent:2em">${escape(b.text)}</p>`);
    else if (b.kind === "paragraph") parts.push(`<p style="${FONT};text-indent:2em">${b.runs.map((r) => (r.bold ? `<b>${escape(r.text)}</b>` : escape(r.text))).join("")}</p>`);
    else parts.push(`<p style="${FONT}">${escape(b.caption)}</p><table border="1">${[b.header, ...b.rows].map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join("")}</tr>`).join("")}</table>`);
  }
  parts.push(`<p style="${FONT};text-align:right">${escape(doc.signOff.unit)}</p>`, `<p style="${FONT};text-align:right">${escape(doc.signOff.date)}</p>`);
  return `<html><head><meta charset="utf-8"></head><body>${parts.join("")}</body></html>`;
}

/** The summary's file name: the core's {@link summaryFileName}, one rule for every front end. */
export const docxFileName = summaryFileName;
