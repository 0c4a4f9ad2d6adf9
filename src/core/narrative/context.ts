/**
 * Shared shapes of the section builders: points, sections, options and the build context.
 * @module
 */
import type { ActivityItem, Comparison, Facts, FigureRow } from "../facts";
import type { Profile } from "./profiles";
import type { Sentence } from "./sentence";

/** One enumerated point of a section. */
export interface Point {
  readonly id: string;
  readonly lead: string;
  readonly sentences: readonly Sentence[];
}

/** One body section. */
export interface Section {
  readonly id: string;
  readonly heading: string;
  /** The sentence that opens the section (profile register), empty for none. */
  readonly intro: string;
  readonly points: readonly Point[];
}

/** Options that change what is said. */
export interface NarrativeOptions {
  /** Print honourees' names (先进典型·姓名): only when the user opts in (在总结中写入姓名). */
  readonly includeNames: boolean;
  /** Comparison with an earlier period of the same unit (同比 or 环比), woven into the points. */
  readonly comparison?: Comparison;
}

/** What every section builder reads. */
export interface Ctx {
  readonly facts: Facts;
  readonly profile: Profile;
  readonly self: string;
  readonly year?: number;
  readonly options: NarrativeOptions;
  /** The section being built (for deterministic wording choices). */
  readonly sectionId: string;
  /** Festivals in calendar order (catalog), for 我们的节日. */
  readonly festivalOrder: readonly string[];
  /** 其他指标 rows of the section that belong to one of its activities (v2 rule 9), told with it. */
  readonly eventFigures?: ReadonlyMap<ActivityItem, readonly FigureRow[]>;
}
