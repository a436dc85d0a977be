// The oral statement's text, edited in place on the Documents screen: the generated text (or
// the campaign's edit kept by the core), saved as the user types (the PDF and the preview say
// it), a live counter against the slot, and the way back to the generated text.
import { signal } from "@preact/signals";
import { api } from "../ipc";
import type { StatementText } from "../model";
import { Autosave } from "./autosave";
import { request, schedulePreview } from "./documents";

/** What the core sent for the current choices; null until loaded. */
export const statement = signal<StatementText | null>(null);
/** The text in the editor: the user's, as typed. */
export const statementDraft = signal("");

const saver = new Autosave<string>(async (text) => {
  await api.saveOralStatementText(text);
  schedulePreview(0);
});

/** Loads the generated text and any edit for the current choices (language, issues). */
export async function loadStatementText(): Promise<void> {
  const loaded = await api.oralStatementText(request());
  statement.value = loaded;
  if (!saver.hasPending()) statementDraft.value = loaded.edited ?? loaded.generated;
}

/** The user typed: kept at once in the editor, saved a moment later. A text without words is
 * not saved (the core refuses it); Reset is the way back to the generated text. */
export function editStatement(text: string) {
  statementDraft.value = text;
  const s = statement.value;
  if (s) statement.value = { ...s, edited: text };
  if (countWords(text) > 0) saver.schedule(text);
}

/** Forgets the edit: the generated text is back in the editor, the preview and the PDF. */
export async function resetStatement(): Promise<void> {
  saver.cancel();
  await api.resetOralStatementText();
  const s = statement.value;
  if (s) {
    statement.value = { ...s, edited: null };
    statementDraft.value = s.generated;
  }
  await loadStatementText();
  schedulePreview(0);
}

/** Words as the core counts them (`speech::word_count`): runs between white space holding a
 * letter or a digit, so a dash standing alone is not a word and "2,860" is one. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The counter's figures, timed as the core times the PDF (`speech::check_time`): seconds
 * rounded up, and over the slot the words to cut to fit. */
export function statementTiming(words: number, rateWpm: number, limitSeconds: number) {
  const rate = Math.max(1, rateWpm);
  const seconds = Math.ceil((words * 60) / rate);
  const fits = Math.floor((limitSeconds * rate) / 60);
  return { words, seconds, limitSeconds, over: seconds > limitSeconds ? words - fits : 0 };
}

/** A time as a clock shows it: 1:59, 2:00. */
export function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
