/**
 * The one notice for a workbook that is no standard ledger (a salary table, an office's own sheets):
 * what is missing, and where to go — 导入已有台账 or 生成或修复标准表 (new-user test 4, D9). Shown by 校验
 * and 总结; nothing when the workbook is a standard ledger.
 * @module
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Finding } from "../../core";
import { missingStandardSheets, notStandardMessage } from "../state/standard";
import type { Strings } from "../strings";

/** The notice for `findings` of a workbook that is no standard ledger, else nothing. */
export function NotStandardBar({ findings, strings }: { readonly findings: readonly Finding[]; readonly strings: Strings }) {
  const missing = missingStandardSheets(findings);
  if (!missing) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="not-standard">
      <MessageBarBody>
        <MessageBarTitle>{notStandardMessage(missing, strings, "word")}</MessageBarTitle>
        {strings.notStandardImport}
      </MessageBarBody>
    </MessageBar>
  );
}
