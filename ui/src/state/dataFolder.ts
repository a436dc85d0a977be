// Where the data lives and whether it can be written: loaded at start and after a move, for
// the Settings screen and for the banner a read-only folder (a locked USB stick) shows on
// every screen.
import { signal } from "@preact/signals";
import { api, desktop, type UserError } from "../ipc";
import type { DataLocation, MovedData } from "../model";
import { flushAll } from "./autosave";
import { loadDemoShown } from "./demo";
import { loadSnapshots } from "./snapshots";
import { loadWorkspace } from "./workspace";

export const location = signal<DataLocation | null>(null);
export const locationError = signal<UserError | null>(null);

export async function loadDataLocation(): Promise<void> {
  try {
    location.value = await api.dataLocation();
    locationError.value = null;
  } catch (e) {
    locationError.value = e as UserError;
  }
}

/** Opens the data folder in the system's file manager. */
export function showDataFolder(): Promise<void> {
  return api.showDataFolder();
}

/** Where the data was moved by "Move my data to…" in this session, and the folder it was in
 * (its data file stays there until the user removes it). */
export const moved = signal<{ to: MovedData; from: string | null } | null>(null);

/** Asks for a folder, then copies the data there, checks the copy, remembers the folder for
 * the next start and works there from now on: every screen is loaded again from the new
 * folder; `false` when the user closed the dialog. */
export async function moveDataTo(chooseFolder: () => Promise<string | null>): Promise<boolean> {
  const dir = await chooseFolder();
  if (!dir) return false;
  await flushAll();
  const from = location.value?.data_dir ?? null;
  const to = await api.moveData(dir);
  moved.value = { to, from };
  await Promise.all([loadDataLocation(), loadWorkspace(), loadDemoShown(), loadSnapshots()]);
  return true;
}

export function chooseAndMoveData(title: string): Promise<boolean> {
  return moveDataTo(() => desktop.chooseFolder(title));
}

/** True when the data folder cannot be written: reading works, every save is refused. */
export function isReadOnly(): boolean {
  return location.value?.read_only ?? false;
}
