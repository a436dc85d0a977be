// The Member States' names in the window's language, shown beside the UN's English names in
// the State pickers. What is stored stays the English name the UN lists (it is what the
// database of past recommendations and UPR Info's exports use); an Arabic, Russian or Chinese
// speaker recognises the State by the name in their language. The names are the UN's own
// (assets/states/{lang}.json, keyed by ISO 3166-1 alpha-3 code).
import ar from "../../../assets/states/ar.json";
import ru from "../../../assets/states/ru.json";
import zh from "../../../assets/states/zh.json";
import { language, type Language } from "../i18n";
import { UN_MEMBER_STATE_CODES } from "./memberStates";

/** A State's names in one language, as the files hold them. */
export interface StateNames {
  short: string;
  formal: string;
  /** The article before the name ("the"); "" in languages without one. */
  article: string;
}

export const STATE_NAMES: Partial<Record<Language, Readonly<Record<string, StateNames>>>> = { ar, ru, zh };

/** The label of each Member State in the window's language, by its English UN name; none while
 * the window speaks a language whose names are the English ones' own spelling. */
export function memberStateLabels(lang: Language = language()): Readonly<Record<string, string>> | undefined {
  const names = STATE_NAMES[lang];
  if (!names) return undefined;
  return Object.fromEntries(
    Object.entries(UN_MEMBER_STATE_CODES).flatMap(([english, code]) => (names[code] ? [[english, names[code].short]] : [])),
  );
}
