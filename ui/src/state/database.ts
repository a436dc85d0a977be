// The database of past UPR recommendations: importing UPR Info's exports (with progress: a
// large file takes a moment), searching them with filters, marking the words found, and
// turning a result into work: a model for a new recommendation, or a State to lobby.
import { signal } from "@preact/signals";
import { api, desktop } from "../ipc";
import type { PastImportReport, PastRecommendation, PastSearch } from "../model";
import { addRecommendation } from "./issues";
import { addTarget, targets } from "./targets";

export const IMPORT_FILTER = { name: "CSV", extensions: ["csv", "txt"] };

export type ImportStep =
  | { kind: "idle" }
  | { kind: "busy"; done: number; total: number }
  | { kind: "done"; report: PastImportReport };

export const importStep = signal<ImportStep>({ kind: "idle" });
export const results = signal<PastRecommendation[] | null>(null);

export function emptySearch(): PastSearch {
  return {
    text: "",
    state_under_review: null,
    regional_group: null,
    recommending_state: null,
    issue: null,
    session: null,
    cycle: null,
    response: null,
    action_category: null,
    limit: 100,
  };
}

/** Imports the file at `path`, all or none, showing how far it is. */
export async function importFrom(path: string): Promise<void> {
  importStep.value = { kind: "busy", done: 0, total: 0 };
  try {
    const report = await api.importPastRecommendations(path, (done, total) => {
      importStep.value = { kind: "busy", done, total };
    });
    importStep.value = { kind: "done", report };
  } catch (e) {
    importStep.value = { kind: "idle" };
    throw e;
  }
}

export async function chooseAndImport(title: string): Promise<void> {
  const path = await desktop.chooseOpenFile(title, [IMPORT_FILTER]);
  if (path) await importFrom(path);
}

/** Blank filters mean "any": the core reads `null` as no filter, never as "empty". */
export function cleaned(query: PastSearch): PastSearch {
  const blank = (s: string | null) => (s && s.trim() !== "" ? s.trim() : null);
  return {
    ...query,
    state_under_review: blank(query.state_under_review),
    recommending_state: blank(query.recommending_state),
    issue: blank(query.issue),
  };
}

export async function runSearch(query: PastSearch): Promise<void> {
  results.value = await api.searchPastRecommendations(cleaned(query));
}

/** The words and phrases of a search, as patterns that find them in a result: "a phrase" as
 * written, `ratif*` and plain words at the start of a word (so "journalist" also marks
 * "journalists", as the search found it). OR, AND and NOT are the search's own words. */
export function matchPatterns(words: string): RegExp | null {
  const parts: string[] = [];
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const unquoted = words.replace(/"([^"]*)"/g, (_, phrase: string) => {
    if (phrase.trim() !== "") parts.push(phrase.trim().split(/\s+/).map(literal).join("\\s+"));
    return " ";
  });
  for (const token of unquoted.split(/\s+/)) {
    const word = token.replace(/^[-+(]+|[)*]+$/g, "");
    if (word === "" || /^(OR|AND|NOT)$/.test(word)) continue;
    parts.push(`${literal(word)}[\\p{L}\\p{N}]*`);
  }
  if (parts.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join("|")})`, "giu");
}

export type Piece = { text: string; match: boolean };

/** `text` cut into pieces, the ones the search's words found marked as matches. */
export function highlighted(text: string, words: string): Piece[] {
  const pattern = matchPatterns(words);
  if (!pattern) return [{ text, match: false }];
  const pieces: Piece[] = [];
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    if (m[0] === "") continue;
    if (m.index > at) pieces.push({ text: text.slice(at, m.index), match: false });
    pieces.push({ text: m[0], match: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}

/** "Use as a model for a new recommendation": a recommendation with the past one's text is
 * added to the priority issue and saved, its source noted as "previously recommended by". */
export async function newRecommendationFrom(issueId: string, past: PastRecommendation, source: string): Promise<string | null> {
  return addRecommendation(issueId, { text: past.text, action_category: past.action_category, previously_recommended: source });
}

/** "Add this State as a target": the recommending State joins the target States unless it is
 * there already (same name, whatever the case). Says whether it was added. */
export async function addRecommendingStateAsTarget(past: PastRecommendation): Promise<"added" | "already"> {
  const state = past.recommending_state.trim();
  const same = (name: string) => name.trim().toLocaleLowerCase() === state.toLocaleLowerCase();
  if (targets.value.some((t) => same(t.state))) return "already";
  await addTarget(state);
  return "added";
}
