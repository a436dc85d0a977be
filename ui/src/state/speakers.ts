// The review's list of speakers, when the user has it: the States inscribed to speak at the
// Working Group, published shortly before the review. Given, the suggestions of whom to lobby
// put the inscribed States first (the ranking is Rust's; this only keeps the list).
import { signal } from "@preact/signals";
import { api, UserError } from "../ipc";
import { savedCampaignId } from "./campaign";
import { loadSuggestions, suggestions } from "./targets";

/** The campaign's list as kept (the States' English UN names), in order; empty: not known. */
export const listOfSpeakers = signal<string[]>([]);

/** Reads the list from the core once the campaign is stored; empty before. */
export async function loadListOfSpeakers(): Promise<void> {
  listOfSpeakers.value = (await savedCampaignId()) ? await api.listOfSpeakers() : [];
}

/** Keeps a pasted list (empty text forgets it) and ranks the shown suggestions again. Resolves
 *  to the names the app did not recognise, with nothing kept, or to [] once kept. */
export async function keepListOfSpeakers(text: string): Promise<string[]> {
  try {
    listOfSpeakers.value = await api.setListOfSpeakers(text);
  } catch (e) {
    if (e instanceof UserError && e.data?.code === "unknown_speakers") return e.data.names;
    throw e;
  }
  if (suggestions.value.kind === "ready") await loadSuggestions();
  return [];
}
