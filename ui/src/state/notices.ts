// What the app tells the user besides the screens: errors in plain words (never only logged)
// and the toast that undoes a deletion.
import { signal } from "@preact/signals";
import { toUserError, type UserError } from "../ipc";

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

export const errors = signal<ErrorNotice[]>([]);
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
