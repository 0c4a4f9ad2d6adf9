#!/usr/bin/env node
/**
 * Generates the add-in icons in assets/: a red rounded square with a white ledger sheet
 * (ruled rows and one column rule). PNG bytes are written by hand (zlib + CRC32), so no image
 * library is needed. Run with `node scripts/make-icons.js`; the output is committed.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const OUT_DIR = path.resolve(__dirname, "..", "assets");

/** Output files and their edge length in px. */
const ICONS = [
  ["icon-16.png", 16],
  ["icon-32.png", 32],
  ["icon-64.png", 64],
  ["icon-80.png", 80],
  ["icon-128.png", 128],
  ["logo-filled.png", 300],
];

const RED = [0xc8, 0x1e, 0x1e];
const WHITE = [0xff, 0xff, 0xff];
/** Samples per pixel edge (SS × SS supersampling for anti-aliased edges). */
const SS = 4;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as PNG requires) of a byte buffer. */
function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data, CRC over type + data. */
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([len, typeAndData, crc]);
}

/** Encodes RGBA pixels (row-major, 4 bytes per pixel) as a PNG file. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** True when (x, y) lies inside the rounded rectangle [x0,x1]×[y0,y1] with corner radius r. */
function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/**
 * Colour of one sample point in unit coordinates (0–1), or null when transparent.
 * `line` is the rule thickness in unit coordinates.
 */
function shade(x, y, line) {
  if (!inRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2)) return null;
  if (!inRoundedRect(x, y, 0.22, 0.16, 0.78, 0.84, 0.05)) return RED;
  const inRows = x >= 0.3 && x <= 0.7;
  for (const ry of [0.29, 0.43, 0.57, 0.71]) {
    if (inRows && Math.abs(y - ry) <= line / 2) return RED;
  }
  if (Math.abs(x - 0.42) <= line / 2 && y >= 0.29 && y <= 0.71) return RED;
  return WHITE;
}

/** Renders one square icon of `size` px as RGBA bytes (premultiplied averaging of samples). */
function renderIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const line = Math.max(0.055, 1.1 / size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size, line);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((255 * a) / (SS * SS));
      }
    }
  }
  return rgba;
}

function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, size] of ICONS) {
    const png = encodePng(size, size, renderIcon(size));
    fs.writeFileSync(path.join(OUT_DIR, name), png);
    console.log(`${path.relative(process.cwd(), path.join(OUT_DIR, name))}  ${size}×${size}  ${png.length} B`);
  }
}

if (require.main === module) main();

module.exports = { crc32, encodePng, renderIcon };
