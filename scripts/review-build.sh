#!/bin/bash
# The packet of an editor review run (docs/narrative-quality.md), from the repository root:
#   WORK=<folder the workbook paths are relative to> scripts/review-build.sh ITEMS OUTDIR
# For each line of ITEMS (id, workbook, --date or -): the workbook after `fix`, its rows as typed (scripts/review-rows.js),
# its summary by the CLI with --force, then the packet (scripts/review-packet.js). Each run's ITEMS and a README saying how
# its workbooks were made are in docs/reviews/run-NN-files/ (runs 31 and 32 ran the same steps from their own copies).
set -u
items=$1; out=$2; mkdir -p "$out"
echo "{" > "$out/figures.json"; first=1
while read -r id f d; do
  f="${WORK:-.}/$f"
  node bin/campaign-ledger.js fix "$f" -o "$out/$id.xlsx" >/dev/null 2>&1 || cp "$f" "$out/$id.xlsx"
  node scripts/review-rows.js "$out/$id.xlsx" > "$out/$id.rows.txt"
  da=(); [ "$d" != "-" ] && da=(--date "$d")
  node bin/campaign-ledger.js summarize "$out/$id.xlsx" --force "${da[@]}" --text "$out/$id.summary.txt" -o "$out/$id.docx" >/dev/null 2>&1 || echo "FAIL $id"
  [ $first = 1 ] || echo "," >> "$out/figures.json"; first=0; echo "\"$id\": 99" >> "$out/figures.json"
done < "$items"
echo "}" >> "$out/figures.json"
node scripts/review-packet.js "$out"
