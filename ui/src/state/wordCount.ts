// The word count OHCHR applies, as the core counts it (upr_core::submission::word_count), run
// in the window on every keystroke so the count is live: title, summary, headings, paragraphs
// and recommendations count; footnotes (`^[note]`) and annexes do not. The core counts again
// on export and refuses a submission over the limit, so the two can never disagree silently.
import type { Submission, WordCount } from "../model";

/** A piece of a paragraph: running text or a footnote. */
export type Segment = { text: string } | { note: string };

/** Splits `text^[note]text`; a note may hold brackets, an unclosed `^[` stays text. */
export function splitFootnotes(paragraph: string): Segment[] {
  const out: Segment[] = [];
  let rest = paragraph;
  for (;;) {
    const open = rest.indexOf("^[");
    if (open < 0) break;
    const after = rest.slice(open + 2);
    let depth = 1;
    let close = -1;
    for (let i = 0; i < after.length; i++) {
      if (after[i] === "[") depth += 1;
      else if (after[i] === "]" && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close < 0) break;
    if (open > 0) out.push({ text: rest.slice(0, open) });
    out.push({ note: after.slice(0, close).trim() });
    rest = after.slice(close + 1);
  }
  if (rest !== "") out.push({ text: rest });
  return out;
}

/** A word is a run between spaces holding at least one letter or digit ("–" is not one). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Body words and footnote words of one paragraph; a note glued to a word does not split it. */
export function countParagraph(text: string): { body: number; notes: number } {
  let body = "";
  let notes = 0;
  for (const s of splitFootnotes(text)) {
    if ("text" in s) body += s.text;
    else notes += countWords(s.note);
  }
  return { body: countWords(body), notes };
}

/** Paragraphs separated by blank lines, empty ones dropped. */
export function blocks(text: string): string[] {
  return text
    .split(/\n[ \t\r\f\v]*(?:\n|$)/)
    .map((b) => b.trim())
    .filter((b) => b !== "");
}

export interface Limits {
  submission_words_individual: number;
  submission_words_joint: number;
}

export function wordCount(s: Submission, limits: Limits): WordCount {
  const limit = s.kind === "joint" ? limits.submission_words_joint : limits.submission_words_individual;
  let words = 0;
  let footnote_words = 0;
  const add = (text: string) => {
    const c = countParagraph(text);
    words += c.body;
    footnote_words += c.notes;
  };
  add(s.title);
  blocks(s.summary).forEach(add);
  for (const issue of s.issues) {
    add(issue.heading);
    issue.paragraphs.forEach(add);
  }
  s.recommendations.forEach(add);
  const annex_words = blocks(s.annexes)
    .map(countParagraph)
    .reduce((n, c) => n + c.body + c.notes, 0);
  return { words, footnote_words, annex_words, limit };
}

/** How the count reads beside the draft: fitting, close to the limit (last tenth), or over. */
export type CountLevel = "fits" | "close" | "over";

/** The last tenth of the limit is shown as a warning: time to cut, not yet refused. */
export const CLOSE_TO_LIMIT = 0.9;

export function countLevel(c: WordCount): CountLevel {
  if (c.words > c.limit) return "over";
  if (c.words >= c.limit * CLOSE_TO_LIMIT) return "close";
  return "fits";
}
