// The print run for Geneva: a brief for every target State written into one folder, and one
// PDF of them all behind an agenda page, with the choices of the Documents screen (language,
// paper, draft, issues). The core does the work off the window's thread and says each file as
// it is finished; Cancel stops it between two files, so only whole files are left.
import { signal } from "@preact/signals";
import { api, desktop, toUserError, type UserError } from "../ipc";
import type { DocumentOptions, PrintRun } from "../model";
import { flushAll } from "./autosave";
import { choice, selectedIssues } from "./documents";

export type PrintRunState =
  | { kind: "idle" }
  | { kind: "running"; done: number; total: number; state: string | null; cancelling: boolean }
  | { kind: "done"; run: PrintRun }
  | { kind: "failed"; error: UserError };

export const printRun = signal<PrintRunState>({ kind: "idle" });
/** The folder typed by the user (the dialog's choice is shown here too). */
export const printFolder = signal("");

/** The choices every document takes, as the Documents screen holds them. */
export function printOptions(): DocumentOptions {
  const c = choice.value;
  return {
    language: c.language,
    paper: c.paper,
    draft: c.draft,
    // Empty means all, as for one brief.
    issues: c.excludedIssues.length > 0 ? selectedIssues.value.map((i) => i.title) : [],
  };
}

/** Writes every brief into `folder`. Pending edits are saved first, so the briefs have them. */
export async function printBriefsTo(folder: string): Promise<void> {
  const target = folder.trim();
  if (target === "" || printRun.value.kind === "running") return;
  printFolder.value = target;
  await flushAll();
  printRun.value = { kind: "running", done: 0, total: 0, state: null, cancelling: false };
  try {
    const run = await api.writeBriefs(printOptions(), target, (p) => {
      const now = printRun.value;
      const cancelling = now.kind === "running" && now.cancelling;
      printRun.value = { kind: "running", done: p.done, total: p.total, state: p.state, cancelling };
    });
    printRun.value = { kind: "done", run };
  } catch (e) {
    printRun.value = { kind: "failed", error: toUserError(e) };
  }
}

/** Asks for the folder with the native dialog, then writes there. */
export async function chooseFolderAndPrint(title: string): Promise<void> {
  const folder = await desktop.chooseFolder(title);
  if (folder) await printBriefsTo(folder);
}

/** Stops the run after the file being written; the run then reports what it wrote. */
export async function cancelPrintRun(): Promise<void> {
  const now = printRun.value;
  if (now.kind !== "running") return;
  printRun.value = { ...now, cancelling: true };
  await api.cancelPrintRun();
}

export function openCombined(): Promise<void> {
  const now = printRun.value;
  if (now.kind !== "done" || now.run.combined === null) return Promise.resolve();
  return desktop.openInViewer(now.run.combined);
}
