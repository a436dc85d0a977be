// Backup to a file and restore from one (the exchange document of #2), through the native
// dialogs. Restoring over data the store already holds needs the user's explicit "replace".
import { signal } from "@preact/signals";
import { api, desktop, UserError } from "../ipc";
import type { FileContents, ImportCounts } from "../model";
import { flushAll } from "./autosave";
import { isShareFile, offerShareFile } from "./coalition";
import { go } from "./navigation";
import { loadSnapshots } from "./snapshots";
import { loadWorkspace } from "./workspace";

// `.uprkit` is the name that opens the app on a double-click; older backups are `.json`.
// An encrypted export (`.age`) opens the same way, after its passphrase.
export const BACKUP_FILTER = { name: "UPR Advocacy Kit backup", extensions: ["uprkit", "json", "age"] };

export type BackupStep =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "exported"; path: string }
  | { kind: "confirmOpen"; path: string; contents: FileContents | null }
  | { kind: "confirmReplace"; path: string; contents: FileContents; passphrase?: string }
  | { kind: "askPassphrase"; path: string }
  | { kind: "restored"; counts: ImportCounts };

export const step = signal<BackupStep>({ kind: "idle" });

/** When the last backup was written (from the workspace), for the Overview's reminder. */
export const lastBackupAt = signal<string | null>(null);

/** What a backup written now would hold: the Settings screen says before the Save dialog
 * whether it carries contact persons and meeting notes. */
export const backupContents = signal<FileContents | null>(null);

export async function loadBackupContents(): Promise<void> {
  backupContents.value = await api.backupContents();
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether the Overview should remind the user to write a backup: none written yet, or the
 * last one is more than `days` days old. */
export function backupDue(last: string | null, days: number, now: Date): boolean {
  if (last === null) return true;
  return now.getTime() - new Date(last).getTime() > days * DAY_MS;
}

/** Whether a backup file (or one written now) carries personal data about third parties. */
export function holdsContacts(c: FileContents): boolean {
  return c.contact_persons > 0 || c.meeting_notes > 0;
}

/** Asks where to write the backup and writes it; `false` when the user closed the dialog. */
export async function backupTo(choosePath: () => Promise<string | null>): Promise<boolean> {
  const path = await choosePath();
  if (!path) return false;
  await flushAll();
  step.value = { kind: "busy" };
  try {
    await api.exportData(path);
    lastBackupAt.value = new Date().toISOString();
    step.value = { kind: "exported", path };
    return true;
  } catch (e) {
    step.value = { kind: "idle" };
    throw e;
  }
}

/** Restores from `path`; a store with data first asks the user to confirm the replacement,
 *  and an encrypted file first asks for its passphrase. */
export async function restoreFrom(path: string, replace: boolean, passphrase?: string): Promise<void> {
  await flushAll();
  step.value = { kind: "busy" };
  try {
    const counts = await api.importData(path, replace, passphrase);
    // A replace kept a snapshot of what it replaced: list it.
    await Promise.all([loadWorkspace(), loadSnapshots()]);
    step.value = { kind: "restored", counts };
  } catch (e) {
    if (e instanceof UserError && e.code === "file_encrypted") {
      step.value = { kind: "askPassphrase", path };
      return;
    }
    if (e instanceof UserError && e.code === "wrong_passphrase") {
      step.value = { kind: "askPassphrase", path };
      throw e;
    }
    if (e instanceof UserError && e.code === "store_not_empty" && !replace) {
      // Before anything is replaced, the user sees what the file holds.
      try {
        step.value = { kind: "confirmReplace", path, contents: await api.describeFile(path, passphrase), passphrase };
      } catch (described) {
        step.value = { kind: "idle" };
        throw described;
      }
      return;
    }
    step.value = { kind: "idle" };
    throw e;
  }
}

/** Asks where to write the backup (offering `fileName`) and writes it. */
export function chooseAndBackup(title: string, fileName: string): Promise<boolean> {
  return backupTo(() => desktop.chooseSaveFile(title, fileName, [BACKUP_FILTER]));
}

export async function chooseAndRestore(title: string): Promise<void> {
  const path = await desktop.chooseOpenFile(title, [BACKUP_FILTER]);
  if (path) await restoreFrom(path, false);
}

/** A file the window was asked to open (a double-click on a `.uprkit` file): shown on the
 * Settings screen with a question; nothing is imported before the user says so. A partner's
 * share file (`.uprshare`) is asked about on the Coalition screen instead, to be merged. */
export async function offerOpenedFile(): Promise<void> {
  const path = await api.takeOpenedFile();
  if (!path) return;
  if (isShareFile(path)) {
    offerShareFile(path);
    return;
  }
  // A file that cannot be read is still offered: importing it then says what is wrong.
  const contents = await api.describeFile(path).catch(() => null);
  step.value = { kind: "confirmOpen", path, contents };
  go("settings");
}

/** Offers the file the window was started with, and each one a later start hands over. */
export async function hearOpenedFiles(): Promise<void> {
  await desktop.onOpenFile(() => void offerOpenedFile());
  await offerOpenedFile();
}

export function cancelRestore() {
  step.value = { kind: "idle" };
}
