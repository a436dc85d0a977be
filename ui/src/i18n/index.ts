// User-visible text, one catalogue per language: the six official languages of the UN. A key
// missing from a catalogue falls back to English, so a half-translated catalogue never shows a
// blank (i18n.test.ts checks that none is missing). A count's key has one form per plural
// category of the language (`.one`/`.other` in English; `.zero` to `.other` in Arabic;
// `.one`/`.few`/`.many`/`.other` in Russian; `.other` alone in Chinese).
import { signal } from "@preact/signals";
import ar from "./ar.json";
import en from "./en.json";
import es from "./es.json";
import fr from "./fr.json";
import ru from "./ru.json";
import zh from "./zh.json";

export type Language = "en" | "fr" | "es" | "ar" | "ru" | "zh";
export type MessageKey = keyof typeof en;

export const catalogues: Record<Language, Partial<Record<MessageKey, string>>> = { en, fr, es, ar, ru, zh };

/** The languages of the window, in the order the UN lists them after the working languages. */
export const LANGUAGES: Language[] = ["en", "fr", "es", "ar", "ru", "zh"];

/** The languages documents can be written in: all six, as the core words its documents in
 * each (`assets/wording/`). */
export const DOCUMENT_LANGUAGES: Language[] = LANGUAGES;

/** The languages written from right to left: the window is mirrored for them. */
const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set(["ar"]);

/** "rtl" for Arabic, "ltr" for the others. */
export function direction(lang: Language = current.value): "rtl" | "ltr" {
  return RIGHT_TO_LEFT.has(lang) ? "rtl" : "ltr";
}

// A signal, so that every component that called t() renders again when the language changes.
const current = signal<Language>("en");

export function isLanguage(s: unknown): s is Language {
  return LANGUAGES.includes(s as Language);
}

export function setLanguage(lang: Language) {
  current.value = lang;
  if (typeof document !== "undefined") {
    document.documentElement.lang = lang;
    // The whole window turns: the navigation moves to the right, text starts on the right,
    // and the styles' logical properties (margin-inline-start…) follow.
    document.documentElement.dir = direction(lang);
  }
}

export function language(): Language {
  return current.value;
}

/** The message for `key` in the current language, with `{name}` placeholders filled. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = catalogues[current.value][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** A key that has plural forms: `key.one`, `key.other` (and `key.many`… where a language has
 * them), chosen by the language's plural rules (`Intl.PluralRules`). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

/** The message `key` for the count `n` ("1 meeting", "2 meetings"; "0 rencontre" in French,
 * where 0 takes the singular), with `{n}` the count written as the language writes numbers. */
export function tn(key: PluralKey, n: number, vars: Record<string, string | number> = {}): string {
  const locale = NUMBER_LOCALES[current.value];
  const category = new Intl.PluralRules(locale).select(n);
  const own = catalogues[current.value] as Record<string, string | undefined>;
  const english = en as Record<string, string | undefined>;
  const template = own[`${key}.${category}`] ?? own[`${key}.other`] ?? english[`${key}.${category}`] ?? english[`${key}.other`] ?? key;
  const filled: Record<string, string | number> = { ...vars, n: new Intl.NumberFormat(locale).format(n) };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in filled ? String(filled[name]) : whole));
}

/** Names or phrases one after the other, with the language's comma ("a, b", "a، b", "a、b");
 * `clauses` for parts that hold commas themselves ("a; b", "a؛ b", "a；b"). */
export function joined(items: string[], kind: "items" | "clauses" = "items"): string {
  return items.join(t(kind === "items" ? "list.separator" : "list.clauseSeparator"));
}

/** Items joined as the language joins a list ("a, b and c", "a, b et c", "a, b y c"). */
export function wordList(items: string[]): string {
  return new Intl.ListFormat(NUMBER_LOCALES[current.value], { type: "conjunction" }).format(items);
}

/** The locale numbers are written in. Arabic keeps the digits 0–9, as UN documents in Arabic
 * do and as the numbers the user typed are written, so one line never mixes two sets of
 * digits. */
const NUMBER_LOCALES: Record<Language, string> = {
  en: "en-GB",
  fr: "fr-FR",
  es: "es-ES",
  ar: "ar-u-nu-latn",
  ru: "ru-RU",
  zh: "zh-CN",
};

/** The locale dates are written in: UN documents write "10 March 2027", not "March 10, 2027". */
const DATE_LOCALES: Record<Language, string> = NUMBER_LOCALES;

/** A moment as the user's language writes it, in local time ("30 November 2026, 14:05"). */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(DATE_LOCALES[current.value], { dateStyle: "long", timeStyle: "short" }).format(new Date(iso));
}

/** A number as the user's language writes it ("9.5", "9,5"). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(DATE_LOCALES[current.value]).format(n);
}

/** A date as the user's language writes it ("10 March 2027", "10 mars 2027"). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat(DATE_LOCALES[current.value], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
