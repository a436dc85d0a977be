// Where the data lives and whether it can be written: loaded once at start, for the Settings
// screen and for the banner a read-only folder (a locked USB stick) shows on every screen.
import { signal } from "@preact/signals";
import { api, type UserError } from "../ipc";
import type { DataLocation } from "../model";

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

/** True when the data folder cannot be written: reading works, every save is refused. */
export function isReadOnly(): boolean {
  return location.value?.read_only ?? false;
}
