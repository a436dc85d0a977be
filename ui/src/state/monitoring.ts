// Between reviews: the recommendations the State received, with its response and the
// recommending State, and how each is implemented (status, evidence, who is responsible);
// the mid-term report and the advocacy factsheets made from them.
import { computed, signal } from "@preact/signals";
import { api, desktop } from "../ipc";
import type { Evidence, ImplementationStatus, ReceivedRecommendation, Response } from "../model";
import { flushAll, tracked } from "./autosave";
import { AutosaveRegistry } from "./autosaveRegistry";
import { requireCampaignId } from "./campaign";
import { offerUndo } from "./notices";
import { fresh, stamps, today } from "./records";
import { inList } from "./versions";

export const received = signal<ReceivedRecommendation[]>([]);
/** Whether the list has been read from the store: before, the screen shows nothing to edit,
 * so that a recommendation added meanwhile is not overwritten by the list arriving late. */
export const receivedLoaded = signal(false);

export const STATUSES: ImplementationStatus[] = ["not_started", "partially", "fully", "regressed"];
export const RESPONSES: Response[] = ["supported", "noted", "pending"];

/** How many are at each status, in STATUSES order: the line above the list. */
export const statusCounts = computed(() => STATUSES.map((s) => received.value.filter((r) => r.status === s).length));

const saves = new AutosaveRegistry<ReceivedRecommendation>({
  held: inList(received),
  save: api.saveReceivedRecommendation,
  // The recommendation changed elsewhere (`upr-kit received-recommendations track`, say).
  name: (r) => r.text.split(/\s+/).slice(0, 8).join(" "),
  stored: async () => api.receivedRecommendations(await requireCampaignId()),
});

export async function loadReceived(): Promise<void> {
  received.value = await api.receivedRecommendations(await requireCampaignId());
  receivedLoaded.value = true;
}

export async function addReceived(text: string, recommendingState: string, response: Response): Promise<void> {
  const r: ReceivedRecommendation = {
    ...fresh(),
    cycle: null,
    reference: "",
    text: text.trim(),
    recommending_state: recommendingState.trim(),
    response,
    priority_issue_id: null,
    status: "not_started",
    responsible: "",
    evidence: [],
  };
  received.value = [...received.value, r];
  await saves.saveNow(r);
}

/** Records what the State received at one review, from the database of past
 *  recommendations, all or none; returns how many were new. */
export async function takeFromDatabase(session: number): Promise<number> {
  const saved = await tracked(async () => api.recordReceivedFromDatabase(session));
  received.value = [...received.value, ...saved];
  return saved.length;
}

/** Records a pasted list (one per line, as in the report), all or none. */
export async function pasteList(text: string, response: Response): Promise<number> {
  const saved = await tracked(async () => api.recordPastedList(text, response, null, null));
  received.value = [...received.value, ...saved];
  return saved.length;
}

export function editReceived(id: string, patch: Partial<ReceivedRecommendation>) {
  const r = received.value.find((x) => x.id === id);
  if (!r) return;
  const next = { ...r, ...patch };
  received.value = received.value.map((x) => (x.id === id ? next : x));
  // An empty text cannot be stored; it waits until the user types one.
  if (next.text.trim() !== "" && next.evidence.every((e) => e.text.trim() !== "")) saves.schedule(next);
}

export function addEvidence(id: string) {
  const r = received.value.find((x) => x.id === id);
  if (!r) return;
  const e: Evidence = { ...stamps(), date: today(), text: "", source: "" };
  // Not saved until it says something: see editReceived.
  editReceived(id, { evidence: [...r.evidence, e] });
}

export function editEvidence(id: string, evidenceId: string, patch: Partial<Evidence>) {
  const r = received.value.find((x) => x.id === id);
  if (!r) return;
  editReceived(id, { evidence: r.evidence.map((e) => (e.id === evidenceId ? { ...e, ...patch } : e)) });
}

export function removeEvidence(id: string, evidenceId: string) {
  const r = received.value.find((x) => x.id === id);
  if (!r) return;
  editReceived(id, { evidence: r.evidence.filter((e) => e.id !== evidenceId) });
}

export async function deleteReceived(id: string, deletedMessage: string): Promise<void> {
  const index = received.value.findIndex((x) => x.id === id);
  const r = received.value[index];
  if (!r) return;
  saves.cancel(id);
  received.value = received.value.filter((x) => x.id !== id);
  const deleted = await tracked(() => api.deleteReceivedRecommendation(id)).catch((e: unknown) => {
    received.value = [...received.value, r];
    throw e;
  });
  offerUndo(deletedMessage, async () => {
    // Back as it was, evidence included, at its place in the list.
    await tracked(() => api.restoreDeleted(deleted));
    if (deleted.kind !== "received_recommendation") return;
    const at = Math.min(index, received.value.length);
    received.value = [...received.value.slice(0, at), deleted.recommendation, ...received.value.slice(at)];
  });
}

export const PDF_FILTER = { name: "PDF", extensions: ["pdf"] };

export type ReportOutput = { kind: "idle" } | { kind: "writing" } | { kind: "written"; path: string };
export const reportOutput = signal<ReportOutput>({ kind: "idle" });

async function writing(path: string, write: (p: string) => Promise<unknown>) {
  const target = path.trim();
  if (target === "") return;
  await flushAll();
  reportOutput.value = { kind: "writing" };
  try {
    await write(target);
    reportOutput.value = { kind: "written", path: target };
  } catch (e) {
    reportOutput.value = { kind: "idle" };
    throw e;
  }
}

export const writeMidtermTo = (path: string) => writing(path, (p) => api.writeMidtermReport(p));
export const writeFactsheetTo = (issue: string, path: string) => writing(path, (p) => api.writeFactsheet(issue, p));

export async function chooseAndWriteMidterm(title: string) {
  const path = await desktop.chooseSaveFile(title, "midterm-report.pdf", [PDF_FILTER]);
  if (path) await writeMidtermTo(path);
}

export async function chooseAndWriteFactsheet(title: string, issue: string) {
  const slug = issue.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const path = await desktop.chooseSaveFile(title, `factsheet-${slug}.pdf`, [PDF_FILTER]);
  if (path) await writeFactsheetTo(issue, path);
}
