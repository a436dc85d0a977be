// The Documents screen's choices: which document, for which delegation, which issues, in which
// language and on which paper. Generation waits for the document engine of #3 (see
// `engineAvailable`); the choices are kept meanwhile so nothing is lost.
import { computed, signal } from "@preact/signals";
import type { Language } from "../i18n";
import type { Paper } from "../model";
import { ordered } from "./issues";
import { settings } from "./settings";

export type DocumentKind = "brief" | "talking_points" | "oral_statement";
export const DOCUMENT_KINDS: DocumentKind[] = ["brief", "talking_points", "oral_statement"];

export interface DocumentChoice {
  kind: DocumentKind;
  /** The target State's id, or null for a general document. */
  targetStateId: string | null;
  /** Issues left out (all are in by default, so a new issue is never forgotten). */
  excludedIssues: string[];
  language: Language | null;
  paper: Paper | null;
}

export const choice = signal<DocumentChoice>({ kind: "brief", targetStateId: null, excludedIssues: [], language: null, paper: null });

/** The language and paper in effect: the document's own, else the Settings default. */
export const effective = computed(() => ({
  language: choice.value.language ?? ((settings.value?.document_language as Language | undefined) ?? "en"),
  paper: choice.value.paper ?? settings.value?.paper ?? "a4",
}));

export const selectedIssues = computed(() => ordered.value.filter((i) => !choice.value.excludedIssues.includes(i.id)));

export function choose(patch: Partial<DocumentChoice>) {
  choice.value = { ...choice.value, ...patch };
}

export function includeIssue(id: string, included: boolean) {
  const rest = choice.value.excludedIssues.filter((x) => x !== id);
  choose({ excludedIssues: included ? rest : [...rest, id] });
}

/** False until the shell has a document command (issue #3's engine is not in this build). */
export const engineAvailable = false;

/** A file name to offer in the Save dialog: "brief-meridia-france.pdf". */
export function suggestedFileName(kind: DocumentKind, stateUnderReview: string, target: string | null): string {
  const slug = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
  return [kind.replace("_", "-"), slug(stateUnderReview), target ? slug(target) : ""].filter(Boolean).join("-") + ".pdf";
}
