/**
 * File I/O of the CLI: reading inputs and writing outputs with one readable Chinese line for every
 * failure (exit 2), and the guards that keep what the user typed safe — an output never replaces an
 * input, and `template` never replaces an existing file unless asked.
 * @module
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";

/** A failure that maps to exit code 2 with a one-line Chinese message. */
export class UsageError extends Error {}

/** What a system error code means, in words a clerk can act on. */
export function ioProblem(code: string | undefined): string {
  switch (code) {
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return "没有写入权限，或文件正被其他程序（如 Word、Excel）打开；请关闭该文件或换一个位置";
    case "EBUSY":
      return "文件正被其他程序占用，请先关闭它";
    case "EISDIR":
      return "这是一个文件夹，请给出文件名";
    case "ENOTDIR":
      return "路径中有一段不是文件夹";
    case "ENOSPC":
      return "磁盘空间不足";
    case "ENAMETOOLONG":
      return "文件名或路径过长，请缩短";
    case "ENOENT":
      return "找不到该文件或文件夹";
    default:
      return `系统错误 ${code ?? "未知"}`;
  }
}

/** The bytes of an input file. @throws UsageError (missing, a folder, unreadable). */
export function readInput(path: string | undefined): Uint8Array {
  if (!path) throw new UsageError("请指定要读取的 .xlsx 文件。");
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`找不到文件：${path}`);
    if (code === "EISDIR") throw new UsageError(`${path} 是文件夹，不是 .xlsx 文件。`);
    throw new UsageError(`无法读取文件 ${path}：${ioProblem(code)}。`);
  }
}

/** The one input file of a command. @throws UsageError when there is none or more than one. */
export function onlyInput(positionals: readonly string[]): string {
  if (positionals.length === 0) throw new UsageError("请指定要读取的 .xlsx 文件。");
  if (positionals.length > 1) throw new UsageError(`只能指定一个 .xlsx 文件，多余的参数：${positionals.slice(1).join(" ")}`);
  return positionals[0];
}

const real = (p: string): string => {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
};

/** True when two paths name the same file (links resolved). */
export function sameFile(a: string, b: string): boolean {
  return real(a) === real(b);
}

/** True when the path names an existing folder or ends with a path separator. */
export function isFolder(path: string): boolean {
  if (path.endsWith("/") || path.endsWith("\\")) return true;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Guards of one output. */
export interface OutputGuard {
  /** Inputs of the command: the output may be none of them. */
  readonly inputs?: readonly string[];
  /** Required extension (`.docx`, `.xlsx`); `.txt`-like text outputs take none. */
  readonly ext?: string;
  /** Replace an existing file (default true; `template` asks for --force). */
  readonly overwrite?: boolean;
  /**
   * Told where an existing file of the output's name was kept: it is renamed `名称（此前版本）.docx` before the new one
   * is written, so that a summary edited in Word or a workbook filled since is never lost to a re-run (new-user
   * test 18, D22).
   */
  readonly say?: (line: string) => void;
}

/** Checks an output path before any work is done. @throws UsageError */
export function checkOutput(path: string, guard: OutputGuard = {}): void {
  for (const input of guard.inputs ?? []) {
    if (sameFile(input, path)) throw new UsageError(`输出文件不能与输入文件相同（${path}）：本工具从不修改原文件，请另起文件名。`);
  }
  if (guard.ext && extname(path).toLowerCase() !== guard.ext) {
    throw new UsageError(`输出文件应以 ${guard.ext} 结尾，收到“${path}”。`);
  }
  if (guard.overwrite === false && existsSync(path)) {
    throw new UsageError(`${path} 已存在，为免覆盖其中的数据未写入；请换一个文件名，或加 --force 覆盖。`);
  }
}

/** A free name beside `path` for the file it replaces: `名称（此前版本）.docx`, then `（此前版本2）` … */
function keptName(path: string): string {
  const ext = extname(path);
  const base = path.slice(0, path.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = `${base}（此前版本${n > 1 ? n : ""}）${ext}`;
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Writes an output (folders created as needed) after `checkOutput`; an existing file of that name is kept under
 * another name when `guard.say` is given (see {@link OutputGuard.say}). @throws UsageError
 */
export function writeOutput(path: string, data: Uint8Array | string, guard: OutputGuard = {}): void {
  checkOutput(path, guard);
  try {
    mkdirSync(dirname(path), { recursive: true });
    if (guard.say && existsSync(path) && statSync(path).isFile()) {
      const kept = keptName(path);
      renameSync(path, kept);
      guard.say(`（已有同名文件，原文件改名保留为：${kept}）\n`);
    }
    writeFileSync(path, data);
  } catch (e) {
    throw new UsageError(`无法写入 ${path}：${ioProblem((e as NodeJS.ErrnoException).code)}。`);
  }
}
