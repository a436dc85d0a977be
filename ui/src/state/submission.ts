// The stakeholder submission to OHCHR: drafted by sections, individual or joint, saved as it
// is typed, counted live against the limit in Settings, exported to Word (.docx) or PDF.
import { computed, signal } from "@preact/signals";
import { api, desktop, UserError } from "../ipc";
import type { Submission, SubmissionKind } from "../model";
import { flushAll, tracked } from "./autosave";
import { AutosaveRegistry } from "./autosaveRegistry";
import { settings } from "./settings";
import { inList } from "./versions";
import { wordCount } from "./wordCount";

export const submissions = signal<Submission[]>([]);
/** Whether the stored submissions have been read: until then no draft can be started twice. */
export const submissionsLoaded = signal(false);
/** The submission open in the editor: the first one unless the user picks another. */
export const openId = signal<string | null>(null);

export const current = computed(() => submissions.value.find((s) => s.id === openId.value) ?? submissions.value[0] ?? null);

/** The count as of the last keystroke, by the rule the core applies on export. */
export const liveCount = computed(() => {
  const s = current.value;
  const limits = settings.value;
  if (!s || !limits) return null;
  return wordCount(s, limits);
});

const saves = new AutosaveRegistry<Submission>({
  held: inList(submissions),
  save: api.saveSubmission,
  name: (s) => s.title,
  stored: async () => (await api.submissions()).map((c) => c.submission),
});

export async function loadSubmissions(): Promise<void> {
  const list = await api.submissions();
  submissions.value = list.map((c) => c.submission);
  submissionsLoaded.value = true;
}

/** Starts a submission from the campaign's priority issues, and opens it. */
export async function startDraft(kind: SubmissionKind): Promise<void> {
  const drafted = await tracked(() => api.draftSubmission(kind));
  submissions.value = [...submissions.value, drafted.submission];
  openSubmission(drafted.submission.id);
}

/** Opens another stored submission. Its edits keep their own autosave, so nothing typed in
 *  the one left is lost; what the last export said belonged to that one. */
export function openSubmission(id: string) {
  openId.value = id;
  exportOutput.value = { kind: "idle" };
}

/** A joint submission names its partners; one without any cannot be stored yet. */
export function canSave(s: Submission): boolean {
  return s.title.trim() !== "" && (s.kind === "individual" || s.partners.some((p) => p.trim() !== ""));
}

export function edit(patch: Partial<Submission>) {
  const s = current.value;
  if (!s) return;
  const next = { ...s, ...patch };
  submissions.value = submissions.value.map((x) => (x.id === s.id ? next : x));
  if (canSave(next)) saves.schedule(next);
}

export function editIssue(index: number, patch: Partial<Submission["issues"][number]>) {
  const s = current.value;
  if (!s) return;
  edit({ issues: s.issues.map((i, n) => (n === index ? { ...i, ...patch } : i)) });
}

/** Paragraphs as the user types them in one box: one per line in the editor. */
export function paragraphsFrom(text: string): string[] {
  return text.split("\n");
}

export function addIssue(heading: string) {
  const s = current.value;
  if (!s) return;
  edit({ issues: [...s.issues, { heading, paragraphs: [""] }] });
}

export function removeIssue(index: number) {
  const s = current.value;
  if (!s) return;
  edit({ issues: s.issues.filter((_, n) => n !== index) });
}

export type ExportOutput =
  | { kind: "idle" }
  | { kind: "writing" }
  | { kind: "written"; path: string; words: number; limit: number }
  | { kind: "tooLong"; message: string };

export const exportOutput = signal<ExportOutput>({ kind: "idle" });

export const EXPORT_FILTERS = [
  { name: "Word", extensions: ["docx"] },
  { name: "PDF", extensions: ["pdf"] },
];

/** Writes the open submission to `path` (.docx or .pdf); over the limit only as a draft. */
export async function exportTo(path: string, draft: boolean): Promise<void> {
  const s = current.value;
  const target = path.trim();
  if (!s || target === "") return;
  await flushAll();
  exportOutput.value = { kind: "writing" };
  try {
    const done = await api.exportSubmission(s.id, target, draft);
    exportOutput.value = { kind: "written", path: target, words: done.count.words, limit: done.count.limit };
  } catch (e) {
    if (e instanceof UserError && e.code === "submission_too_long") {
      exportOutput.value = { kind: "tooLong", message: e.message };
      return;
    }
    exportOutput.value = { kind: "idle" };
    throw e;
  }
}

export async function chooseAndExport(title: string, format: "docx" | "pdf", draft: boolean): Promise<void> {
  const filter = format === "docx" ? EXPORT_FILTERS[0] : EXPORT_FILTERS[1];
  const path = await desktop.chooseSaveFile(title, `stakeholder-submission.${format}`, [filter]);
  if (path) await exportTo(path, draft);
}
