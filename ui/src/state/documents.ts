// The Documents screen: which of the six documents, with the choices every document shares
// (language, paper, draft) and its own (the delegation and the issues of the lobbying
// documents, the theme of a factsheet, which submission); then writing it to a PDF (in the
// core, off the window's thread) and opening it in the system viewer. A document that does not
// fit comes back as advice, with its pages; it cannot be saved, and the screen says so before
// any file dialog. Before a brief is saved, its recommendations that are not specific are
// named. Every document has the same preview. The press release takes an embargo and is also
// saved as plain text; the letter takes its addressee (typed, or one of the stored contacts),
// and it and the written statement are also saved as Word: the core writes the format the
// file's name asks for.
import { computed, effect, signal } from "@preact/signals";
import type { Language } from "../generated/Language";
import { api, desktop, toUserError, type UserError } from "../ipc";
import type { DocumentKind, DocumentReport, DocumentRequest, Overflow, Paper, Preview } from "../model";
import { flushAll } from "./autosave";
import { campaign } from "./campaign";
import { verdictFor } from "./checker";
import { ordered } from "./issues";
import { settings } from "./settings";
import { loadSubmissions, submissions, submissionsLoaded } from "./submission";
import { targets } from "./targets";

export type { DocumentKind };
export const DOCUMENT_KINDS: DocumentKind[] = [
  "brief",
  "talking_points",
  "oral_statement",
  "midterm_report",
  "factsheet",
  "submission",
  "press_release",
  "letter",
  "written_statement",
];

/** Which choices a document takes beyond language, paper and draft. */
export const takesTarget = (kind: DocumentKind) => kind === "brief" || kind === "talking_points";
export const takesIssues = (kind: DocumentKind) =>
  kind === "brief" || kind === "talking_points" || kind === "oral_statement" || kind === "press_release" ||
  kind === "letter" ||
  kind === "written_statement";

export interface DocumentChoice {
  kind: DocumentKind;
  /** The target State's id, or null for a general document. */
  targetStateId: string | null;
  /** Issues left out (all are in by default, so a new issue is never forgotten). */
  excludedIssues: string[];
  language: Language | null;
  paper: Paper | null;
  /** Every page marked as a draft (and a submission over its limit written anyway). */
  draft: boolean;
  /** The factsheet's priority issue (its id), or null for the first. */
  themeId: string | null;
  /** The submission to print (its id), or null for the first. */
  submissionId: string | null;
  /** The press release's embargo, Geneva time: its day ("2027-03-10") and time ("14:00");
   * "for immediate release" unless both are given. */
  embargoDate: string;
  embargoTime: string;
  /** The letter's addressee as typed; the catalogue's minister when empty. */
  to: string;
  /** The oral statement as a joint statement with the coalition partners (the joint slot). */
  joint: boolean;
}

export const choice = signal<DocumentChoice>({
  kind: "brief",
  targetStateId: null,
  excludedIssues: [],
  language: null,
  paper: null,
  draft: false,
  themeId: null,
  submissionId: null,
  embargoDate: "",
  embargoTime: "",
  to: "",
  joint: false,
});

/** The language and paper in effect: the document's own, else the Settings default. */
export const effective = computed(() => ({
  language: choice.value.language ?? settings.value?.document_language ?? "en",
  paper: choice.value.paper ?? settings.value?.paper ?? "a4",
}));

export const selectedIssues = computed(() => ordered.value.filter((i) => !choice.value.excludedIssues.includes(i.id)));

export function choose(patch: Partial<DocumentChoice>) {
  choice.value = { ...choice.value, ...patch };
  // A question asked about the document as it was chosen does not hold for another one.
  dropHeldSave();
  // The submission's choice lists the campaign's submissions. A list that cannot be read
  // leaves the choice at "the first one"; the preview then shows the core's coded error.
  if (choice.value.kind === "submission" && !submissionsLoaded.value) void loadSubmissions().catch(() => undefined);
}

/** The submissions the Documents screen offers. */
export const submissionChoices = computed(() => submissions.value.map((s) => ({ id: s.id, title: s.title })));

export function includeIssue(id: string, included: boolean) {
  const rest = choice.value.excludedIssues.filter((x) => x !== id);
  choose({ excludedIssues: included ? rest : [...rest, id] });
}

export type Output =
  | { kind: "idle" }
  | { kind: "writing"; path: string }
  | { kind: "written"; path: string; report: DocumentReport }
  /** The core refused to write it: it does not fit (what overflows, for the same message the
   * preview gives). */
  | { kind: "tooLong"; overflow: Overflow }
  | { kind: "failed"; error: UserError };

export const output = signal<Output>({ kind: "idle" });
/** Where the PDF goes: filled by the Save dialog, or typed. */
export const outputPath = signal("");

export const PDF_FILTER = { name: "PDF", extensions: ["pdf"] };
export const WORD_FILTER = { name: "Word", extensions: ["docx"] };
export const TEXT_FILTER = { name: "Text", extensions: ["txt"] };

/** The formats a document is saved in: PDF, and the one other it has (the press release's
 * plain text for an e-mail, the letter's and the written statement's Word file). */
export type SaveFormat = "pdf" | "txt" | "docx";
export function otherFormat(kind: DocumentKind): "txt" | "docx" | null {
  if (kind === "press_release") return "txt";
  if (kind === "letter" || kind === "written_statement") return "docx";
  return null;
}
const FILTERS = { pdf: PDF_FILTER, txt: TEXT_FILTER, docx: WORD_FILTER };

/** The embargo as the core reads it ("2027-03-10T14:00:00"), when both its day and time are
 * given; "incomplete" when only one is. */
export function embargo(c: Pick<DocumentChoice, "embargoDate" | "embargoTime">): string | null | "incomplete" {
  const date = c.embargoDate.trim();
  const time = c.embargoTime.trim();
  if (date === "" && time === "") return null;
  if (date === "" || time === "") return "incomplete";
  return `${date}T${time.length === 5 ? `${time}:00` : time}`;
}

/** The stored contacts the letter may be addressed to: every contact of every target State,
 * as the address block says them ("Ana Ruiz, Minister of Justice"), with their State. */
export const letterContacts = computed(() =>
  targets.value.flatMap((target) =>
    target.contacts
      .filter((p) => p.name.trim() !== "")
      .map((p) => ({
        addressee: p.role.trim() === "" ? p.name.trim() : `${p.name.trim()}, ${p.role.trim()}`,
        state: target.state,
      })),
  ),
);

/** The request for the chosen document: the shared choices and that document's own. */
export function request(): DocumentRequest {
  const c = choice.value;
  const shared: DocumentRequest = { kind: c.kind, language: c.language, paper: c.paper, draft: c.draft };
  switch (c.kind) {
    case "brief":
    case "talking_points":
    case "oral_statement":
    case "press_release":
    case "letter":
    case "written_statement": {
      const excluded = c.excludedIssues.length > 0;
      const own: DocumentRequest = {
        ...shared,
        target_state: takesTarget(c.kind) ? (targets.value.find((x) => x.id === c.targetStateId)?.state ?? null) : null,
        // Empty means all: a new issue added later is then never left out by accident.
        issues: excluded ? selectedIssues.value.map((i) => i.title) : [],
      };
      if (c.kind === "press_release") {
        const at = embargo(c);
        // Half an embargo is not printed: the field says what is missing.
        return { ...own, embargo: at === "incomplete" ? null : at };
      }
      if (c.kind === "letter") return { ...own, to: c.to.trim() === "" ? null : c.to.trim() };
      if (c.kind === "oral_statement" && c.joint) return { ...own, joint: true };
      return own;
    }
    case "factsheet":
      return { ...shared, theme: ordered.value.find((i) => i.id === c.themeId)?.title ?? null };
    case "submission":
      return { ...shared, submission: c.submissionId };
    case "midterm_report":
      return shared;
  }
}

/** Writes the chosen document to `path`. Pending edits are saved first, so the PDF has them. */
export async function writeTo(path: string): Promise<void> {
  const target = path.trim();
  if (target === "") return;
  outputPath.value = target;
  await flushAll();
  output.value = { kind: "writing", path: target };
  try {
    const report = await api.writeDocument(request(), target);
    output.value = { kind: "written", path: target, report };
  } catch (e) {
    const error = toUserError(e);
    output.value =
      error.data?.code === "document_too_long" ? { kind: "tooLong", overflow: error.data } : { kind: "failed", error };
  }
}

/** Asks where to save with the native dialog, then writes there in `format`; nothing is
 * asked when the document cannot be saved as it is (the screen shows why). */
export async function chooseAndWrite(title: string, format: SaveFormat = "pdf"): Promise<void> {
  if (saveRefusal.value !== null) return;
  const c = choice.value;
  const target = targets.value.find((x) => x.id === c.targetStateId)?.state ?? null;
  const path = await desktop.chooseSaveFile(
    title,
    suggestedFileName(c.kind, campaign.value?.state_under_review ?? "", takesTarget(c.kind) ? target : null, format),
    [FILTERS[format]],
  );
  if (path) await writeTo(path);
}

export function openWritten(): Promise<void> {
  const o = output.value;
  return o.kind === "written" ? desktop.openInViewer(o.path) : Promise.resolve();
}

/** A file name to offer in the Save dialog: "brief-meridia-france.pdf". */
export function suggestedFileName(
  kind: DocumentKind,
  stateUnderReview: string,
  target: string | null,
  format: SaveFormat = "pdf",
): string {
  const slug = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
  return [kind.replace(/_/g, "-"), slug(stateUnderReview), target ? slug(target) : ""].filter(Boolean).join("-") + `.${format}`;
}

// The preview: the pages the PDF would have, laid out by the core with the same fonts, asked
// for a moment after the last change of the choices (a click on three checkboxes asks once).

export type PreviewState =
  | { kind: "idle" }
  /** `shown` is the last preview, kept on screen while the next one is made. */
  | { kind: "loading"; shown: Preview | null }
  | { kind: "ready"; preview: Preview }
  | { kind: "failed"; error: UserError };

export const previewState = signal<PreviewState>({ kind: "idle" });

/** The wait after the last change before the preview is remade. */
export const PREVIEW_DELAY_MS = 300;

let previewTimer: ReturnType<typeof setTimeout> | null = null;
/** Each request's number: an answer that arrives after a newer request was made is dropped. */
let previewGeneration = 0;

function shownPreview(): Preview | null {
  const s = previewState.value;
  return s.kind === "ready" ? s.preview : s.kind === "loading" ? s.shown : null;
}

/** The preview on screen: the last one made, kept while the next is made. */
export const currentPreview = computed(shownPreview);

/** Why the chosen document cannot be saved as it is, or null when it can: no issue chosen, or
 * the preview says it does not fit. Said beside the Save button, before any file dialog. */
export const saveRefusal = computed<"noIssues" | "tooLong" | null>(() => {
  if (takesIssues(choice.value.kind) && selectedIssues.value.length === 0) return "noIssues";
  const p = currentPreview.value;
  return p?.status === "too_long" && p.overflow.kind === choice.value.kind ? "tooLong" : null;
});

/** A recommendation of the chosen brief that is not specific (action category below 4). */
export interface WeakRecommendation {
  issueId: string;
  issue: string;
  recommendationId: string;
  /** Its number within its issue, from 1, as the issue editor shows it. */
  number: number;
  text: string;
  category: number;
}

/** The action category below which a recommendation is not specific (UPR Info: 4 general, 5
 * specific action). */
export const SPECIFIC_FROM = 4;

/** The recommendations of the chosen brief that are not specific, by the checker's verdict
 * (else the category stored with the recommendation); empty for the other documents. */
export const weakRecommendations = computed<WeakRecommendation[]>(() => {
  if (choice.value.kind !== "brief") return [];
  return selectedIssues.value.flatMap((issue) =>
    issue.recommendations.flatMap((r, n) => {
      if (r.text.trim() === "") return [];
      const v = verdictFor(r.text);
      const category = v?.kind === "ready" ? v.classification.category : r.action_category;
      return category !== null && category < SPECIFIC_FROM
        ? [{ issueId: issue.id, issue: issue.title, recommendationId: r.id, number: n + 1, text: r.text, category }]
        : [];
    }),
  );
});

/** Whether the screen is asking about the weak recommendations before saving. */
export const weakWarning = signal<"none" | "asking">("none");
/** The save held while the screen asks. */
let heldSave: (() => Promise<void>) | null = null;

/** Saves with `save` (the dialog, or the typed path) unless the document cannot be saved; a
 * brief with recommendations that are not specific is held until the user answers. */
export async function askToSave(save: () => Promise<void>): Promise<void> {
  if (saveRefusal.value !== null) return;
  if (weakRecommendations.value.length > 0) {
    heldSave = save;
    weakWarning.value = "asking";
    return;
  }
  await save();
}

/** The answer "save anyway": the held save goes on. */
export async function saveAnyway(): Promise<void> {
  const save = heldSave;
  heldSave = null;
  weakWarning.value = "none";
  if (save) await save();
}

/** The answer "improve them first" (or a change of the choices): nothing is saved. */
export function dropHeldSave() {
  heldSave = null;
  weakWarning.value = "none";
}

/** Remakes the preview after `delayMs`, unless another change comes first. */
export function schedulePreview(delayMs = PREVIEW_DELAY_MS) {
  if (previewTimer) clearTimeout(previewTimer);
  previewTimer = setTimeout(() => {
    previewTimer = null;
    void loadPreview();
  }, delayMs);
}

/** Makes the preview now. Pending edits are saved first, so the preview shows them. */
export async function loadPreview(): Promise<void> {
  const generation = ++previewGeneration;
  const req = request();
  previewState.value = { kind: "loading", shown: shownPreview() };
  try {
    await flushAll();
    const preview = await api.previewDocument(req);
    if (generation !== previewGeneration) return;
    previewState.value = { kind: "ready", preview };
    // A refusal of an earlier choice is stale beside a new preview: the preview itself says
    // whether this one fits.
    if (output.value.kind === "tooLong") output.value = { kind: "idle" };
  } catch (e) {
    if (generation === previewGeneration) previewState.value = { kind: "failed", error: toUserError(e) };
  }
}

/** Keeps the preview in step with the choices while the screen is open; returns the stop. */
export function followChoices(): () => void {
  let first = true;
  const stop = effect(() => {
    request(); // reads the choices, the target States and the issues: a change re-runs this
    schedulePreview(first ? 0 : PREVIEW_DELAY_MS);
    first = false;
  });
  return () => {
    stop();
    if (previewTimer) clearTimeout(previewTimer);
    previewTimer = null;
    previewGeneration++;
  };
}
