// The database of past UPR recommendations: importing UPR Info's exports (with progress: a
// large file takes a moment) and searching them with filters.
import { signal } from "@preact/signals";
import { api, desktop } from "../ipc";
import type { PastImportReport, PastRecommendation, PastSearch } from "../model";

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
