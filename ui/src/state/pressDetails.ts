// What the campaign's press release says beyond the campaign: the dateline's city, the
// spokesperson and their quote, what the organisation welcomes and regrets. Saved as typed.
import { signal } from "@preact/signals";
import { api } from "../ipc";
import type { PressDetails } from "../model";
import { Autosave } from "./autosave";
import { savedCampaignId } from "./campaign";

export const pressDetails = signal<PressDetails | null>(null);

const saver = new Autosave<PressDetails>((details) => api.savePressDetails(details));

/** Reads them from the core once the campaign is stored; null before. */
export async function loadPressDetails(): Promise<void> {
  pressDetails.value = (await savedCampaignId()) ? await api.pressDetails() : null;
}

/** The user typed in one field: shown at once, saved a moment later. */
export function editPressDetails(patch: Partial<PressDetails>) {
  const current = pressDetails.value;
  if (!current) return;
  const next = { ...current, ...patch };
  pressDetails.value = next;
  saver.schedule(next);
}
