import { describe, expect, it } from "vitest";
import type { Conflict, FolderFile, MergeOutcome } from "../model";
import { composed, listedAsMerged, shareChoice, tickedTitles } from "./coalition";

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

describe("the exchange folder's listing after a file was merged by hand", () => {
  it("lists the sealed file merged as merged before, with what it did, and leaves the others", () => {
    const sealed = (file: string): FolderFile => ({
      file,
      path: `/sync/${file}`,
      from: null,
      written_at: null,
      outcome: null,
      merged_now: false,
      problem: "encrypted with another passphrase",
      sealed: "other_passphrase",
    });
    const outcome = {
      from: { id: "lfj", name: "Lawyers for Justice" },
      written_at: "2026-11-30T10:00:00Z",
    } as unknown as MergeOutcome;
    const [lfj, wlac] = listedAsMerged([sealed("LFJ.uprshare"), sealed("WLAC.uprshare")], "/sync/LFJ.uprshare", outcome);
    expect(lfj).toMatchObject({ sealed: null, problem: null, merged_now: false, outcome, from: outcome.from });
    expect(wlac).toEqual(sealed("WLAC.uprshare"));
  });
});
