// The campaign's calendar: every milestone of the review (computed by the core from the review
// date and the offsets in Settings) with the user's own dates beside them, what is due next
// and what is late, done marks, and the calendar written as an .ics file.
import { computed, signal } from "@preact/signals";
import { api, desktop } from "../ipc";
import type { AgendaEntry, CalendarEntry, CampaignAgenda } from "../model";
import { flushAll, tracked } from "./autosave";
import { offerUndo } from "./notices";
import { today } from "./records";

export const agenda = signal<CampaignAgenda | null>(null);

/** What the dashboard shows: what is late first (it needs acting on), then what is due next. */
export interface Dashboard {
  late: AgendaEntry[];
  dueNext: AgendaEntry[];
}

export function dashboard(entries: readonly AgendaEntry[]): Dashboard {
  return {
    late: entries.filter((e) => e.status === "late"),
    dueNext: entries.filter((e) => e.status === "under_way" || e.status === "next"),
  };
}

export const summary = computed(() => dashboard(agenda.value?.agenda.entries ?? []));

/** Reads the calendar again as of today (after an edit, a settings change, a restore). */
export async function loadAgenda(): Promise<void> {
  // The offsets may have just been edited in Settings: they must be stored before reading.
  await flushAll();
  agenda.value = await api.agenda(today());
}

/** The entry as the core takes it: a milestone by its kind, or a user's date by its id (every
 * entry of the core's agenda has one or the other). */
export function entryRef(e: AgendaEntry): CalendarEntry {
  return e.kind !== null ? { milestone: e.kind } : { custom: e.custom_id ?? "" };
}

export async function markDone(e: AgendaEntry, done: boolean): Promise<void> {
  await tracked(() => api.markCalendarEntry(entryRef(e), done));
  await loadAgenda();
}

/** A date is "YYYY-MM-DD"; the title says what happens. */
export function canAdd(date: string, title: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && title.trim() !== "";
}

export async function addDate(date: string, title: string, notes: string): Promise<void> {
  await tracked(() => api.addCalendarDate(date, title, notes));
  await loadAgenda();
}

export async function deleteDate(e: AgendaEntry, deletedMessage: string): Promise<void> {
  if (!e.custom_id) return;
  const id = e.custom_id;
  const deleted = await tracked(() => api.deleteCalendarDate(id));
  offerUndo(deletedMessage, async () => {
    await tracked(() => api.restoreDeleted(deleted));
    await loadAgenda();
  });
  await loadAgenda();
}

export const ICS_FILTER = { name: "iCalendar", extensions: ["ics"] };

export type CalendarOutput = { kind: "idle" } | { kind: "writing" } | { kind: "written"; path: string; count: number };
export const calendarOutput = signal<CalendarOutput>({ kind: "idle" });

/** Writes the calendar to `path` (.ics). */
export async function saveCalendarTo(path: string): Promise<void> {
  const target = path.trim();
  if (target === "") return;
  calendarOutput.value = { kind: "writing" };
  try {
    const written = await api.writeCalendar(today(), target);
    calendarOutput.value = { kind: "written", path: target, count: written.agenda.entries.length };
  } catch (e) {
    calendarOutput.value = { kind: "idle" };
    throw e;
  }
}

export async function chooseAndSaveCalendar(title: string, stateUnderReview: string): Promise<void> {
  const slug = stateUnderReview
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const path = await desktop.chooseSaveFile(title, `upr-calendar${slug ? `-${slug}` : ""}.ics`, [ICS_FILTER]);
  if (path) await saveCalendarTo(path);
}
