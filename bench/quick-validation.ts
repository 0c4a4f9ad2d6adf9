import { benchValidation } from "./validation";
const r = benchValidation(Number(process.argv[2] ?? 100000));
console.log(r.detail);
console.table(r.rows);
