/**
 * Reading a zip's central directory without inflating anything (PKWARE APPNOTE 4.3.12/4.3.16,
 * ZIP64 4.3.14/4.5.3), so that a workbook whose parts would inflate to gigabytes (a zip bomb, or
 * a huge sharedStrings.xml) is refused before exceljs decompresses it (issue #5 §4).
 * @module
 */
import { FileErrorMessage, LedgerFileError } from "./errors";

/** One entry of the central directory. Sizes in bytes, as the directory declares them. */
export interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CDH_SIG = 0x02014b50;
const MAX_COMMENT = 0xffff;

/**
 * The entries of the zip's central directory, or undefined when the bytes hold no readable
 * directory (then exceljs reports the file as corrupt). ZIP64 sizes and offsets are read from
 * the extra field. Names are decoded as UTF-8.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  const u64 = (at: number): number => u32(at) + u32(at + 4) * 0x100000000;
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - MAX_COMMENT); at--) {
    if (u32(at) === EOCD_SIG) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return undefined;
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && u32(eocd - 20) === ZIP64_LOCATOR_SIG) {
    const z64 = u64(eocd - 20 + 8);
    if (z64 + 56 > bytes.length || u32(z64) !== ZIP64_EOCD_SIG) return undefined;
    count = u64(z64 + 32);
    offset = u64(z64 + 48);
  }
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== CDH_SIG) return undefined;
    let compressedSize = u32(at + 20);
    let uncompressedSize = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // ZIP64 extended information: 8-byte sizes present only for the fields that are 0xFFFFFFFF.
    for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength && e + 4 <= bytes.length; ) {
      const id = u16(e);
      const size = u16(e + 2);
      if (id === 0x0001) {
        let p = e + 4;
        if (uncompressedSize === 0xffffffff && p + 8 <= bytes.length) {
          uncompressedSize = u64(p);
          p += 8;
        }
        if (compressedSize === 0xffffffff && p + 8 <= bytes.length) compressedSize = u64(p);
      }
      e += 4 + size;
    }
    entries.push({ name, compressedSize, uncompressedSize });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Limits of {@link assertZipSizes}, in bytes. */
export interface ZipLimits {
  /** Largest inflated size of one part (default 300 MB: exceljs needs several times that in memory). */
  readonly maxEntryBytes?: number;
  /** Largest inflated size of all parts together (default 600 MB). */
  readonly maxTotalBytes?: number;
}

export const DEFAULT_ZIP_LIMITS = { maxEntryBytes: 300 * 1024 * 1024, maxTotalBytes: 600 * 1024 * 1024 } as const;

/**
 * Refuses a zip whose declared inflated sizes exceed the limits (a zip bomb, or a sheet too big
 * to open here). A zip without a readable directory passes: exceljs then reports it as corrupt.
 * @throws LedgerFileError `too-large` naming the part and its inflated size.
 */
export function assertZipSizes(bytes: Uint8Array, limits: ZipLimits = {}): void {
  const entries = zipEntries(bytes);
  if (!entries) return;
  const maxEntry = limits.maxEntryBytes ?? DEFAULT_ZIP_LIMITS.maxEntryBytes;
  const maxTotal = limits.maxTotalBytes ?? DEFAULT_ZIP_LIMITS.maxTotalBytes;
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (e.uncompressedSize > maxEntry) throw new LedgerFileError("too-large", FileErrorMessage.inflated(e.name, e.uncompressedSize, maxEntry));
  }
  if (total > maxTotal) throw new LedgerFileError("too-large", FileErrorMessage.inflated("", total, maxTotal));
}
