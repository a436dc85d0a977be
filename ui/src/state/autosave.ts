// Saving as the user types. An Autosave holds the latest value of one record and writes it a
// moment after the last keystroke (debounced), at once on flush (a field loses focus, the
// screen changes), and one write at a time, so an older value never lands after a newer one.
// A failed write keeps the value pending: nothing typed is dropped, and the next edit or a
// retry writes it. The one exception is a write refused as `stale_record` (the record changed
// elsewhere): retrying would be refused again, so the value is dropped and `onStale` reloads
// the record and tells the user (see versions.ts).
import { signal } from "@preact/signals";
import { toUserError, type UserError } from "../ipc";

/** The quiet indicator in the frame: what happened to the last edits. */
export type SaveState = { kind: "idle" } | { kind: "pending" } | { kind: "saving" } | { kind: "saved" } | { kind: "failed"; error: UserError };

export const saveState = signal<SaveState>({ kind: "idle" });

/** The wait after the last keystroke before a write: short enough that a crash loses little. */
export const SAVE_DELAY_MS = 500;

const all = new Set<Autosave<unknown>>();
let writing = 0;

export class Autosave<T> {
  private pending: { value: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly write: (value: T) => Promise<unknown>,
    private readonly delayMs = SAVE_DELAY_MS,
    private readonly onStale?: (value: T) => Promise<void>,
  ) {
    all.add(this as Autosave<unknown>);
  }

  /** Remembers `value` as the one to write, and writes it after the delay. */
  schedule(value: T) {
    this.pending = { value };
    if (saveState.value.kind !== "failed") saveState.value = { kind: "pending" };
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  hasPending(): boolean {
    return this.pending !== null;
  }

  /** Writes the pending value now (after any write under way); resolves when it is stored. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.chain = this.chain.then(() => this.writePending());
    return this.chain;
  }

  /** Forgets a pending value: the record was deleted, there is nothing left to write. */
  cancel() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }

  /** No longer flushed with the others (the record is gone). */
  dispose() {
    this.cancel();
    all.delete(this as Autosave<unknown>);
  }

  private async writePending() {
    const job = this.pending;
    if (!job) return;
    this.pending = null;
    writing += 1;
    saveState.value = { kind: "saving" };
    try {
      await this.write(job.value);
      writing -= 1;
      // "Saved" only once nothing waits any more: the indicator never claims too early.
      // A failure elsewhere keeps its value pending, so it also keeps the failure shown.
      if (writing === 0 && pendingCount() === 0) saveState.value = { kind: "saved" };
    } catch (e) {
      writing -= 1;
      const error = toUserError(e);
      if (error.code === "stale_record" && this.onStale) {
        // What was typed since is based on the same outdated copy: it would be refused too.
        this.cancel();
        if (writing === 0 && pendingCount() === 0) saveState.value = { kind: "idle" };
        try {
          await this.onStale(job.value);
        } catch (reloadFailed) {
          saveState.value = { kind: "failed", error: toUserError(reloadFailed) };
        }
        return;
      }
      // Keep the value unless the user typed something newer meanwhile.
      if (!this.pending) this.pending = job;
      saveState.value = { kind: "failed", error };
    }
  }
}

/** Writes every pending edit now: on blur, before leaving a screen, before a document. */
export async function flushAll(): Promise<void> {
  await Promise.all([...all].map((a) => a.flush()));
}

/** A write that is not an edit of one record (a new order, a deletion), shown by the same
 * indicator so that "saved" is never claimed while it is under way. */
export async function tracked<T>(write: () => Promise<T>): Promise<T> {
  writing += 1;
  saveState.value = { kind: "saving" };
  try {
    const value = await write();
    writing -= 1;
    if (writing === 0 && pendingCount() === 0) saveState.value = { kind: "saved" };
    return value;
  } catch (e) {
    writing -= 1;
    saveState.value = { kind: "failed", error: toUserError(e) };
    throw e;
  }
}

/** How many edits still wait to be written (for tests and the close guard). */
export function pendingCount(): number {
  return [...all].filter((a) => a.hasPending()).length;
}
