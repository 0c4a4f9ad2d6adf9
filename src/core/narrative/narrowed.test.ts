/**
 * `narrowed` (sections.ts): a group cut to some of its items sums their participants as the facts sum a group's
 * (participantsOf, spec "Approximate figures"): `三百余` + 12 is `310余` (its lower bound at two significant digits: new-user
 * test 66, D4), never the `312余` a plain sum under the whole group's
 * 余 mark gave (left item of new-user test 61, helper lc); and no sum when an item counts none.
 */
import type { ActivityGroup, ActivityItem, Figure } from "../facts";
import { narrowed } from "./sections";

const people = (value: number, approx?: "over" | "about"): Figure => ({ value, unit: "人", kind: "count", sources: [`活动台账!E${value}`], ...(approx ? { approx } : {}) });
const item = (name: string, participants?: Figure): ActivityItem => ({ name, kind: "志愿服务", sources: [`活动台账!B${name.length}`], ...(participants ? { participants } : {}) });

const group = (items: ActivityItem[]): ActivityGroup => ({
  kind: "志愿服务",
  count: { value: items.length, unit: "场", kind: "count", sources: items.flatMap((it) => it.sources) },
  participants: [people(320, "over")],
  items,
});

it("sums a rough and an exact part at two significant digits: 三百余 + 12 is 310余", () => {
  const g = group([item("文明祭扫", people(300, "over")), item("生态安葬", people(12)), item("义务植树", people(8))]);
  const cut = narrowed(g, g.items.slice(0, 2));
  expect(cut?.participants.map((p) => [p.value, p.approx ?? "exact"])).toEqual([[310, "over"]]);
});

it("sums exact parts exactly, with no 余 the whole group's mark would bring", () => {
  const g = group([item("文明祭扫", people(300, "over")), item("生态安葬", people(12)), item("义务植树", people(8))]);
  const cut = narrowed(g, g.items.slice(1));
  expect(cut?.participants.map((p) => [p.value, p.approx ?? "exact"])).toEqual([[20, "exact"]]);
});

it("says no sum when one of the items counts no people", () => {
  const g = group([item("文明祭扫", people(300, "over")), item("生态安葬"), item("义务植树", people(8))]);
  expect(narrowed(g, g.items.slice(0, 2))?.participants).toEqual([]);
});
