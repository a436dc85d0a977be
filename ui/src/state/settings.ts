// The user's settings, and the window's language, which is one of them.
import { signal } from "@preact/signals";
import { isLanguage, setLanguage, type Language } from "../i18n";
import { api } from "../ipc";
import type { Settings } from "../model";
import { Autosave } from "./autosave";

export const settings = signal<Settings | null>(null);

const saver = new Autosave<Settings>((s) => api.saveSettings(s));

export function adoptSettings(s: Settings) {
  settings.value = s;
  if (isLanguage(s.ui_language)) setLanguage(s.ui_language);
}

export function editSettings(patch: Partial<Settings>) {
  if (!settings.value) return;
  const next = { ...settings.value, ...patch };
  settings.value = next;
  saver.schedule(next);
}

/** Switches the window's language at once and stores the choice. */
export function setUiLanguage(lang: Language) {
  setLanguage(lang);
  editSettings({ ui_language: lang });
  return saver.flush();
}
