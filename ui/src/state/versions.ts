// Record versions, the window's half of the rule in the core's `store/record_version.rs`:
// every save is based on the version the window holds at the moment it is written (a save
// that finished meanwhile moved it), and a save refused as `stale_record` (the record changed
// in another window or from the command line) is never retried: the record is read again as
// it is stored now and the user is told, so nothing saved elsewhere is overwritten.
import type { Signal } from "@preact/signals";
import { t } from "../i18n";
import { Autosave, SAVE_DELAY_MS } from "./autosave";
import { announce } from "./notices";

export interface Versioned {
  id: string;
  version: number;
}

/** The version of a record made in the window and never saved. */
export const UNSAVED = 0;

/** Where a domain module holds its records: a list, or one record (organisation, campaign). */
export interface Held<T extends Versioned> {
  get(id: string): T | undefined;
  /** Replaces the record `id` (`undefined`: it is gone). */
  set(id: string, record: T | undefined): void;
}

export function inList<T extends Versioned>(list: Signal<T[]>): Held<T> {
  return {
    get: (id) => list.value.find((r) => r.id === id),
    set: (id, record) => {
      list.value = record ? list.value.map((r) => (r.id === id ? record : r)) : list.value.filter((r) => r.id !== id);
    },
  };
}

export function single<T extends Versioned>(one: Signal<T | null>): Held<T> {
  return {
    get: (id) => (one.value?.id === id ? one.value : undefined),
    set: (id, record) => {
      if (one.value?.id === id) one.value = record ?? null;
    },
  };
}

/** Saves `value` based on the version held now, then keeps the version it was stored with
 * (only the version: what the user typed meanwhile stays). */
export async function saveVersioned<T extends Versioned>(held: Held<T>, value: T, save: (value: T) => Promise<T>): Promise<T> {
  const saved = await save({ ...value, version: held.get(value.id)?.version ?? value.version });
  const now = held.get(saved.id);
  if (now) held.set(saved.id, { ...now, version: saved.version });
  return saved;
}

/** After a `stale_record` refusal: the record as stored now replaces the window's copy (or
 * leaves it, when it was deleted elsewhere), and the user is told, naming it. */
export async function reloadStale<T extends Versioned>(held: Held<T>, stale: T, name: string, stored: () => Promise<T[]>): Promise<void> {
  const fresh = (await stored()).find((r) => r.id === stale.id);
  held.set(stale.id, fresh);
  announce(t(fresh ? "stale.reloaded" : "stale.deleted", { name }));
}

/** The autosave of a domain's one record (the organisation, the campaign) under the rule:
 * `save` stores it, `name` names it to the user, `stored` reads it as it is now. */
export function singleRecordSaver<T extends Versioned>(
  one: Signal<T | null>,
  save: (value: T) => Promise<T>,
  name: (record: T) => string,
  stored: () => Promise<T | null>,
): Autosave<T> {
  const held = single(one);
  return new Autosave<T>(
    (value) => saveVersioned(held, value, save),
    SAVE_DELAY_MS,
    (stale) =>
      reloadStale(held, stale, name(stale), async () => {
        const now = await stored();
        return now ? [now] : [];
      }),
  );
}
