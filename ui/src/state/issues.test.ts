import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Campaign, PriorityIssue, Settings } from "../model";

const calls: Array<[string, ...unknown[]]> = [];
vi.mock("../ipc", async () => {
  const actual = await vi.importActual<typeof import("../ipc")>("../ipc");
  return {
    ...actual,
    api: {
      saveCampaign: async (c: unknown) => {
        calls.push(["saveCampaign", c]);
        return c;
      },
      savePriorityIssue: async (campaignId: string, issue: PriorityIssue) => {
        calls.push(["savePriorityIssue", campaignId, issue.id, issue.title, issue.rank]);
        return issue;
      },
      deletePriorityIssue: async (id: string) => {
        calls.push(["deletePriorityIssue", id]);
        return { kind: "priority_issue", campaign_id: "c1", issue: issue(id, 2), asks: [], received_recommendations: [] };
      },
      restoreDeleted: async (deleted: { kind: string }) => void calls.push(["restoreDeleted", deleted.kind]),
      reorderPriorityIssues: async (campaignId: string, ids: string[]) => {
        calls.push(["reorderPriorityIssues", campaignId, ids]);
        return [];
      },
    },
  };
});

const { campaign } = await import("./campaign");
const issuesModule = await import("./issues");
const { issues, ordered, addIssue, deleteIssue, move, moveOnto, completeness, addChild, editChild, removeChild } = issuesModule;
const { undoable, runUndo } = await import("./notices");
const { flushAll } = await import("./autosave");

function issue(id: string, rank: number, title = id): PriorityIssue {
  const now = "2026-01-01T00:00:00.000Z";
  return { id, rank, title, upr_issues: [], background: "", facts: [], questions: [], recommendations: [], created_at: now, updated_at: now, version: 1 };
}

const theCampaign: Campaign = {
  id: "c1",
  state_under_review: "Meridia",
  cycle: 4,
  session: 50,
  review_date: null,
  adoption_date: null,
  hrc_session_start: null,
  adoption_session: "",
  created_at: "",
  updated_at: "",
  version: 1,
};

beforeEach(() => {
  calls.length = 0;
  campaign.value = theCampaign;
  issues.value = [issue("a", 1), issue("b", 2), issue("c", 3)];
});

describe("priority issue order", () => {
  it("moves an issue up by one and stores the new order", async () => {
    await move("c", -1);
    expect(ordered.value.map((i) => i.id)).toEqual(["a", "c", "b"]);
    expect(calls).toContainEqual(["reorderPriorityIssues", "c1", ["a", "c", "b"]]);
  });

  it("does nothing when the first issue is moved up", async () => {
    await move("a", -1);
    expect(ordered.value.map((i) => i.id)).toEqual(["a", "b", "c"]);
    expect(calls.filter((c) => c[0] === "reorderPriorityIssues")).toEqual([]);
  });

  it("drops a dragged issue onto another's place", async () => {
    await moveOnto("a", "c");
    expect(ordered.value.map((i) => [i.id, i.rank])).toEqual([
      ["b", 1],
      ["c", 2],
      ["a", 3],
    ]);
  });

  it("writes pending edits, with their new rank, before storing the order", async () => {
    issuesModule.editIssue("c", (i) => ({ ...i, title: "Renamed" }));
    await move("c", -2);
    const save = calls.findIndex((c) => c[0] === "savePriorityIssue" && c[2] === "c");
    const reorder = calls.findIndex((c) => c[0] === "reorderPriorityIssues");
    expect(save).toBeGreaterThanOrEqual(0);
    expect(save).toBeLessThan(reorder);
    expect(calls[save]).toEqual(["savePriorityIssue", "c1", "c", "Renamed", 1]);
  });
});

describe("adding and deleting", () => {
  it("adds a new issue last and stores it at once", async () => {
    const id = await addIssue("  Right to housing ");
    expect(ordered.value[ordered.value.length - 1]).toMatchObject({ id, title: "Right to housing", rank: 4 });
    expect(calls).toContainEqual(["savePriorityIssue", "c1", id, "Right to housing", 4]);
  });

  it("Undo after a deletion hands back everything the deletion removed and puts the issue back in its place", async () => {
    await deleteIssue("b", (title) => `Deleted ${title}`);
    expect(ordered.value.map((i) => i.id)).toEqual(["a", "c"]);
    expect(calls).toContainEqual(["deletePriorityIssue", "b"]);
    expect(undoable.value?.message).toBe("Deleted b");
    await runUndo("undo");
    // Not saved again as new (that would lose the asks and links the store cascaded away):
    // restored whole, in one call.
    expect(calls).toContainEqual(["restoreDeleted", "priority_issue"]);
    expect(calls.filter((c) => c[0] === "savePriorityIssue")).toEqual([]);
    expect(ordered.value.map((i) => i.id)).toEqual(["a", "b", "c"]);
  });

  it("Undo after removing a recommendation puts it back where it was", async () => {
    const first = addChild("a", "recommendations");
    const second = addChild("a", "recommendations");
    editChild("a", "recommendations", first, { text: "Repeal article 17" });
    editChild("a", "recommendations", second, { text: "Release the journalists" });
    removeChild("a", "recommendations", first, "Deleted");
    expect(issuesModule.issueById("a")!.recommendations.map((r) => r.text)).toEqual(["Release the journalists"]);
    await runUndo("undo");
    await flushAll();
    expect(issuesModule.issueById("a")!.recommendations.map((r) => r.text)).toEqual(["Repeal article 17", "Release the journalists"]);
  });
});

describe("completeness", () => {
  const limits: Pick<Settings, "items_per_issue_min" | "items_per_issue_max"> = { items_per_issue_min: 4, items_per_issue_max: 5 };
  const withItems = (q: number, r: number): PriorityIssue => ({
    ...issue("x", 1),
    questions: Array.from({ length: q }, (_, n) => ({ id: `q${n}`, text: `Question ${n}?`, created_at: "", updated_at: "" })),
    recommendations: Array.from({ length: r }, (_, n) => ({
      id: `r${n}`,
      text: `Adopt law ${n}`,
      action_category: null,
      previously_recommended: "",
      created_at: "",
      updated_at: "",
    })),
  });

  it("is complete with 4 to 5 questions and 4 to 5 recommendations", () => {
    expect(completeness(withItems(4, 5), limits).complete).toBe(true);
  });

  it("says which part is short or too long", () => {
    expect(completeness(withItems(3, 4), limits)).toEqual({ complete: false, questions: "few", recommendations: "ok" });
    expect(completeness(withItems(4, 6), limits)).toEqual({ complete: false, questions: "ok", recommendations: "many" });
  });

  it("does not count an empty line as a recommendation", () => {
    const i = withItems(4, 4);
    i.recommendations[3].text = "   ";
    expect(completeness(i, limits).recommendations).toBe("few");
  });

  it("follows the settings, not a fixed number", () => {
    expect(completeness(withItems(2, 2), { items_per_issue_min: 2, items_per_issue_max: 3 }).complete).toBe(true);
  });
});
