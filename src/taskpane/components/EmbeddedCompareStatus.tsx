import { Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { EmbeddedComparison } from "../state/summary";
import { formatString, periodText, type Strings } from "../strings";

/**
 * What 与上期对比 did with the figures 开始下一期 embedded in the workbook's 上期指标 (issue #17): a status
 * line naming the sheet, the period and the number of changed indicators, or the core's reason for
 * not comparing. `said`: the status wording (the Excel pane also says a picked file would replace it).
 * Shared by the Excel pane's 总结 and the Word pane.
 */
export function EmbeddedCompareStatus({ embedded, strings, said }: { readonly embedded: EmbeddedComparison | undefined; readonly strings: Strings; readonly said: "compareEmbedded" | "compareEmbeddedWord" }) {
  if (!embedded) return null;
  if (!embedded.compared.ok) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody data-testid="compare-status">{formatString(strings.compareRefused, { message: embedded.compared.message })}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <Caption1 role="status" data-testid="compare-status">
      {formatString(strings[said], { sheet: embedded.sheet, period: periodText(embedded.profile.year, embedded.profile.period, strings, embedded.start), count: embedded.compared.comparison.changes.length })}
      {/* The core's 提示 when 上期指标 names the unit differently but alike (new-user test 37, D26). */}
      {embedded.compared.comparison.relation.unitNote ? ` ${embedded.compared.comparison.relation.unitNote}` : ""}
    </Caption1>
  );
}
