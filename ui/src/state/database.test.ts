import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Campaign, PastRecommendation, PriorityIssue, TargetState } from "../model";

const saved: Array<[string, unknown]> = [];
vi.mock("../ipc", async () => {
  const actual = await vi.importActual<typeof import("../ipc")>("../ipc");
  return {
    ...actual,
    api: {
      savePriorityIssue: async (_campaignId: string, issue: PriorityIssue) => {
        saved.push(["issue", issue]);
        return issue;
      },
      saveTargetState: async (_campaignId: string, target: TargetState) => {
        saved.push(["target", target]);
        return target;
      },
    },
  };
});

const { cleaned, emptySearch, highlighted, newRecommendationFrom, addRecommendingStateAsTarget } = await import("./database");
const { campaign } = await import("./campaign");
const { issues } = await import("./issues");
const { targets } = await import("./targets");

const now = "2026-01-01T00:00:00.000Z";
const past: PastRecommendation = {
  id: "p1",
  state_under_review: "Meridia",
  state_under_review_group: "",
  text: "Decriminalise defamation and protect journalists from attacks",
  recommending_state: "Norway",
  recommending_group: "",
  recommending_organisations: [],
  response: "supported",
  response_as_recorded: "Supported",
  action_category: 5,
  issues: [],
  session: 30,
  cycle: 3,
} as unknown as PastRecommendation;

beforeEach(() => {
  saved.length = 0;
  campaign.value = { id: "c1", state_under_review: "Meridia", cycle: 4, session: 50 } as Campaign;
  issues.value = [{ id: "i1", rank: 1, title: "Press freedom", upr_issues: [], background: "", facts: [], questions: [], recommendations: [], created_at: now, updated_at: now, version: 1 }];
  targets.value = [];
});

describe("cleaned", () => {
  it("turns blank filters into no filter and trims the others", () => {
    const q = { ...emptySearch(), state_under_review: "  ", recommending_state: " Norway ", issue: "" };
    const c = cleaned(q);
    expect(c.state_under_review).toBeNull();
    expect(c.recommending_state).toBe("Norway");
    expect(c.issue).toBeNull();
    expect(c.limit).toBe(100);
  });
});

describe("highlighted", () => {
  const marks = (text: string, words: string) => highlighted(text, words).filter((p) => p.match).map((p) => p.text);

  it("marks the words searched, whatever their case, and the words they begin", () => {
    expect(marks(past.text, "journalist defamation")).toEqual(["defamation", "journalists"]);
  });

  it("marks a prefix search and a phrase, and ignores OR", () => {
    expect(marks("Ratify the Convention and ratification of the protocol", "ratif* OR \"the protocol\"")).toEqual(["Ratify", "ratification", "the protocol"]);
  });

  it("keeps the whole text, in order", () => {
    expect(highlighted(past.text, "journalists").map((p) => p.text).join("")).toBe(past.text);
    expect(highlighted(past.text, "")).toEqual([{ text: past.text, match: false }]);
  });

  it("does not mark a word inside another", () => {
    expect(marks("a free press; pressing needs", "press")).toEqual(["press", "pressing"]);
    expect(marks("express", "press")).toEqual([]);
  });
});

describe("a result put to use", () => {
  it("becomes a new recommendation of the chosen issue, saved", async () => {
    await newRecommendationFrom("i1", past, "Norway, session 30");
    const recs = issues.value[0]!.recommendations;
    expect(recs.map((r) => [r.text, r.action_category, r.previously_recommended])).toEqual([[past.text, 5, "Norway, session 30"]]);
    const stored = saved.filter(([kind]) => kind === "issue").map(([, i]) => (i as PriorityIssue).recommendations.map((r) => r.text));
    expect(stored).toEqual([[past.text]]);
  });

  it("adds its recommending State as a target once", async () => {
    expect(await addRecommendingStateAsTarget(past)).toBe("added");
    expect(await addRecommendingStateAsTarget({ ...past, recommending_state: " norway" })).toBe("already");
    expect(targets.value.map((t) => t.state)).toEqual(["Norway"]);
    expect(saved.filter(([kind]) => kind === "target").map(([, t]) => (t as TargetState).state)).toEqual(["Norway"]);
  });
});
