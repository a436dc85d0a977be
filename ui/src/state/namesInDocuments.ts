// The names the documents' sentences say (the State under Review, the organisation) in each
// document language, and the campaign's own words for them: a fictional or disputed State, an
// organisation's article. The core resolves them (`names_in_text`); the window shows what it
// says ("the Republic of Meridia", « la République de Méridie ») and keeps the user's edits.
import { signal } from "@preact/signals";
import { api } from "../ipc";
import type { CustomName, Language, NameInDocuments } from "../model";
import { Autosave } from "./autosave";
import { savedCampaignId } from "./campaign";

export const namesInDocuments = signal<NameInDocuments[]>([]);

const savers = new Map<string, Autosave<CustomName>>();

function key(typed: string, language: Language): string {
  return `${language}\u0000${typed}`;
}

/** Reads the names again from the core, once the campaign is stored. */
export async function loadNamesInDocuments(): Promise<void> {
  if (!(await savedCampaignId())) {
    namesInDocuments.value = [];
    return;
  }
  namesInDocuments.value = await api.namesInDocuments();
}

/** The user changed one form of a name: shown at once, saved a moment later as the campaign's
 * own words, then read back as the core says it in a sentence. A name left without its formal
 * form is not saved (the core refuses it). */
export function editName(row: NameInDocuments, patch: Partial<Pick<CustomName, "short" | "formal" | "article">>) {
  const next = { ...row, ...patch, own: true };
  namesInDocuments.value = namesInDocuments.value.map((n) =>
    n.party === row.party && n.language === row.language ? next : n,
  );
  if (next.formal.trim() === "") return;
  const k = key(row.typed, row.language);
  let saver = savers.get(k);
  if (!saver) {
    saver = new Autosave<CustomName>(async (name) => {
      await api.saveCustomName(name);
      await loadNamesInDocuments();
    });
    savers.set(k, saver);
  }
  saver.schedule({ typed: next.typed, language: next.language, short: next.short, formal: next.formal, article: next.article });
}

/** Forgets the campaign's words: the UN's list (or the name as typed) again. */
export async function resetName(row: NameInDocuments): Promise<void> {
  savers.get(key(row.typed, row.language))?.cancel();
  await api.resetCustomName(row.typed, row.language);
  await loadNamesInDocuments();
}
