/**
 * React context carrying the host operations (PaneOps) and UI strings to the tabs.
 * @module
 */
import { createContext, useContext } from "react";
import type { PaneOps } from "./operations";
import { zhCN, type Strings } from "./strings";

export interface PaneContextValue {
  /** Undefined while preview ops load, and in Word. */
  readonly ops?: PaneOps;
  readonly strings: Strings;
}

export const PaneContext = createContext<PaneContextValue>({ strings: zhCN });

/** The host operations and strings of the pane. */
export function usePane(): PaneContextValue {
  return useContext(PaneContext);
}
