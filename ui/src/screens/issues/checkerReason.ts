// Why the checker found a recommendation's category, worded as a person says it, in the
// window's language: the core sends the quotations and the part each one is, never a sentence.
import { t, wordList } from "../../i18n";
import type { Classification } from "../../model";

/** "Why: it asks to “Adopt a law on” and it says “budget”." */
export function reasonInWords(because: Classification["because"]): string {
  return t("checker.because", { reasons: wordList(because.map((r) => t(`checker.because.${r.part}`, { phrase: r.phrase }))) });
}
