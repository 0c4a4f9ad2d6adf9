/**
 * The one notice for a workbook that is no standard ledger (a salary table, an office's own sheets):
 * what is missing, and where to go — 导入已有台账 or 生成或修复标准表 (new-user test 4, D9). Shown by 校验
 * and 总结, and by 开始下一期 instead of starting it; nothing when the workbook is a standard ledger.
 * @module
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Finding } from "../../core";
import { missingStandardSheets, notStandardMessage } from "../state/standard";
import type { Strings } from "../strings";

/**
 * The notice for `findings` of a workbook that is no standard ledger (or for the standard sheets it
 * lacks, `missing`, as a refusal of the core names them), else nothing. `testId`: where another tab
 * shows the same notice (开始下一期).
 */
export function NotStandardBar({ findings, missing: given, strings, testId = "not-standard" }: { readonly findings?: readonly Finding[]; readonly missing?: readonly string[]; readonly strings: Strings; readonly testId?: string }) {
  const missing = given ?? (findings ? missingStandardSheets(findings) : undefined);
  if (!missing) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{notStandardMessage(missing, strings, "word")}</MessageBarTitle>
        {strings.notStandardImport}
      </MessageBarBody>
    </MessageBar>
  );
}
