// The fictional demo and the first-run setup that replaces it: whether the window shows the
// demo (it says so on every screen), the user's own organisation and campaign in its place,
// and the demo shown again. Both replacements keep a snapshot of what they replace (core).
import { signal } from "@preact/signals";
import { api } from "../ipc";
import { flushAll } from "./autosave";
import { emptyCampaign } from "./campaign";
import { emptyOrganisation } from "./organisation";
import { loadSnapshots } from "./snapshots";
import { loadWorkspace } from "./workspace";

export const demoShown = signal(false);

export async function loadDemoShown(): Promise<void> {
  demoShown.value = await api.demoShown();
}

export interface OwnStart {
  organisation: string;
  stateUnderReview: string;
  /** yyyy-mm-dd, or "" when not known yet. */
  reviewDate: string;
}

export function canStart(own: OwnStart): boolean {
  return own.organisation.trim() !== "" && own.stateUnderReview.trim() !== "";
}

/** Replaces the demo with the user's own organisation and campaign. */
export async function startOwn(own: OwnStart): Promise<void> {
  await flushAll();
  const organisation = { ...emptyOrganisation(), name: own.organisation.trim() };
  const campaign = { ...emptyCampaign(), state_under_review: own.stateUnderReview.trim(), review_date: own.reviewDate || null };
  await api.startOwn(organisation, campaign);
  await Promise.all([loadWorkspace(), loadDemoShown(), loadSnapshots()]);
}

/** Shows the demo again in place of the user's data (kept as a snapshot). */
export async function showDemoAgain(): Promise<void> {
  await flushAll();
  await api.showDemoAgain();
  await Promise.all([loadWorkspace(), loadDemoShown(), loadSnapshots()]);
}
