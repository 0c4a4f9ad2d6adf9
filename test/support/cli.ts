/** The CLI run in-process, its stdout and stderr collected: what the CLI tests drive. */
import { run } from "../../src/cli/main";

/** Runs `campaign-ledger <args>`; resolves to its exit code and what it printed. */
export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}
