import { describe, expect, it, vi } from "vitest";
import type { AgendaEntry, EntryStatus } from "../model";

vi.mock("../ipc", async () => {
  const actual = await vi.importActual<typeof import("../ipc")>("../ipc");
  return { ...actual, api: {} };
});

const { dashboard, entryRef, canAdd } = await import("./calendar");

function entry(title: string, status: EntryStatus, kind: AgendaEntry["kind"] = null, custom_id: string | null = null): AgendaEntry {
  return { kind, custom_id, title, notes: "", start: "2026-12-01", end: "2026-12-01", geneva_time: null, utc: null, estimated: false, status };
}

describe("the dashboard of the calendar", () => {
  const entries = [
    entry("Consultations", "late", "national_consultations"),
    entry("Deadline", "done", "submission_deadline"),
    entry("Documents", "past", "documents_published"),
    entry("Capitals", "under_way", "capitals_lobbying"),
    entry("Coalition meeting", "next", null, "c1"),
    entry("Geneva", "next", "geneva_lobbying"),
    entry("Review", "upcoming", "review"),
  ];

  it("lists as late only what the NGO had to do and has not marked done", () => {
    expect(dashboard(entries).late.map((e) => e.title)).toEqual(["Consultations"]);
  });

  it("lists as due next what is under way and everything on the next date, in calendar order", () => {
    expect(dashboard(entries).dueNext.map((e) => e.title)).toEqual(["Capitals", "Coalition meeting", "Geneva"]);
  });

  it("shows nothing when the calendar is empty", () => {
    expect(dashboard([])).toEqual({ late: [], dueNext: [] });
  });

  it("names a milestone by its kind and a user's date by its id when marking it done", () => {
    expect(entryRef(entries[0])).toEqual({ milestone: "national_consultations" });
    expect(entryRef(entries[4])).toEqual({ custom: "c1" });
  });

  it("adds a date only with a valid day and a title", () => {
    expect(canAdd("2026-12-15", "Coalition meeting")).toBe(true);
    expect(canAdd("2026-12-15", "  ")).toBe(false);
    expect(canAdd("15/12/2026", "Coalition meeting")).toBe(false);
  });
});
