// Rehearsing the oral statement: the statement in large type, a clock that runs while the
// user speaks, the words passing at the configured speaking rate (where the speaker should
// be), and when the user stops, the time taken against the slot. Nothing is saved: a rehearsal
// is practice, not data.
import { signal } from "@preact/signals";

export type Rehearsal =
  | { kind: "closed" }
  | { kind: "ready" }
  | { kind: "running"; startedAt: number }
  | { kind: "stopped"; tookMs: number };

export const rehearsal = signal<Rehearsal>({ kind: "closed" });

export function openRehearsal() {
  rehearsal.value = { kind: "ready" };
}

export function leaveRehearsal() {
  rehearsal.value = { kind: "closed" };
}

/** Space: starts the clock (again from zero after a stop), or stops it. */
export function toggleRehearsal(now: number) {
  const r = rehearsal.value;
  if (r.kind === "running") rehearsal.value = { kind: "stopped", tookMs: Math.max(0, now - r.startedAt) };
  else if (r.kind !== "closed") rehearsal.value = { kind: "running", startedAt: now };
}

/** The words of the statement, paragraph by paragraph, as the speaker reads them: runs
 * between white space (a dash standing alone stays with the text, but is not counted as a
 * word to say, as the counter does not count it). */
export function rehearsalParagraphs(text: string): string[][] {
  return text
    .split(/\n\s*\n/u)
    .map((p) => p.split(/\s+/u).filter((w) => w !== ""))
    .filter((p) => p.length > 0);
}

/** How many words the speaker should have said after `elapsedMs` at `rateWpm`. */
export function wordsSaidAt(elapsedMs: number, rateWpm: number): number {
  return Math.floor((Math.max(0, elapsedMs) * Math.max(1, rateWpm)) / 60_000);
}

/** The time taken, in whole seconds (as the clock showed it), against the slot: the seconds
 * over it (positive) or left (negative). */
export function rehearsalResult(tookMs: number, limitSeconds: number) {
  const seconds = Math.floor(tookMs / 1000);
  return { seconds, limitSeconds, over: seconds - limitSeconds };
}
