// A speech's text — the oral statement's or the talking points' — edited in place on the
// Documents screen: the generated text (or the campaign's edit kept by the core), saved as the
// user types (the PDF and the preview say it), a live counter against the slot, the way back
// to the generated text, and where in the text a part the overflow report names begins.
import { signal } from "@preact/signals";
import type { DocumentPart } from "../generated/errors";
import { api } from "../ipc";
import type { DocumentKind, EditableDocument, SpeechText } from "../model";
import { Autosave } from "./autosave";
import { request, schedulePreview } from "./documents";

/** What the core sent for the current choices; null until loaded. */
export const speech = signal<SpeechText | null>(null);
/** The text in the editor: the user's, as typed. */
export const speechDraft = signal("");

/** The document whose text the user may edit, when `kind` is one. */
export function editable(kind: DocumentKind): EditableDocument | null {
  return kind === "oral_statement" || kind === "talking_points" ? kind : null;
}

const saver = new Autosave<{ document: EditableDocument; text: string }>(async ({ document, text }) => {
  await api.saveSpeechText(document, text);
  schedulePreview(0);
});

/** The last load asked for; only its answer is shown. */
let latestLoad = 0;

/** Loads the generated text and any edit of `document` for the current choices (language,
 * issues, delegation). An edit of another document still waiting is written first, so that it
 * is neither lost nor shown in this one's box. */
export async function loadSpeechText(document: EditableDocument): Promise<void> {
  const ticket = ++latestLoad;
  if (saver.hasPending() && speech.value?.document !== document) await saver.flush();
  const loaded = await api.speechText(document, request());
  // The user switched documents (or choices) while this answer was on its way: a newer load
  // answers for what is on the screen now, and this one would put the other speech there.
  if (ticket !== latestLoad) return;
  speech.value = loaded;
  if (!saver.hasPending()) speechDraft.value = loaded.edited ?? loaded.generated;
}

/** The user typed: kept at once in the editor, saved a moment later. A text without words is
 * not saved (the core refuses it); Reset is the way back to the generated text. */
export function editSpeech(text: string) {
  speechDraft.value = text;
  const s = speech.value;
  if (!s) return;
  speech.value = { ...s, edited: text };
  if (countWords(text) > 0) saver.schedule({ document: s.document, text });
}

/** Forgets the edit: the generated text is back in the editor, the preview and the PDF. */
export async function resetSpeech(): Promise<void> {
  const s = speech.value;
  if (!s) return;
  saver.cancel();
  await api.resetSpeechText(s.document);
  speech.value = { ...s, edited: null };
  speechDraft.value = s.generated;
  await loadSpeechText(s.document);
  schedulePreview(0);
}

/** Words as the core counts them (`speech::word_count`): runs between white space holding a
 * letter or a digit, so a dash standing alone is not a word and "2,860" is one. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A passage of a speech's text: where it starts and ends in the text, and the words said. */
export interface Passage {
  start: number;
  end: number;
  /** False for a heading of the talking points, which is printed and not said. */
  said: boolean;
  words: number;
}

/** The lines of `text` with where each starts. */
function lines(text: string): { line: string; at: number }[] {
  const out: { line: string; at: number }[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    out.push({ line, at });
    at += line.length + 1;
  }
  return out;
}

/** The words of a passage of the talking points: a closing [note] is printed, not said. */
function saidWords(passage: string): number {
  const p = passage.trim();
  const open = p.lastIndexOf("[");
  if (p.endsWith("]") && open > 0) {
    const text = p.slice(0, open).trim();
    if (text && p.slice(open + 1, -1).trim()) return countWords(text);
  }
  return countWords(p);
}

/** A talking points line's mark and the rest: "- ", "? " or "3. ". */
const MARK = /^(?:- |\? |\d+\. )/u;

/** The passages of `text` as the core reads them: for the statement, blocks separated by blank
 * lines (the first is the opening); for the talking points, also a line starting with "#",
 * "- ", "? " or "3. " starts a passage, "#" lines are headings, and the mark and a closing
 * [note] are not words said (`documents/talking_points_text.rs`). */
export function passages(text: string, document: EditableDocument): Passage[] {
  const out: Passage[] = [];
  let current: { start: number; end: number; body: string[] } | null = null;
  const finish = () => {
    if (current) {
      const body = current.body.join(" ");
      const words = document === "talking_points" ? saidWords(body) : countWords(body);
      out.push({ start: current.start, end: current.end, said: true, words });
    }
    current = null;
  };
  for (const { line, at } of lines(text)) {
    const trimmed = line.trim();
    const start = at + (line.length - line.trimStart().length);
    const end = start + trimmed.length;
    if (!trimmed) {
      finish();
    } else if (document === "talking_points" && /^##? /u.test(trimmed)) {
      finish();
      out.push({ start, end, said: false, words: 0 });
    } else if (document === "talking_points" && MARK.test(trimmed)) {
      finish();
      current = { start, end, body: [trimmed.replace(MARK, "")] };
    } else if (current) {
      current.end = end;
      current.body.push(trimmed);
    } else {
      current = { start, end, body: [trimmed] };
    }
  }
  finish();
  return out;
}

/** The words said of a speech's text, as the core times it. */
export function spokenWords(text: string, document: EditableDocument): number {
  return passages(text, document).reduce((sum, p) => sum + p.words, 0);
}

/** Where in the text the part the overflow report names is: the statement's numbered
 * paragraph (the opening is not numbered) or the talking points' passage said. */
export function passageOf(text: string, document: EditableDocument, part: DocumentPart): Passage | undefined {
  if (part.part === "paragraph" && document === "oral_statement") return passages(text, document)[part.number];
  if (part.part === "passage" && document === "talking_points") {
    return passages(text, document).filter((p) => p.said)[part.number - 1];
  }
  return undefined;
}

/** The counter's figures, timed as the core times the PDF (`speech::check_time`): seconds
 * rounded up, and over the slot the words to cut to fit. */
export function speechTiming(words: number, rateWpm: number, limitSeconds: number) {
  const rate = Math.max(1, rateWpm);
  const seconds = Math.ceil((words * 60) / rate);
  const fits = Math.floor((limitSeconds * rate) / 60);
  return { words, seconds, limitSeconds, over: seconds > limitSeconds ? words - fits : 0 };
}

/** A time as a clock shows it: 1:59, 2:00. */
export function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
