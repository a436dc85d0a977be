// The autosaves of one kind of campaign record (priority issues, target States, meetings,
// received recommendations, submissions): one `Autosave` per record, made on its first edit,
// each save based on the version the window holds (versions.ts) and written under the saved
// campaign's id. A save with no campaign stored is refused as `no_campaign`, a coded error the
// window words from its catalogues. A save refused as `stale_record` reads the record again as
// it is stored now and tells the user, naming it.
import type { Uuid } from "../model";
import { Autosave, SAVE_DELAY_MS } from "./autosave";
import { requireCampaignId } from "./campaign";
import { type Held, reloadStale, saveVersioned, type Versioned } from "./versions";

/** What the registry needs to know of one kind of record. */
export interface RecordKind<T extends Versioned> {
  /** Where the domain module holds its records. */
  held: Held<T>;
  /** Stores one record of the campaign; resolves with it as stored. */
  save: (campaignId: Uuid, record: T) => Promise<T>;
  /** The record's name for the user, when it was changed elsewhere. */
  name: (record: T) => string;
  /** The records of this kind as stored now. */
  stored: () => Promise<T[]>;
}

export class AutosaveRegistry<T extends Versioned> {
  private readonly savers = new Map<string, Autosave<T>>();

  constructor(
    private readonly kind: RecordKind<T>,
    private readonly delayMs = SAVE_DELAY_MS,
  ) {}

  /** Remembers `record` as the one to write, and writes it after the delay. */
  schedule(record: T) {
    this.saverFor(record.id).schedule(record);
  }

  /** Writes `record` now (a record just made, which the user expects stored at once). */
  saveNow(record: T): Promise<void> {
    const saver = this.saverFor(record.id);
    saver.schedule(record);
    return saver.flush();
  }

  /** Writes the pending edit of record `id` now, if any. */
  flush(id: string): Promise<void> {
    return this.savers.get(id)?.flush() ?? Promise.resolve();
  }

  hasPending(id: string): boolean {
    return this.savers.get(id)?.hasPending() ?? false;
  }

  /** Forgets the pending edit of a record being deleted: there is nothing left to write. */
  cancel(id: string) {
    this.savers.get(id)?.cancel();
  }

  private saverFor(id: string): Autosave<T> {
    let saver = this.savers.get(id);
    if (!saver) {
      saver = new Autosave<T>(
        (record) => this.write(record),
        this.delayMs,
        (stale) => reloadStale(this.kind.held, stale, this.kind.name(stale), this.kind.stored),
      );
      this.savers.set(id, saver);
    }
    return saver;
  }

  private async write(record: T): Promise<T> {
    const campaignId = await requireCampaignId();
    return saveVersioned(this.kind.held, record, (r) => this.kind.save(campaignId, r));
  }
}
