// node scripts/review-rows.js file.xlsx → packet rows (基本信息 key：value; each ledger `  header：value | …`), 文字材料 included.
const E = require(require.resolve("exceljs", { paths: [process.cwd()] }));
const SKIP = new Set(["填报说明", "指标汇总", "_lists", "上期指标", "汇总"]);
const text = (v) => {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") { if ("formula" in v || "sharedFormula" in v) return ""; if (v.richText) return v.richText.map((r) => r.text).join(""); return String(v.text ?? v.result ?? ""); }
  if (typeof v === "number" && !Number.isInteger(v)) return String(Number(v.toFixed(4)));
  return String(v);
};
(async () => {
  const wb = new E.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  const out = [];
  wb.eachSheet((ws) => {
    if (SKIP.has(ws.name)) return;
    const grid = [];
    ws.eachRow({ includeEmpty: true }, (row) => grid.push(row.values.slice(1).map(text)));
    if (ws.name === "基本信息") {
      out.push("基本信息");
      grid.slice(2).filter((r) => r[0] && r[1]).forEach((r) => out.push(`  ${r[0]}：${r[1]}`));
      return;
    }
    const head = grid[1] || [];
    const rows = grid.slice(2).filter((r) => r.some((c, i) => c !== "" && head[i] !== "整改率"));
    if (!rows.length) return;
    out.push(ws.name);
    rows.forEach((r) => out.push("  " + head.map((h, i) => (r[i] && h ? `${h}：${r[i]}` : "")).filter(Boolean).join(" | ")));
  });
  console.log(out.join("\n"));
})();
