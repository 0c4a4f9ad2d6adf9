#!/bin/bash
# Run from the repository root: WORK=<folder holding t65/ and t66/> docs/reviews/run-33-files/build.sh OUTDIR
# For each line of items.txt (id, workbook, --date or -): the workbook after `fix`, its rows as typed (rows.js), its
# summary by the CLI with --force, then the packet (scripts/review-packet.js). The workbooks are rebuilt from the
# scripts of docs/new-user-test-65-files and -66-files (their READMEs), in the folders items.txt names.
set -u
here=$(dirname "$0"); out=$1; mkdir -p "$out"
echo "{" > "$out/figures.json"; first=1
while read -r id f d; do
  f="${WORK:-.}/$f"
  node bin/campaign-ledger.js fix "$f" -o "$out/$id.xlsx" >/dev/null 2>&1 || cp "$f" "$out/$id.xlsx"
  node "$here/rows.js" "$out/$id.xlsx" > "$out/$id.rows.txt"
  da=(); [ "$d" != "-" ] && da=(--date "$d")
  node bin/campaign-ledger.js summarize "$out/$id.xlsx" --force "${da[@]}" --text "$out/$id.summary.txt" -o "$out/$id.docx" >/dev/null 2>&1 || echo "FAIL $id"
  [ $first = 1 ] || echo "," >> "$out/figures.json"; first=0; echo "\"$id\": 99" >> "$out/figures.json"
done < "$here/items.txt"
echo "}" >> "$out/figures.json"
node scripts/review-packet.js "$out"
