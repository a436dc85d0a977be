// The strength checker (#5) for the recommendations being written: each text is classified a
// moment after the user stops typing, and the answer kept per text, so a badge never asks twice.
import { signal } from "@preact/signals";
import { api, type UserError } from "../ipc";
import type { Classification } from "../model";

export type Verdict = { kind: "pending" } | { kind: "ready"; classification: Classification } | { kind: "failed"; error: UserError };

/** Verdicts by recommendation text (trimmed). */
export const verdicts = signal<ReadonlyMap<string, Verdict>>(new Map());

/** The wait after the last keystroke before the checker runs. */
export const CHECK_DELAY_MS = 400;

const timers = new Map<string, ReturnType<typeof setTimeout>>();

function put(text: string, v: Verdict) {
  const next = new Map(verdicts.value);
  next.set(text, v);
  verdicts.value = next;
}

export function verdictFor(text: string): Verdict | undefined {
  return verdicts.value.get(text.trim());
}

/** Classifies `text` (once per text); `onReady` hears the category, e.g. to store it. */
export async function check(text: string): Promise<Verdict | undefined> {
  const key = text.trim();
  if (key === "") return undefined;
  const known = verdicts.value.get(key);
  if (known && known.kind !== "failed") return known;
  put(key, { kind: "pending" });
  try {
    const classification = await api.classifyRecommendation(key);
    const v: Verdict = { kind: "ready", classification };
    put(key, v);
    return v;
  } catch (e) {
    const v: Verdict = { kind: "failed", error: e as UserError };
    put(key, v);
    return v;
  }
}

/** Checks `text` once the user has paused typing for `CHECK_DELAY_MS` in the field `field`. */
export function checkSoon(field: string, text: string, onReady: (c: Classification) => void) {
  const old = timers.get(field);
  if (old) clearTimeout(old);
  timers.set(
    field,
    setTimeout(async () => {
      timers.delete(field);
      const v = await check(text);
      if (v?.kind === "ready") onReady(v.classification);
    }, CHECK_DELAY_MS),
  );
}
