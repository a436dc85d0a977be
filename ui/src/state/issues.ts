// The campaign's priority issues, most important first, with their facts, questions and
// recommendations. Each issue is saved whole as it is edited; the order is saved on its own.
import { computed, signal } from "@preact/signals";
import { api } from "../ipc";
import type { KeyFact, PriorityIssue, Question, Recommendation, Settings } from "../model";
import { flushAll, tracked } from "./autosave";
import { AutosaveRegistry } from "./autosaveRegistry";
import { savedCampaignId } from "./campaign";
import { offerUndo } from "./notices";
import { fresh, moved, stamps } from "./records";
import { inList } from "./versions";

export const issues = signal<PriorityIssue[]>([]);

/** The issues in priority order (rank 1 first). */
export const ordered = computed(() => issues.value.slice().sort((a, b) => a.rank - b.rank));

const held = inList(issues);
const saves = new AutosaveRegistry<PriorityIssue>({
  held,
  save: api.savePriorityIssue,
  name: (issue) => issue.title,
  stored: async () => (await api.workspace()).priority_issues,
});

export function canSave(issue: PriorityIssue): boolean {
  return issue.title.trim() !== "";
}

function commit(next: PriorityIssue) {
  issues.value = issues.value.map((i) => (i.id === next.id ? next : i));
  if (canSave(next)) saves.schedule(next);
}

export function issueById(id: string): PriorityIssue | undefined {
  return issues.value.find((i) => i.id === id);
}

/** Adds an issue at the end of the list and saves it at once; returns its id. */
export async function addIssue(title: string): Promise<string> {
  const issue: PriorityIssue = {
    ...fresh(),
    title: title.trim(),
    rank: issues.value.reduce((max, i) => Math.max(max, i.rank), 0) + 1,
    upr_issues: [],
    background: "",
    facts: [],
    questions: [],
    recommendations: [],
  };
  issues.value = [...issues.value, issue];
  await saves.saveNow(issue);
  return issue.id;
}

export function editIssue(id: string, change: (issue: PriorityIssue) => PriorityIssue) {
  const issue = issueById(id);
  if (issue) commit(change(issue));
}

/** Deletes an issue; Undo puts back the issue and everything that went with it (the asks of
 * its recommendations, the received recommendations linked to it) exactly as it was. */
export async function deleteIssue(id: string, deletedMessage: (title: string) => string): Promise<void> {
  const issue = issueById(id);
  if (!issue) return;
  saves.cancel(id);
  issues.value = issues.value.filter((i) => i.id !== id);
  const deleted = await tracked(() => api.deletePriorityIssue(id)).catch((e: unknown) => {
    issues.value = [...issues.value, issue];
    throw e;
  });
  offerUndo(deletedMessage(issue.title), async () => {
    await tracked(() => api.restoreDeleted(deleted));
    if (deleted.kind === "priority_issue") issues.value = [...issues.value, deleted.issue];
  });
}

/** Sets the order (first id = rank 1) and stores it. Pending edits are written first, since
 * each carries its rank. */
export async function reorder(ids: string[]): Promise<void> {
  const rank = new Map(ids.map((id, index) => [id, index + 1]));
  issues.value = issues.value.map((i) => ({ ...i, rank: rank.get(i.id) ?? i.rank }));
  // A pending edit was taken with the old rank: give it the new one before it is written.
  for (const i of issues.value) {
    if (saves.hasPending(i.id) && canSave(i)) saves.schedule(i);
  }
  await flushAll();
  const campaignId = await savedCampaignId();
  if (!campaignId) return;
  const stored = await tracked(() => api.reorderPriorityIssues(campaignId, ids));
  // Each issue whose rank moved has a new version: the next save is based on it.
  for (const s of stored) {
    const i = held.get(s.id);
    if (i) held.set(s.id, { ...i, version: s.version });
  }
}

/** Moves an issue `delta` places (−1 up, +1 down); nothing happens at either end. */
export function move(id: string, delta: number): Promise<void> {
  const ids = ordered.value.map((i) => i.id);
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return Promise.resolve();
  return reorder(moved(ids, from, to));
}

/** Drops the dragged issue onto the place of another. */
export function moveOnto(draggedId: string, targetId: string): Promise<void> {
  const ids = ordered.value.map((i) => i.id);
  const from = ids.indexOf(draggedId);
  const to = ids.indexOf(targetId);
  if (from < 0 || to < 0 || from === to) return Promise.resolve();
  return reorder(moved(ids, from, to));
}

// Children: a fact, question or recommendation is part of its issue and saved with it.

export type ChildList = "facts" | "questions" | "recommendations";

export function newFact(): KeyFact {
  return { ...stamps(), text: "", source: "" };
}
export function newQuestion(): Question {
  return { ...stamps(), text: "" };
}
export function newRecommendation(): Recommendation {
  return { ...stamps(), text: "", action_category: null, previously_recommended: "" };
}

export function addChild(issueId: string, list: ChildList): string {
  const child = list === "facts" ? newFact() : list === "questions" ? newQuestion() : newRecommendation();
  editIssue(issueId, (i) => ({ ...i, [list]: [...i[list], child] }));
  return child.id;
}

/** Adds a recommendation already written (from a past one) to the issue and saves it now;
 * null when the issue is no longer there (deleted meanwhile): nothing is added. */
export async function addRecommendation(
  issueId: string,
  fields: Pick<Recommendation, "text" | "action_category" | "previously_recommended">,
): Promise<string | null> {
  const issue = issueById(issueId);
  if (!issue) return null;
  const rec: Recommendation = { ...newRecommendation(), ...fields };
  const next = { ...issue, recommendations: [...issue.recommendations, rec] };
  issues.value = issues.value.map((i) => (i.id === issueId ? next : i));
  await saves.saveNow(next);
  return rec.id;
}

export function editChild<L extends ChildList>(
  issueId: string,
  list: L,
  childId: string,
  patch: Partial<PriorityIssue[L][number]>,
) {
  editIssue(issueId, (i) => ({
    ...i,
    [list]: (i[list] as Array<{ id: string }>).map((c) => (c.id === childId ? { ...c, ...patch } : c)),
  }));
}

export function moveChild(issueId: string, list: ChildList, childId: string, delta: number) {
  editIssue(issueId, (i) => {
    const items = i[list] as Array<{ id: string }>;
    const from = items.findIndex((c) => c.id === childId);
    return { ...i, [list]: moved(items, from, from + delta) };
  });
}

export function removeChild(issueId: string, list: ChildList, childId: string, deletedMessage: string) {
  const issue = issueById(issueId);
  if (!issue) return;
  const items = issue[list] as Array<{ id: string }>;
  const index = items.findIndex((c) => c.id === childId);
  if (index < 0) return;
  const child = items[index];
  editIssue(issueId, (i) => ({ ...i, [list]: (i[list] as Array<{ id: string }>).filter((c) => c.id !== childId) }));
  offerUndo(deletedMessage, async () => {
    editIssue(issueId, (i) => {
      const now = (i[list] as Array<{ id: string }>).slice();
      now.splice(Math.min(index, now.length), 0, child);
      return { ...i, [list]: now };
    });
    await saves.flush(issueId);
  });
}

/** Whether an issue has what a delegation can use: 4–5 questions and 4–5 recommendations
 * (Settings.items_per_issue_min/max). */
export type Completeness = { complete: boolean; questions: "few" | "ok" | "many"; recommendations: "few" | "ok" | "many" };

export function completeness(issue: PriorityIssue, settings: Pick<Settings, "items_per_issue_min" | "items_per_issue_max">): Completeness {
  const judge = (items: Array<{ text: string }>) => {
    const n = items.filter((x) => x.text.trim() !== "").length;
    return n < settings.items_per_issue_min ? "few" : n > settings.items_per_issue_max ? "many" : "ok";
  };
  const questions = judge(issue.questions);
  const recommendations = judge(issue.recommendations);
  return { complete: questions === "ok" && recommendations === "ok", questions, recommendations };
}
