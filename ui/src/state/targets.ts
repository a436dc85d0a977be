// Target States: whom the organisation lobbies and why, their contacts, and the
// recommendations it asks each to make.
import { signal } from "@preact/signals";
import { api } from "../ipc";
import type { ContactPerson, LobbyTargets, Post, TargetState } from "../model";
import { tracked } from "./autosave";
import { AutosaveRegistry } from "./autosaveRegistry";
import { meetings } from "./meetings";
import { offerUndo } from "./notices";
import { fresh, stamps } from "./records";
import { inList } from "./versions";

export const targets = signal<TargetState[]>([]);

const saves = new AutosaveRegistry<TargetState>({
  held: inList(targets),
  save: api.saveTargetState,
  name: (t) => t.state,
  stored: async () => (await api.workspace()).target_states,
});

export function canSave(t: TargetState): boolean {
  return t.state.trim() !== "";
}

function commit(next: TargetState) {
  targets.value = targets.value.map((t) => (t.id === next.id ? next : t));
  if (canSave(next)) saves.schedule(next);
}

export async function addTarget(state: string, reason = ""): Promise<string> {
  const target: TargetState = { ...fresh(), state: state.trim(), reason, contacts: [], asks: [] };
  targets.value = [...targets.value, target];
  await saves.saveNow(target);
  return target.id;
}

export function editTarget(id: string, change: (t: TargetState) => TargetState) {
  const t = targets.value.find((x) => x.id === id);
  if (t) commit(change(t));
}

/** Deletes a target State; Undo puts it back with its contacts, its asks and the links of
 * the meetings held with its delegation, exactly as they were. */
export async function deleteTarget(id: string, deletedMessage: (state: string) => string): Promise<void> {
  const target = targets.value.find((t) => t.id === id);
  if (!target) return;
  saves.cancel(id);
  targets.value = targets.value.filter((t) => t.id !== id);
  const deleted = await tracked(() => api.deleteTargetState(id)).catch((e: unknown) => {
    targets.value = [...targets.value, target];
    throw e;
  });
  // The meetings held with it no longer name it (the store unlinked them).
  meetings.value = meetings.value.map((m) => (m.target_state_id === id ? { ...m, target_state_id: null } : m));
  offerUndo(deletedMessage(target.state), async () => {
    await tracked(() => api.restoreDeleted(deleted));
    if (deleted.kind !== "target_state") return;
    const position = Math.min(deleted.position, targets.value.length);
    targets.value = [...targets.value.slice(0, position), deleted.target, ...targets.value.slice(position)];
    meetings.value = meetings.value.map((m) => (deleted.meetings.includes(m.id) && m.target_state_id === null ? { ...m, target_state_id: id } : m));
  });
}

export function addContact(targetId: string, post: Post): string {
  const contact: ContactPerson = { ...stamps(), name: "", role: "", post, email: "", phone: "" };
  editTarget(targetId, (t) => ({ ...t, contacts: [...t.contacts, contact] }));
  return contact.id;
}

export function editContact(targetId: string, contactId: string, patch: Partial<ContactPerson>) {
  editTarget(targetId, (t) => ({ ...t, contacts: t.contacts.map((c) => (c.id === contactId ? { ...c, ...patch } : c)) }));
}

export function removeContact(targetId: string, contactId: string, deletedMessage: string) {
  const target = targets.value.find((t) => t.id === targetId);
  const index = target?.contacts.findIndex((c) => c.id === contactId) ?? -1;
  if (!target || index < 0) return;
  const contact = target.contacts[index];
  editTarget(targetId, (t) => ({ ...t, contacts: t.contacts.filter((c) => c.id !== contactId) }));
  offerUndo(deletedMessage, async () => {
    editTarget(targetId, (t) => {
      const contacts = t.contacts.slice();
      contacts.splice(Math.min(index, contacts.length), 0, contact);
      return { ...t, contacts };
    });
    await saves.flush(targetId);
  });
}

/** Asks (or stops asking) a target State to make one of our recommendations. */
export function toggleAsk(targetId: string, recommendationId: string, asked: boolean) {
  editTarget(targetId, (t) => ({
    ...t,
    asks: asked ? [...t.asks.filter((a) => a !== recommendationId), recommendationId] : t.asks.filter((a) => a !== recommendationId),
  }));
}

// Suggestions from the database of past recommendations (#5's lobby ranking).

export type Suggestions = { kind: "idle" } | { kind: "loading" } | { kind: "ready"; result: LobbyTargets } | { kind: "failed"; message: string };

export const suggestions = signal<Suggestions>({ kind: "idle" });

export async function loadSuggestions(): Promise<void> {
  suggestions.value = { kind: "loading" };
  try {
    suggestions.value = { kind: "ready", result: await api.lobbyTargets(null) };
  } catch (e) {
    suggestions.value = { kind: "failed", message: (e as Error).message };
  }
}
