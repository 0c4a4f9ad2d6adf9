/**
 * The Word adapter: the summary (.docx as Base64) into Word through Office.js — as a new
 * document (WordApi 1.3) or at the cursor (WordApi 1.1). See ./types for the requirement sets.
 * @module
 */
export * from "./types";
export { base64ByteLength, base64ToBytes, bytesToBase64 } from "./base64";
export { openAsNewDocument } from "./open-document";
export { insertAtCursor, InsertTooLargeError, type InsertReport } from "./insert-at-cursor";
