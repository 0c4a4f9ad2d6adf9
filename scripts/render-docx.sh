#!/usr/bin/env bash
# Renders a .docx to PDF and PNG pages for a visual check (humans, and test/e2e/docx-render.test.ts).
# Usage: scripts/render-docx.sh IN.docx OUTDIR
# Prints the PDF's PNG pages (OUTDIR/page-N.png), one path per line, on stdout; LibreOffice's own output goes
# to stderr. Needs the Debian packages libreoffice-writer-nogui, fonts-noto-cjk and poppler-utils.
# Fonts: ../shared/render/fonts.conf (next to the repository) maps 仿宋/楷体/黑体/小标宋 to Noto CJK faces;
# it is used when present (FONTCONFIG_FILE needs an absolute path), else the system fontconfig is used.
# Known limit: LibreOffice 7.4 lays out the negative w:charSpace of the 28-character grid by giving each CJK
# glyph two grid cells (about 14 spaced-out characters per line); Word and WPS condense to 28. The script
# therefore renders a copy with a line grid only (below); characters per line are then 27, not 28.
set -euo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: $0 IN.docx OUTDIR" >&2
  exit 2
fi
IN=$(realpath "$1")
OUTDIR=$2
[ -f "$IN" ] || { echo "render-docx: no such file: $1" >&2; exit 2; }

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(git -C "$SCRIPT_DIR" rev-parse --show-toplevel 2>/dev/null || (cd "$SCRIPT_DIR/.." && pwd))
FONTS_CONF="$REPO/../shared/render/fonts.conf"
if [ -f "$FONTS_CONF" ]; then
  export FONTCONFIG_FILE
  FONTCONFIG_FILE=$(realpath "$FONTS_CONF")
else
  echo "render-docx: $FONTS_CONF not found; using the system fontconfig" >&2
fi

for tool in libreoffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "render-docx: $tool missing (apt-get install -y libreoffice-writer-nogui fonts-noto-cjk poppler-utils)" >&2; exit 3; }
done

mkdir -p "$OUTDIR"
OUTDIR=$(realpath "$OUTDIR")
# A private LibreOffice profile: parallel runs and a running desktop instance do not block each other.
PROFILE=$(mktemp -d)
trap 'rm -rf "$PROFILE"' EXIT
BASE=$(basename "${IN%.*}")
# LibreOffice 7.4 gives each CJK glyph two cells of a condensed character grid (see above). Unless
# CL_RENDER_AS_IS=1, render a copy whose w:docGrid is a line grid only: LibreOffice then sets 16 pt
# characters at their natural width (27 a line, Word's grid condenses to 28), which is what Word shows.
if [ "${CL_RENDER_AS_IS:-0}" != "1" ]; then
  mkdir -p "$PROFILE/copy"
  (cd "$REPO" && node -e '
    const fs = require("fs"); const JSZip = require("jszip");
    const [src, dst] = process.argv.slice(1);
    JSZip.loadAsync(fs.readFileSync(src)).then(async (zip) => {
      const xml = await zip.file("word/document.xml").async("string");
      zip.file("word/document.xml", xml.replace(/<w:docGrid [^>]*\/>/g, (g) => g.replace(/w:type="linesAndChars"/, "w:type=\"lines\"").replace(/ w:charSpace="[^"]*"/, "")));
      fs.writeFileSync(dst, await zip.generateAsync({ type: "nodebuffer" }));
    });' "$IN" "$PROFILE/copy/$BASE.docx")
  IN="$PROFILE/copy/$BASE.docx"
fi
libreoffice -env:UserInstallation="file://$PROFILE" --headless --convert-to pdf --outdir "$OUTDIR" "$IN" >&2

PDF="$OUTDIR/$BASE.pdf"
[ -f "$PDF" ] || { echo "render-docx: LibreOffice wrote no $PDF" >&2; exit 4; }
rm -f "$OUTDIR"/page-*.png
pdftoppm -png -r 60 "$PDF" "$OUTDIR/page"
ls -1 "$OUTDIR"/page-*.png | sort -V
