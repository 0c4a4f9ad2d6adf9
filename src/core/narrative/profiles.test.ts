/**
 * The unit-type profiles (docs/narrative.md "Writing like a colleague (v2)", rule 4: the same word
 * twice): a point's lead (一是…。) never repeats words of a section heading of the same profile
 * (run-8 preparation: `三、强化宣传发动，凝聚创建合力` followed by `一是宣传发动。`).
 */
import { Enums } from "../catalog";
import { profileFor } from "./profiles";

describe("profiles", () => {
  const cases = [...Enums.unitType.map((t) => [t, "某单位"]), ["群团组织", "区妇联"]] as const;

  it.each(cases)("%s (%s): no lead is part of a heading", (unitType, name) => {
    const profile = profileFor(unitType, name);
    const headings = Object.values(profile.headings);
    const leads = { ...profile.leads, ...profile.figureLeads } as Record<string, string>;
    const clashes = Object.entries(leads).flatMap(([key, lead]) => headings.filter((h) => h.includes(lead)).map((h) => `${key} ${lead} ⊂ ${h}`));
    expect(clashes).toEqual([]);
  });

  it.each(cases)("%s (%s): no lead is the name of an activity type or a section (二是宣传教育。组织开展2场宣传教育活动)", (unitType, name) => {
    const profile = profileFor(unitType, name);
    const names = new Set<string>([...Enums.activityKind, ...Enums.section]);
    const leads = Object.values({ ...profile.leads, ...profile.figureLeads } as Record<string, string>);
    expect(leads.filter((lead) => names.has(lead))).toEqual([]);
  });
});
