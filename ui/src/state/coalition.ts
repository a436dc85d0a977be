// Coalition work in the window: a partner's share file merged (then the summary of what it
// did), the conflicts it left — settled whole or field by field — and the share dialog: the
// preview of exactly what the file will hold, then the file.
import { signal } from "@preact/signals";
import { api, desktop, UserError } from "../ipc";
import type { Conflict, FolderFile, MeetingChoice, MergeOutcome, ShareChoice, SharePreview } from "../model";
import { flushAll } from "./autosave";
import { loadDemoShown } from "./demo";
import { go } from "./navigation";
import { loadSnapshots } from "./snapshots";
import { loadWorkspace } from "./workspace";

export const SHARE_FILTER = { name: "UPR Advocacy Kit share file", extensions: ["uprshare"] };

/** What the last merge did, for its summary. */
export const merged = signal<MergeOutcome | null>(null);
export const openConflicts = signal<Conflict[]>([]);
/** What the share file will hold, for the choice shown. */
export const sharePreview = signal<SharePreview | null>(null);
/** Where the last share file was written. */
export const sharedTo = signal<string | null>(null);

/** The partner that last changed a record, by record id (records changed here are absent). */
export const changedBy = signal<Record<string, string>>({});

export async function loadConflicts(): Promise<void> {
  openConflicts.value = await api.conflicts();
  await loadChangedBy();
}

export async function loadChangedBy(): Promise<void> {
  const list = await api.changedByPartners();
  changedBy.value = Object.fromEntries(list.map((c) => [c.id, c.by.name]));
}

/** A partner's encrypted share file waiting for its passphrase: to merge, or to join with
 * (under the organisation typed in the join form). */
export type FileAsking = { path: string; join?: { name: string; acronym: string } };
export const askingPassphrase = signal<FileAsking | null>(null);

/** Runs `open` (a merge or a join of `asking.path`); an encrypted file without its passphrase
 * asks for it instead of failing, and a wrong passphrase asks again and says so. */
async function opening<T>(asking: FileAsking, passphrase: string | undefined, open: () => Promise<T>): Promise<T | null> {
  try {
    const out = await open();
    askingPassphrase.value = null;
    return out;
  } catch (e) {
    if (e instanceof UserError && e.code === "file_encrypted") {
      askingPassphrase.value = asking;
      return null;
    }
    if (e instanceof UserError && e.code === "wrong_passphrase" && passphrase !== undefined) askingPassphrase.value = asking;
    throw e;
  }
}

/** Merges the share file at `path` (opened with `passphrase` when it is encrypted), then
 * reloads what the window shows. */
export async function mergeFrom(path: string, passphrase?: string): Promise<void> {
  await flushAll();
  const outcome = await opening({ path }, passphrase, () => api.mergeShareFile(path, passphrase));
  if (!outcome) return;
  merged.value = outcome;
  if (folderFiles.value) folderFiles.value = listedAsMerged(folderFiles.value, path, outcome);
  await loadWorkspace();
  await loadConflicts();
}

/** The exchange folder's listing once the file at `path` was merged by hand: listed as the
 * core lists it on the next look (merged before, with what it did), no longer sealed. */
export function listedAsMerged(files: FolderFile[], path: string, outcome: MergeOutcome): FolderFile[] {
  return files.map((f) =>
    f.path === path
      ? { ...f, from: outcome.from, written_at: outcome.written_at, outcome, merged_now: false, problem: null, sealed: null }
      : f,
  );
}

/** A partner's share file the window was asked to open (a double-click on a `.uprshare`),
 * waiting on the Coalition screen for the user's yes: nothing is merged before it. */
export const offeredShare = signal<string | null>(null);

/** Whether `path` names a share file, as the desktop decides it (by its extension). */
export function isShareFile(path: string): boolean {
  const lower = path.toLowerCase();
  return SHARE_FILTER.extensions.some((ext) => lower.endsWith(`.${ext}`));
}

/** Shows the question about the share file at `path` on the Coalition screen. */
export function offerShareFile(path: string): void {
  merged.value = null;
  offeredShare.value = path;
  go("coalition");
}

/** The user said yes: merges the offered file (asking for its passphrase when encrypted). */
export async function mergeOffered(): Promise<void> {
  const path = offeredShare.value;
  if (!path) return;
  offeredShare.value = null;
  await mergeFrom(path);
}

export function declineOffered(): void {
  offeredShare.value = null;
}

export function cancelPassphrase(): void {
  askingPassphrase.value = null;
}

export async function chooseAndMerge(title: string): Promise<void> {
  const path = await desktop.chooseOpenFile(title, [SHARE_FILTER]);
  if (path) await mergeFrom(path);
}

/** Joins a partner's campaign in place of the demo, under the user's own organisation (the
 * demo is kept as a snapshot by the core). */
export async function joinInPlaceOfDemo(name: string, acronym: string, path: string, passphrase?: string): Promise<MergeOutcome | null> {
  await flushAll();
  const outcome = await opening({ path, join: { name, acronym } }, passphrase, () =>
    api.joinReplacingDemo(name.trim(), acronym.trim(), path, passphrase),
  );
  if (!outcome) return null;
  merged.value = outcome;
  await Promise.all([loadWorkspace(), loadDemoShown(), loadSnapshots(), loadConflicts()]);
  return outcome;
}

/** Asks for the partner's share file, then joins with it; `null` when the user cancelled. */
export async function chooseAndJoin(title: string, name: string, acronym: string): Promise<MergeOutcome | null> {
  const path = await desktop.chooseOpenFile(title, [SHARE_FILTER]);
  return path ? joinInPlaceOfDemo(name, acronym, path) : null;
}

/** What to share: the ticked meetings (by id), and the ticked priority issues (by title, as
 * the core and `upr-kit share --issue` take them; none ticked shares the whole campaign). */
export function shareChoice(partner: string, meetings: string[], issueTitles: string[] = []): ShareChoice {
  const chosen: MeetingChoice = meetings.length > 0 ? { include: "chosen", ids: meetings } : { include: "none" };
  return { issues: issueTitles, partner: partner.trim() === "" ? null : partner.trim(), meetings: chosen };
}

/** The titles of the ticked issues (`ticked` holds ids), in priority order. */
export function tickedTitles(ordered: { id: string; title: string }[], ticked: string[]): string[] {
  return ordered.filter((i) => ticked.includes(i.id)).map((i) => i.title);
}

export async function previewShare(choice: ShareChoice): Promise<void> {
  await flushAll();
  sharePreview.value = await api.sharePreview(choice);
}

export type ShareSealing = { ticked: boolean; first: string; again: string };

/** The passphrase to encrypt the share file with: `undefined` for a plain file, `null` while
 * the two typed passphrases are missing or differ (nothing can be written yet). */
export function sealingPassphrase(s: ShareSealing, dataEncrypted: boolean): string | null | undefined {
  if (!s.ticked && !dataEncrypted) return undefined;
  return s.first !== "" && s.first === s.again ? s.first : null;
}

/** Writes the share file, encrypted with `passphrase` when one is given. */
export async function shareTo(choice: ShareChoice, path: string, passphrase?: string): Promise<void> {
  await flushAll();
  sharePreview.value = await api.shareCampaign(choice, path, passphrase);
  sharedTo.value = path;
}

export async function chooseAndShare(title: string, defaultPath: string, choice: ShareChoice, passphrase?: string): Promise<void> {
  const path = await desktop.chooseSaveFile(title, defaultPath, [SHARE_FILTER]);
  if (path) await shareTo(choice, path, passphrase);
}

export type Side = "mine" | "theirs";

/** The version the user made field by field: ours, with each field taken from theirs where
 * they picked it, and text fields as they edited them. */
export function composed(conflict: Conflict, picks: Record<string, Side>, edits: Record<string, string>): Record<string, unknown> {
  const mine = (conflict.mine ?? {}) as Record<string, unknown>;
  const theirs = (conflict.theirs ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = { ...mine };
  for (const f of conflict.fields) {
    out[f.field] = picks[f.field] === "theirs" ? theirs[f.field] : mine[f.field];
    if (f.field in edits) out[f.field] = edits[f.field];
  }
  return out;
}

/** Settles with the version made field by field. */
export async function settleFields(conflict: Conflict, record: Record<string, unknown>): Promise<void> {
  await flushAll();
  await api.settleConflict(conflict.id, { take: "edited", record });
  await loadWorkspace();
  await loadConflicts();
}

/** Settles by keeping ours or taking theirs whole (also when one side deleted the record). */
export async function settleTaking(conflict: Conflict, take: Side): Promise<void> {
  await flushAll();
  await api.settleConflict(conflict.id, take === "mine" ? { take: "mine" } : { take: "theirs" });
  await loadWorkspace();
  await loadConflicts();
}

/** The partners' share files in the exchange folder, with what each brought. */
export const folderFiles = signal<FolderFile[] | null>(null);
/** Where this organisation's own share file was last written in the exchange folder. */
export const writtenToFolder = signal<string | null>(null);

async function adoptFolderFiles(files: FolderFile[]): Promise<void> {
  folderFiles.value = files;
  if (files.some((f) => f.merged_now)) {
    await loadWorkspace();
    await loadConflicts();
  }
}

/** Looks into the exchange folder now: merges the partners' new files and lists them all. */
export async function pickUpFolder(): Promise<void> {
  await flushAll();
  await adoptFolderFiles(await api.pickUpExchangeFolder());
}

export async function writeToFolder(): Promise<void> {
  await flushAll();
  const [path] = await api.writeToExchangeFolder();
  writtenToFolder.value = path;
}

/** True when a coalition passphrase is kept in the (encrypted) data; null before asked. */
export const coalitionPassphraseSet = signal<boolean | null>(null);

export async function loadCoalitionPassphrase(): Promise<void> {
  coalitionPassphraseSet.value = await api.hasCoalitionPassphrase();
}

/** Sets the coalition passphrase (typed twice: null unless both agree), or forgets it. */
export async function setCoalitionPassphrase(passphrase: string | null): Promise<void> {
  await api.setCoalitionPassphrase(passphrase);
  await loadCoalitionPassphrase();
}

/** An encrypted partner file of the exchange folder that was not opened here: its
 * passphrase is asked, then it is merged by hand. */
export function askToMergeFolderFile(file: FolderFile): void {
  askingPassphrase.value = { path: file.path };
}

/** The window's watch of the exchange folder merged something: show it and reload. */
export async function hearExchangeFolder(): Promise<void> {
  await desktop.onExchangeFolder((files) => void adoptFolderFiles(files));
}
