import { signal } from "@preact/signals";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Campaign } from "../model";

vi.mock("../ipc", async () => {
  const actual = await vi.importActual<typeof import("../ipc")>("../ipc");
  return { ...actual, api: { saveCampaign: async (c: Campaign) => c } };
});

const { UserError } = await import("../ipc");
const { AutosaveRegistry } = await import("./autosaveRegistry");
const { flushAll, pendingCount, saveState, SAVE_DELAY_MS } = await import("./autosave");
const { campaign } = await import("./campaign");
const { announcements } = await import("./notices");
const { inList } = await import("./versions");

/** A record of any kind, as the registry sees it. */
type Note = { id: string; version: number; text: string };

/** A store that keeps versions as the core does: a save based on an outdated version is
 * refused as `stale_record`; a save moves the version. `slow` holds a save until released. */
function fakeStore() {
  const stored = new Map<string, Note>();
  const saves: Array<{ campaignId: string; text: string; version: number }> = [];
  const gates: Array<() => void> = [];
  let slow = false;
  return {
    stored,
    saves,
    slowly: () => (slow = true),
    release: () => {
      for (const open of gates.splice(0)) open();
    },
    save: async (campaignId: string, note: Note): Promise<Note> => {
      saves.push({ campaignId, text: note.text, version: note.version });
      if (slow) await new Promise<void>((open) => gates.push(open));
      const old = stored.get(note.id);
      if (old ? old.version !== note.version : note.version !== 0) {
        throw new UserError("stale_record", `“${note.text}” was changed elsewhere`);
      }
      const saved = { ...note, version: (old?.version ?? 0) + 1 };
      stored.set(note.id, saved);
      return saved;
    },
  };
}

const theCampaign: Campaign = {
  id: "c1",
  state_under_review: "Meridia",
  cycle: 4,
  session: 50,
  review_date: null,
  adoption_session: "",
  adoption_date: null,
  hrc_session_start: null,
  created_at: "",
  updated_at: "",
  version: 1,
};

let notes = signal<Note[]>([]);
let store = fakeStore();
let registry = new AutosaveRegistry<Note>({ held: inList(notes), save: store.save, name: (n) => n.text, stored: async () => [] });

/** An edit as a domain module makes it: the list shows it at once, the registry saves it. */
function edit(id: string, text: string) {
  const next = { ...notes.value.find((n) => n.id === id)!, text };
  notes.value = notes.value.map((n) => (n.id === id ? next : n));
  registry.schedule(next);
}

beforeEach(() => {
  vi.useFakeTimers();
  campaign.value = theCampaign;
  announcements.value = [];
  notes = signal<Note[]>([{ id: "n1", version: 1, text: "Press freedom" }]);
  store = fakeStore();
  store.stored.set("n1", { id: "n1", version: 1, text: "Press freedom" });
  registry = new AutosaveRegistry<Note>({
    held: inList(notes),
    save: store.save,
    name: (n) => n.text,
    stored: async () => [...store.stored.values()],
  });
});

afterEach(async () => {
  store.release();
  await vi.runAllTimersAsync();
  vi.useRealTimers();
});

describe("the autosave registry", () => {
  it("writes a record once, as last typed, a moment after the last keystroke, under the campaign", async () => {
    for (const text of ["P", "Pr", "Press freedom online"]) {
      edit("n1", text);
      await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS / 2);
    }
    expect(store.saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(store.saves).toEqual([{ campaignId: "c1", text: "Press freedom online", version: 1 }]);
    expect(notes.value[0].version).toBe(2);
    expect(saveState.value.kind).toBe("saved");
  });

  it("waits for each record on its own: an edit of one does not hold back another", async () => {
    notes.value = [...notes.value, { id: "n2", version: 0, text: "" }];
    edit("n1", "first");
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 100);
    edit("n2", "second");
    await vi.advanceTimersByTimeAsync(100);
    expect(store.saves.map((s) => s.text)).toEqual(["first"]);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(store.saves.map((s) => s.text)).toEqual(["first", "second"]);
  });

  it("writes a record's saves in order, each based on the version the one before stored", async () => {
    store.slowly();
    edit("n1", "older");
    const first = registry.flush("n1");
    await vi.advanceTimersByTimeAsync(0);
    edit("n1", "newer");
    const second = registry.flush("n1");
    await vi.advanceTimersByTimeAsync(0);
    // The second waits for the first: only one write of the record is under way.
    expect(store.saves.map((s) => s.text)).toEqual(["older"]);
    store.release();
    await vi.advanceTimersByTimeAsync(0);
    store.release();
    await Promise.all([first, second]);
    expect(store.saves).toEqual([
      { campaignId: "c1", text: "older", version: 1 },
      { campaignId: "c1", text: "newer", version: 2 },
    ]);
    expect(store.stored.get("n1")?.text).toBe("newer");
    expect(saveState.value.kind).toBe("saved");
  });

  it("saves a new record at once, and forgets the edit of a record being deleted", async () => {
    const fresh = { id: "n2", version: 0, text: "Detention" };
    notes.value = [...notes.value, fresh];
    await registry.saveNow(fresh);
    expect(store.stored.get("n2")?.version).toBe(1);
    edit("n1", "typed just before Delete");
    registry.cancel("n1");
    await flushAll();
    expect(store.saves.map((s) => s.text)).toEqual(["Detention"]);
    expect(registry.hasPending("n1")).toBe(false);
  });

  it("on a record changed elsewhere, shows it as stored now, tells the user, and never retries", async () => {
    store.stored.set("n1", { id: "n1", version: 2, text: "Press freedom (edited from the command line)" });
    edit("n1", "typed in the window");
    await flushAll();
    expect(store.saves).toHaveLength(1);
    expect(notes.value[0]).toEqual({ id: "n1", version: 2, text: "Press freedom (edited from the command line)" });
    expect(announcements.value.map((a) => a.message).join(" ")).toContain("typed in the window");
    expect(pendingCount()).toBe(0);
    await flushAll();
    expect(store.saves).toHaveLength(1);
  });

  it("writes what waits at once before the user leaves the screen", async () => {
    edit("n1", "typed, then went to Documents");
    expect(registry.hasPending("n1")).toBe(true);
    await flushAll();
    expect(store.saves.map((s) => s.text)).toEqual(["typed, then went to Documents"]);
    expect(registry.hasPending("n1")).toBe(false);
  });

  it("refuses a save without a stored campaign with the coded error `no_campaign`, keeping the edit", async () => {
    campaign.value = null;
    edit("n1", "typed before any campaign");
    await flushAll();
    expect(store.saves).toEqual([]);
    const state = saveState.value;
    expect(state.kind).toBe("failed");
    if (state.kind !== "failed") return;
    expect(state.error).toBeInstanceOf(UserError);
    expect(state.error.code).toBe("no_campaign");
    expect(registry.hasPending("n1")).toBe(true);
    campaign.value = theCampaign;
    await flushAll();
    expect(store.saves.map((s) => s.text)).toEqual(["typed before any campaign"]);
  });
});
