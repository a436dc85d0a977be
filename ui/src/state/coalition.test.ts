import { describe, expect, it } from "vitest";
import type { Conflict } from "../model";
import { composed, shareChoice, tickedTitles } from "./coalition";

const conflict: Conflict = {
  id: "c1",
  kind: "priority_issue",
  name: "Torture",
  found_at: "2026-11-30T06:00:00Z",
  theirs_by: { id: "o2", name: "WLAC" },
  mine: { id: "c1", title: "Torture", background: "Ours.", rank: 1 },
  theirs: { id: "c1", title: "Torture in detention", background: "Theirs.", rank: 1 },
  fields: [
    { field: "background", mine: "Ours.", theirs: "Theirs." },
    { field: "title", mine: "Torture", theirs: "Torture in detention" },
  ],
};

describe("a version made field by field", () => {
  it("keeps ours unless a field is picked from theirs or edited", () => {
    expect(composed(conflict, {}, {})).toEqual(conflict.mine);
    expect(composed(conflict, { title: "theirs" }, {})).toEqual({ id: "c1", title: "Torture in detention", background: "Ours.", rank: 1 });
    expect(composed(conflict, { title: "theirs" }, { background: "Both." })).toEqual({
      id: "c1",
      title: "Torture in detention",
      background: "Both.",
      rank: 1,
    });
  });

  it("shares no meetings unless ticked, and no partner name when none is typed", () => {
    expect(shareChoice("  ", [])).toEqual({ issues: [], partner: null, meetings: { include: "none" } });
    expect(shareChoice("WLAC", ["m1"])).toEqual({ issues: [], partner: "WLAC", meetings: { include: "chosen", ids: ["m1"] } });
  });

  it("shares only the ticked priority issues, by title in priority order, or the whole campaign when none is ticked", () => {
    const ordered = [
      { id: "a", title: "Freedom of expression" },
      { id: "b", title: "Torture in detention" },
      { id: "c", title: "Violence against women" },
    ];
    expect(tickedTitles(ordered, ["c", "a"])).toEqual(["Freedom of expression", "Violence against women"]);
    expect(shareChoice("", [], tickedTitles(ordered, ["b"])).issues).toEqual(["Torture in detention"]);
    expect(shareChoice("", [], tickedTitles(ordered, [])).issues).toEqual([]);
  });
});
