import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Campaign, PriorityIssue } from "../model";

// A store of one campaign and one issue that keeps versions the way the core does: a save
// based on an outdated version is refused as `stale_record`, a change moves the version.
const stored = new Map<string, PriorityIssue>();
const saves: Array<{ title: string; version: number }> = [];

vi.mock("../ipc", async () => {
  const actual = await vi.importActual<typeof import("../ipc")>("../ipc");
  return {
    ...actual,
    api: {
      saveCampaign: async (c: Campaign) => c,
      savePriorityIssue: async (_campaignId: string, issue: PriorityIssue) => {
        saves.push({ title: issue.title, version: issue.version });
        const old = stored.get(issue.id);
        if (old ? old.version !== issue.version : issue.version !== 0) {
          throw new actual.UserError("stale_record", `the priority issue “${issue.title}” was changed or deleted elsewhere`);
        }
        const saved = { ...issue, version: (old?.version ?? 0) + 1 };
        stored.set(issue.id, saved);
        return saved;
      },
      workspace: async () => ({ priority_issues: [...stored.values()] }),
    },
  };
});

const { campaign } = await import("./campaign");
const { issues, issueById, editIssue } = await import("./issues");
const { flushAll, pendingCount, saveState } = await import("./autosave");
const { announcements } = await import("./notices");
const { setLanguage } = await import("../i18n");

const now = "2026-01-01T00:00:00.000Z";
const theCampaign: Campaign = {
  id: "c1",
  state_under_review: "Meridia",
  cycle: 4,
  session: 50,
  review_date: null,
  adoption_date: null,
  hrc_session_start: null,
  adoption_session: "",
  created_at: now,
  updated_at: now,
  version: 1,
};
const pressFreedom: PriorityIssue = {
  id: "i1",
  rank: 1,
  title: "Press freedom",
  upr_issues: [],
  background: "",
  facts: [],
  questions: [],
  recommendations: [],
  created_at: now,
  updated_at: now,
  version: 1,
};

beforeEach(() => {
  stored.clear();
  saves.length = 0;
  announcements.value = [];
  stored.set("i1", pressFreedom);
  campaign.value = theCampaign;
  issues.value = [pressFreedom];
});
afterEach(() => setLanguage("en"));

describe("record versions in the window", () => {
  it("bases each save on the version the last save returned", async () => {
    editIssue("i1", (i) => ({ ...i, background: "First paragraph." }));
    await flushAll();
    editIssue("i1", (i) => ({ ...i, background: "First paragraph. Second." }));
    await flushAll();
    expect(saves.map((s) => s.version)).toEqual([1, 2]);
    expect(issueById("i1")?.version).toBe(3);
    expect(announcements.value).toEqual([]);
  });

  it("reloads a record changed elsewhere instead of overwriting it, and says so in the window's language", async () => {
    // Another window (or the command line) adds a fact: the stored issue moves to version 2.
    const elsewhere = { ...pressFreedom, facts: [{ id: "f1", text: "41 journalists detained", source: "CPJ", created_at: now, updated_at: now }], version: 2 };
    stored.set("i1", elsewhere);
    setLanguage("fr");

    editIssue("i1", (i) => ({ ...i, title: "Press freedom (stale)" }));
    await flushAll();

    expect(saves).toEqual([{ title: "Press freedom (stale)", version: 1 }]);
    // Nothing was overwritten: the fact added elsewhere is in the store and now on screen.
    expect(stored.get("i1")).toEqual(elsewhere);
    expect(issueById("i1")).toEqual(elsewhere);
    expect(announcements.value).toHaveLength(1);
    expect(announcements.value[0].message).toContain("«\u202fPress freedom (stale)\u202f» a été modifié ailleurs");
    // The refused edit is not retried (it would be refused again): nothing waits.
    expect(pendingCount()).toBe(0);
    expect(saveState.value.kind).not.toBe("failed");
    await flushAll();
    expect(saves).toHaveLength(1);

    // The next edit is based on the reloaded version and is saved.
    editIssue("i1", (i) => ({ ...i, background: "Typed after the reload." }));
    await flushAll();
    expect(stored.get("i1")).toMatchObject({ version: 3, background: "Typed after the reload.", facts: elsewhere.facts });
  });

  it("tells the user when the record was deleted elsewhere and stops showing it", async () => {
    // Deleted from the command line; the store refuses to bring it back from a stale copy.
    stored.delete("i1");
    editIssue("i1", (i) => ({ ...i, title: "Edited" }));
    await flushAll();
    expect(stored.has("i1")).toBe(false);
    expect(issueById("i1")).toBeUndefined();
    expect(announcements.value[0].message).toContain("“Edited” was deleted elsewhere");
  });
});
