// New records made in the window: a fresh UUID and stamps. The store restamps on save; the
// stamps here only satisfy the model until then.
import type { Uuid } from "../model";
import { UNSAVED } from "./versions";

export function newId(): Uuid {
  return crypto.randomUUID();
}

export function stamps() {
  const now = new Date().toISOString();
  return { id: newId(), created_at: now, updated_at: now };
}

/** Stamps of a record saved on its own, never saved yet (version 0, see versions.ts). */
export function fresh() {
  return { ...stamps(), version: UNSAVED };
}

/** Today as "YYYY-MM-DD" in the user's time zone. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `list` with the item at `from` moved to `to`. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = list.slice();
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}
