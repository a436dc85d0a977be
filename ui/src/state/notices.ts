// What the app tells the user besides the screens: errors in plain words (never only logged),
// news that needs no action (a record reloaded because it changed elsewhere, the window
// already open) and the toast that undoes a deletion.
import { signal } from "@preact/signals";
import { t } from "../i18n";
import { desktop, toUserError, type UserError } from "../ipc";

export interface ErrorNotice {
  id: number;
  error: UserError;
  /** What the user was doing, e.g. "Saving the backup", already translated. */
  during: string;
}

export interface UndoNotice {
  id: number;
  /** e.g. "Deleted “Torture and detention”", already translated. */
  message: string;
  undo: () => Promise<void>;
}

export interface Announcement {
  id: number;
  /** Already translated. */
  message: string;
}

export const errors = signal<ErrorNotice[]>([]);
export const announcements = signal<Announcement[]>([]);
export const undoable = signal<UndoNotice | null>(null);

/** How long the Undo toast stays; long enough to read it and reach the button by keyboard. */
export const UNDO_TOAST_MS = 10_000;

let nextId = 1;
let undoTimer: ReturnType<typeof setTimeout> | null = null;

export function reportError(during: string, e: unknown) {
  errors.value = [...errors.value, { id: nextId++, error: toUserError(e), during }];
}

export function dismissError(id: number) {
  errors.value = errors.value.filter((n) => n.id !== id);
}

/** The app was started again on this data folder and this window was brought to the front
 * instead of a second one opening: say why. */
export async function hearSecondStarts(): Promise<void> {
  await desktop.onSecondStart(() => announce(t("instance.focused")));
}

/** Tells the user something that happened without them (it stays until dismissed). */
export function announce(message: string) {
  announcements.value = [...announcements.value, { id: nextId++, message }];
}

export function dismissAnnouncement(id: number) {
  announcements.value = announcements.value.filter((n) => n.id !== id);
}

/** Runs `action`; a failure is shown to the user and re-thrown for the caller to stop. */
export async function attempt<T>(during: string, action: () => Promise<T>): Promise<T | undefined> {
  try {
    return await action();
  } catch (e) {
    reportError(during, e);
    return undefined;
  }
}

export function offerUndo(message: string, undo: () => Promise<void>) {
  if (undoTimer) clearTimeout(undoTimer);
  const notice = { id: nextId++, message, undo };
  undoable.value = notice;
  undoTimer = setTimeout(() => {
    if (undoable.value?.id === notice.id) undoable.value = null;
  }, UNDO_TOAST_MS);
}

/** The Undo button: puts the record back; a failure is reported like any other. */
export async function runUndo(during: string) {
  const notice = undoable.value;
  if (!notice) return;
  undoable.value = null;
  try {
    await notice.undo();
  } catch (e) {
    reportError(during, e);
  }
}
