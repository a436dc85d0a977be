import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Autosave, flushAll, pendingCount, saveState, SAVE_DELAY_MS } from "./autosave";
import { UserError } from "../ipc";

vi.mock("../ipc", async () => {
  const actual = await vi.importActual<typeof import("../ipc")>("../ipc");
  return { ...actual, api: {} };
});

describe("Autosave", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("writes once, the last value, a moment after the last keystroke", async () => {
    const written: string[] = [];
    const a = new Autosave<string>(async (v) => void written.push(v));
    for (const text of ["J", "Jo", "Jou", "Journalists"]) {
      a.schedule(text);
      await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS / 2);
    }
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(written).toEqual(["Journalists"]);
    expect(saveState.value.kind).toBe("saved");
    a.dispose();
  });

  it("writes at once on flush (a field lost focus), without waiting for the delay", async () => {
    const written: string[] = [];
    const a = new Autosave<string>(async (v) => void written.push(v));
    a.schedule("typed then tabbed away");
    await flushAll();
    expect(written).toEqual(["typed then tabbed away"]);
    a.dispose();
  });

  it("never lets an older value land after a newer one", async () => {
    const written: string[] = [];
    let release: () => void = () => {};
    const a = new Autosave<string>(
      (v) =>
        new Promise<void>((resolve) => {
          // The first write is slow; the second must wait for it.
          if (v === "old") release = () => {
            written.push(v);
            resolve();
          };
          else {
            written.push(v);
            resolve();
          }
        }),
    );
    a.schedule("old");
    const first = a.flush();
    // Let the first write start (it is now under way, and slow).
    for (let i = 0; i < 5; i++) await Promise.resolve();
    a.schedule("new");
    const second = a.flush();
    release();
    await Promise.all([first, second]);
    expect(written).toEqual(["old", "new"]);
    a.dispose();
  });

  it("keeps what was typed when a write fails, and writes it on retry", async () => {
    let fail = true;
    const written: string[] = [];
    const a = new Autosave<string>(async (v) => {
      if (fail) throw { code: "database", message: "the data file could not be read or written: the disk is full", detail: "the disk is full" };
      written.push(v);
    });
    a.schedule("precious text");
    await a.flush();
    expect(saveState.value.kind).toBe("failed");
    const state = saveState.value;
    expect(state.kind === "failed" && state.error).toBeInstanceOf(UserError);
    expect(state.kind === "failed" && state.error.message).toContain("the disk is full");
    expect(pendingCount()).toBe(1);
    fail = false;
    await flushAll();
    expect(written).toEqual(["precious text"]);
    expect(saveState.value.kind).toBe("saved");
    a.dispose();
  });

  it("a failed write does not overwrite a newer edit typed meanwhile", async () => {
    const written: string[] = [];
    let calls = 0;
    const a = new Autosave<string>(async (v) => {
      calls += 1;
      if (calls === 1) {
        a.schedule("newer");
        throw new Error("boom");
      }
      written.push(v);
    });
    a.schedule("older");
    await a.flush();
    await a.flush();
    expect(written).toEqual(["newer"]);
    a.dispose();
  });
});
