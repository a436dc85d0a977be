import { describe, expect, it } from "vitest";
import { ERROR_CODES, type CoreError } from "../generated/errors";
import { errorText, noteText } from "./errors";
import { catalogues, formatDate, setLanguage } from "./index";

describe("catalogues", () => {
  const english = Object.keys(catalogues.en).sort();

  for (const lang of ["fr", "es"] as const) {
    it(`${lang} translates every English message`, () => {
      expect(Object.keys(catalogues[lang]).sort()).toEqual(english);
    });

    it(`${lang} keeps every placeholder of the English message`, () => {
      for (const key of english) {
        const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        const en = catalogues.en[key as keyof typeof catalogues.en]!;
        const other = catalogues[lang][key as keyof typeof catalogues.en]!;
        expect(placeholders(other), `${lang} ${key}`).toEqual(placeholders(en));
      }
    });
  }
});

describe("formatDate", () => {
  it("writes the day before the month, as UN documents do", () => {
    setLanguage("en");
    expect(formatDate("2027-03-10")).toBe("10 March 2027");
    setLanguage("fr");
    expect(formatDate("2027-03-10")).toBe("10 mars 2027");
    setLanguage("es");
    expect(formatDate("2027-03-10")).toBe("10 de marzo de 2027");
    setLanguage("en");
  });
});

describe("the core's errors", () => {
  // ERROR_CODES is generated from upr_core::Error: a code added there without its message
  // here fails this test.
  it("have a message in the catalogues for every code", () => {
    const missing = ERROR_CODES.filter((code) => !(`errors.${code}` in catalogues.en));
    expect(missing).toEqual([]);
  });

  const overflow: CoreError = {
    code: "document_too_long",
    kind: "oral_statement",
    measure: { limit: "speaking_time", words: 300, seconds: 164, rate: 110, max_seconds: 120, fits: 220 },
    words_over: 80,
    lines_over: null,
    shorten: [{ part: { part: "paragraph", number: 2 }, words: 120 }],
  };
  const refused: CoreError = {
    code: "invalid_file",
    file: "backup.json",
    problem: { kind: "cut_short", line: 3, column: 1 },
  };

  it("are worded in the window's language with their data", () => {
    setLanguage("fr");
    const text = errorText(overflow);
    expect(text).toContain("300 mots");
    expect(text).toContain("2 min 44 s");
    expect(text).toContain("le paragraphe 2");
    expect(text).toContain("Rien n’a été écrit");
    expect(errorText(refused)).toContain("backup.json n’est pas un fichier valide");
    expect(errorText(refused)).toContain("ligne 3, colonne 1");
    expect(noteText({ note: "some_recommendations_spoken", spoken: 3, all: 9 })).toContain("3 des 9 recommandations");
    for (const english of ["Nothing was written", "Shorten", "words too many", "--", "upr-kit"]) {
      expect(text).not.toContain(english);
      expect(errorText(refused)).not.toContain(english);
    }
    setLanguage("es");
    expect(errorText(overflow)).toContain("No se escribió nada");
    setLanguage("en");
    expect(errorText(overflow)).toContain("80 words too many.");
  });
});
