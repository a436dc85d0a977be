// Meetings with delegations, newest first, with the follow-up each one calls for.
import { computed, signal } from "@preact/signals";
import { api } from "../ipc";
import type { Meeting, MeetingPlace } from "../model";
import { tracked } from "./autosave";
import { AutosaveRegistry } from "./autosaveRegistry";
import { offerUndo } from "./notices";
import { fresh, today } from "./records";
import { inList } from "./versions";

export const meetings = signal<Meeting[]>([]);

/** Newest first: the next meeting to prepare and the last one to follow up are on top. */
export const byDate = computed(() => meetings.value.slice().sort((a, b) => b.date.localeCompare(a.date)));

const saves = new AutosaveRegistry<Meeting>({
  held: inList(meetings),
  save: api.saveMeeting,
  name: (m) => m.date,
  stored: async () => (await api.workspace()).meetings,
});

/** A meeting needs a valid day; an empty date field waits until one is picked. */
export function canSave(m: Meeting): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(m.date);
}

export async function addMeeting(place: MeetingPlace = "capital", targetStateId: string | null = null): Promise<string> {
  const meeting: Meeting = {
    ...fresh(),
    date: today(),
    place,
    location: "",
    target_state_id: targetStateId,
    people: "",
    notes: "",
    follow_up: null,
    time: null,
  };
  meetings.value = [...meetings.value, meeting];
  await saves.saveNow(meeting);
  return meeting.id;
}

export function editMeeting(id: string, patch: Partial<Meeting>) {
  const m = meetings.value.find((x) => x.id === id);
  if (!m) return;
  const next = { ...m, ...patch };
  meetings.value = meetings.value.map((x) => (x.id === id ? next : x));
  if (canSave(next)) saves.schedule(next);
}

export async function deleteMeeting(id: string, deletedMessage: (date: string) => string): Promise<void> {
  const meeting = meetings.value.find((m) => m.id === id);
  if (!meeting) return;
  saves.cancel(id);
  meetings.value = meetings.value.filter((m) => m.id !== id);
  const deleted = await tracked(() => api.deleteMeeting(id)).catch((e: unknown) => {
    meetings.value = [...meetings.value, meeting];
    throw e;
  });
  offerUndo(deletedMessage(meeting.date), async () => {
    await tracked(() => api.restoreDeleted(deleted));
    if (deleted.kind === "meeting") meetings.value = [...meetings.value, deleted.meeting];
  });
}

/** Follow-ups not yet done whose due date has passed (or is today). */
export function overdue(list: Meeting[], on: string = today()): Meeting[] {
  return list.filter((m) => m.follow_up && !m.follow_up.done && m.follow_up.due !== null && m.follow_up.due <= on);
}
