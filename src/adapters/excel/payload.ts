/**
 * Payload sizes: what a value weighs on the wire between the pane and Excel (Office.js sends
 * JSON; Excel on the web caps a request or response at 5 MB).
 * @module
 */

/** UTF-8 length of a value's JSON, in bytes. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
