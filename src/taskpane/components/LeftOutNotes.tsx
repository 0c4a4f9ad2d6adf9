/**
 * What a summary leaves out because of errors, one line per row or ledger (core `summaryLeftOut`:
 * `问题整改第3行（已整改数大于发现数）未写入总结`, `……该行已写入总结，请核对A6`): the same lines the CLI prints, shown
 * by the 总结 tab (Excel pane and 网页版) and by the Word pane, where the document is made (new-user test 31, D12).
 * @module
 */
import type { Strings } from "../strings";

/**
 * The lines `leftOut` (the core's, Chinese), each as a `summary-left-out` row, and in another language a note that they
 * are Chinese (new-user test 7, D16). Nothing when there are none.
 */
export function LeftOutNotes({ leftOut, strings }: { readonly leftOut: readonly string[]; readonly strings: Strings }) {
  return (
    <>
      {leftOut.map((line) => (
        <div key={line} data-testid="summary-left-out">{line}</div>
      ))}
      {/* The core's notes are Chinese, as the findings: said once in another language (new-user test 7, D16). */}
      {!strings.locale.startsWith("zh") && leftOut.length > 0 && <div data-testid="findings-language">{strings.findingsLanguageNote}</div>}
    </>
  );
}
