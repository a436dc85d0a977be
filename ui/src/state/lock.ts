// Locking the encrypted store: the unlock screen shows while the store is locked (at start on
// an encrypted store, after Lock now with Ctrl+L, or after auto-lock). What the window held is
// dropped on locking, so nothing of the data stays on screen or in memory here.
import { signal } from "@preact/signals";
import { api, desktop, type UserError } from "../ipc";
import { flushAll } from "./autosave";
import { loaded, loadError, loadWorkspace } from "./workspace";

/** The last unlock attempt's failure (a wrong passphrase), shown under the field. */
export const unlockError = signal<UserError | null>(null);

/** True while the store is locked: the workspace could not load for that reason. */
export function isLocked(): boolean {
  return loadError.value?.code === "store_encrypted";
}

export async function unlock(passphrase: string): Promise<void> {
  try {
    await api.unlock(passphrase);
    unlockError.value = null;
    await loadWorkspace();
  } catch (e) {
    unlockError.value = e as UserError;
  }
}

/** Lock now: saves what is being typed, then drops the key and reloads, which shows the
 *  unlock screen. */
export async function lockNow(): Promise<void> {
  await flushAll();
  if (await api.lock().catch(() => false)) await showLocked();
}

/** The store is locked: forget what was shown and ask for the passphrase. */
export async function showLocked(): Promise<void> {
  loaded.value = false;
  unlockError.value = null;
  await loadWorkspace();
}

/** Ctrl+L locks; the backend's auto-lock is heard as an event. */
export function watchLocking(): void {
  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "l") {
      e.preventDefault();
      void lockNow();
    }
  });
  void desktop.onStoreLocked(() => void showLocked());
}
