// Which screen the window shows. Leaving a screen writes its pending edits first.
import { signal } from "@preact/signals";
import { flushAll } from "./autosave";

export const SCREENS = ["overview", "organisation", "campaign", "issues", "targets", "meetings", "documents", "calendar", "submission", "monitoring", "database", "coalition", "settings"] as const;
export type Screen = (typeof SCREENS)[number];

export const screen = signal<Screen>("overview");
/** The priority issue open in the editor. */
export const openIssueId = signal<string | null>(null);

export function go(to: Screen) {
  void flushAll();
  screen.value = to;
}
