/**
 * 附主要指标统计表: the switch of the Excel pane's 总结 tab and of the Word pane, one control for both. A roll-up's summary
 * always ends with each unit's figures, so for it a note is shown instead of a switch that would not govern it (new-user
 * test 18, D16; the Word pane's switch: new-user test 69, D13).
 */
import { Caption1, Switch } from "@fluentui/react-components";
import type { Analysis } from "../../core";
import type { Strings } from "../strings";

export function AppendixChoice(props: { analysis: Analysis | undefined; on: boolean; onChange: (on: boolean) => void; strings: Strings; testId?: string }) {
  const { analysis, on, onChange, strings, testId } = props;
  if ((analysis as { readonly combined?: boolean } | undefined)?.combined) return <Caption1 data-testid="rollup-appendix-note">{strings.rollupAppendixNote}</Caption1>;
  return <Switch checked={on} onChange={(_e, d) => onChange(d.checked)} label={strings.appendixSwitch} {...(testId ? { "data-testid": testId } : {})} />;
}
