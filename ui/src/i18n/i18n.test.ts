import { describe, expect, it } from "vitest";
import { ERROR_CODES, type CoreError } from "../generated/errors";
import { errorText, noteText } from "./errors";
import { catalogues, formatDate, LANGUAGES, setLanguage, tn } from "./index";

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

describe("window strings", () => {
  // A window user has no terminal: the window never tells them to run a CLI command.
  it("never ask for a CLI command or a --flag", () => {
    const commandLike = /upr-kit |(^|[\s(])--[a-z]/;
    for (const lang of LANGUAGES) {
      const catalogue = catalogues[lang] as Record<string, string>;
      const offending = Object.keys(catalogue).filter((key) => commandLike.test(catalogue[key]!));
      expect(offending, lang).toEqual([]);
    }
  });
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

describe("counts", () => {
  it("follow each language's plural rules", () => {
    setLanguage("en");
    expect(tn("count.meetings", 1)).toBe("1 meeting");
    expect(tn("count.meetings", 0)).toBe("0 meetings");
    expect(tn("count.questions", 2)).toBe("2 questions");
    expect(tn("targets.evidence", 1)).toBe("See the recommendation");
    setLanguage("fr");
    // French takes the singular for 0 and 1, and groups thousands with a narrow space.
    expect(tn("count.meetings", 0)).toBe("0 rencontre");
    expect(tn("count.recommendations", 1)).toBe("1 recommandation");
    expect(tn("count.recommendations", 1500)).toBe("1\u202f500 recommandations");
    setLanguage("es");
    expect(tn("count.questions", 1)).toBe("1 pregunta");
    expect(tn("monitoring.pasted", 3)).toBe("3 recomendaciones registradas.");
    setLanguage("en");
  });

  it("have a singular and a plural in every language", () => {
    const counted = Object.keys(catalogues.en)
      .filter((k) => k.endsWith(".one"))
      .map((k) => k.replace(/\.one$/, ""));
    expect(counted.length).toBeGreaterThan(10);
    for (const lang of LANGUAGES) {
      const keys = Object.keys(catalogues[lang]);
      for (const base of counted) expect(keys, lang).toEqual(expect.arrayContaining([`${base}.one`, `${base}.other`]));
    }
  });
});

describe("French typography", () => {
  const french = Object.entries(catalogues.fr) as [string, string][];

  it("puts a no-break space before : ; ! ? and inside « »", () => {
    for (const [key, text] of french) {
      // A colon in a time ("14:00") or an address ("https://") is not punctuation of a sentence.
      for (const m of text.matchAll(/(.)([:;!?])(?=\s|$)/g)) {
        expect(["\u202f", "\u00a0"], `fr ${key}: “…${m[0]}”`).toContain(m[1]);
      }
      for (const m of text.matchAll(/«(.)|(.)»/g)) {
        expect(["\u202f", "\u00a0"], `fr ${key}: “${m[0]}”`).toContain(m[1] ?? m[2]);
      }
    }
  });

  it("quotes with « » or “ ”, never straight double quotes", () => {
    for (const [key, text] of french) expect(text, `fr ${key}`).not.toMatch(/"/);
  });

  it("never calls a priority issue a question (questions are the written questions)", () => {
    for (const [key, text] of french) expect(text, `fr ${key}`).not.toMatch(/questions? prioritaires?/i);
  });
});
