import { afterEach, describe, expect, it, vi } from "vitest";
import { ERROR_CODES, type CoreError } from "../generated/errors";
import { errorText, noteText } from "./errors";
import { catalogues, direction, formatDate, formatNumber, type Language, LANGUAGES, setLanguage, t, tn } from "./index";

describe("catalogues", () => {
  // A contributor corrects a language in one file (ar.json, ru.json…); these tests say what is
  // missing or left over there, key by key.
  const english = catalogues.en as Record<string, string>;
  /** The keys of a count: `count.meetings` for `count.meetings.one` and `.other`. */
  const counted = new Set(
    Object.keys(english)
      .filter((k) => k.endsWith(".other") && `${k.slice(0, -6)}.one` in english)
      .map((k) => k.slice(0, -6)),
  );
  const baseOf = (key: string) => key.slice(0, key.lastIndexOf("."));

  /** The plural categories a language gives whole counts (0 to 1000), and `other`, the
   * fallback `tn()` takes: one/other in English, zero…other in Arabic, other alone in Chinese. */
  function categories(lang: Language): string[] {
    const rules = new Intl.PluralRules(lang);
    const found = new Set(["other"]);
    for (let n = 0; n <= 1000; n++) found.add(rules.select(n));
    return [...found].sort();
  }
  /** A category that only one count takes ("one" in English, "two" in Arabic) may leave the
   * count out of its words ("See the recommendation", «كلمتان»); Russian "one" (1, 21, 31…)
   * may not. */
  function singleCount(lang: Language, category: string): boolean {
    const rules = new Intl.PluralRules(lang);
    let counts = 0;
    for (let n = 0; n <= 1000; n++) if (rules.select(n) === category) counts++;
    return counts === 1;
  }

  function expectedKeys(lang: Language): string[] {
    const plain = Object.keys(english).filter((k) => !counted.has(baseOf(k)));
    const forms = [...counted].flatMap((base) => categories(lang).map((c) => `${base}.${c}`));
    return [...plain, ...forms].sort();
  }

  it("give Arabic six plural forms, Russian four, Chinese one", () => {
    expect(categories("ar")).toEqual(["few", "many", "one", "other", "two", "zero"]);
    expect(categories("ru")).toEqual(["few", "many", "one", "other"]);
    expect(categories("zh")).toEqual(["other"]);
    expect(categories("fr")).toEqual(["one", "other"]);
  });

  for (const lang of LANGUAGES.filter((l) => l !== "en")) {
    it(`${lang} translates every English message, with no key left over`, () => {
      const keys = Object.keys(catalogues[lang]);
      const expected = expectedKeys(lang);
      expect(
        expected.filter((k) => !keys.includes(k)),
        `${lang}.json lacks these keys`,
      ).toEqual([]);
      expect(
        keys.filter((k) => !expected.includes(k)),
        `${lang}.json has keys English does not`,
      ).toEqual([]);
    });

    it(`${lang} keeps every placeholder of the English message`, () => {
      const placeholders = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();
      const own = catalogues[lang] as Record<string, string>;
      for (const [key, text] of Object.entries(own)) {
        const isCount = counted.has(baseOf(key));
        const model = english[key] ?? english[`${baseOf(key)}.other`]!;
        let wanted = placeholders(model);
        let found = placeholders(text);
        if (isCount) {
          // Any form may write the count; a form for one count only may leave it out.
          const category = key.slice(key.lastIndexOf(".") + 1);
          if (singleCount(lang, category) || !wanted.includes("{n}")) {
            wanted = wanted.filter((p) => p !== "{n}");
            found = found.filter((p) => p !== "{n}");
          }
        }
        expect(found, `${lang} ${key}`).toEqual(wanted);
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
    setLanguage("ar");
    const ar = errorText(overflow);
    expect(ar).toContain("يضم نص «بيان شفوي مدته دقيقتان» 300 كلمة");
    expect(ar).toContain("2 د 44 ث");
    expect(ar).toContain("الفقرة 2");
    expect(ar).toContain("لم يُكتب شيء");
    expect(errorText(refused)).toContain("السطر 3، العمود 1");
    setLanguage("ru");
    expect(errorText(overflow)).toContain("Ничего не записано");
    expect(errorText(overflow)).toContain("2 мин 44 с");
    expect(errorText(overflow)).toContain("Лишних 80 слов.");
    expect(noteText({ note: "some_recommendations_spoken", spoken: 3, all: 9 })).toContain("3 из 9 рекомендаций");
    setLanguage("zh");
    expect(errorText(overflow)).toContain("未写入任何内容");
    expect(errorText(overflow)).toContain("2分44秒");
    expect(errorText(refused)).toContain("第3行，第1列");
    for (const lang of ["ar", "ru", "zh"] as const) {
      setLanguage(lang);
      for (const english of ["Nothing was written", "Shorten", "words too many", "--", "upr-kit"]) {
        expect(errorText(overflow), lang).not.toContain(english);
        expect(errorText(refused), lang).not.toContain(english);
      }
    }
    setLanguage("es");
    expect(errorText(overflow)).toContain("No se escribió nada");
    setLanguage("en");
    expect(errorText(overflow)).toContain("80 words too many.");
  });

  it("say a written statement's words against the limit of the ECOSOC status", () => {
    const statement: CoreError = {
      code: "document_too_long",
      kind: "written_statement",
      measure: { limit: "word_limit", words: 1640, max_words: 1500 },
      words_over: 140,
      lines_over: null,
      shorten: [{ part: { part: "background", issue: "Torture" }, words: 300 }],
    };
    setLanguage("en");
    expect(errorText(statement)).toContain("has 1640 words; the limit for your ECOSOC status is 1500.");
    expect(errorText(statement)).toContain("140 words too many.");
    setLanguage("fr");
    expect(errorText(statement)).toContain("compte 1640 mots");
    setLanguage("es");
    expect(errorText(statement)).toContain("tiene 1640 palabras");
    setLanguage("en");
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

  it("follow Arabic's six forms, Russian's three and Chinese's one", () => {
    setLanguage("ar");
    expect(tn("count.meetings", 0)).toBe("لا اجتماعات");
    expect(tn("count.meetings", 1)).toBe("اجتماع واحد");
    expect(tn("count.meetings", 2)).toBe("اجتماعان");
    expect(tn("count.meetings", 3)).toBe("3 اجتماعات");
    expect(tn("count.meetings", 11)).toBe("11 اجتماعًا");
    expect(tn("count.meetings", 100)).toBe("100 اجتماع");
    setLanguage("ru");
    expect(tn("count.meetings", 1)).toBe("1 встреча");
    expect(tn("count.meetings", 21)).toBe("21 встреча");
    expect(tn("count.meetings", 3)).toBe("3 встречи");
    expect(tn("count.meetings", 5)).toBe("5 встреч");
    expect(tn("count.meetings", 12)).toBe("12 встреч");
    expect(tn("count.recommendations", 1500)).toBe("1\u00a0500 рекомендаций");
    setLanguage("zh");
    expect(tn("count.meetings", 1)).toBe("1次会谈");
    expect(tn("count.meetings", 12)).toBe("12次会谈");
    setLanguage("en");
  });
});

describe("the window's direction and formats", () => {
  afterEach(() => setLanguage("en"));

  it("turns the window right to left for Arabic only", () => {
    // The tests run without a browser: a stand-in for the page's root element.
    vi.stubGlobal("document", { documentElement: { dir: "", lang: "" } });
    setLanguage("ar");
    expect(document.documentElement.dir).toBe("rtl");
    expect(document.documentElement.lang).toBe("ar");
    for (const lang of ["ru", "zh", "fr"] as const) {
      setLanguage(lang);
      expect(document.documentElement.dir, lang).toBe("ltr");
    }
    expect(LANGUAGES.filter((l) => direction(l) === "rtl")).toEqual(["ar"]);
    vi.unstubAllGlobals();
  });

  it("names each language in itself in every catalogue", () => {
    for (const lang of LANGUAGES) {
      setLanguage(lang);
      expect(LANGUAGES.map((l) => t(`language.${l}` as "language.en"))).toEqual(["English", "Français", "Español", "العربية", "Русский", "中文"]);
    }
  });

  it("writes dates and numbers as each language does", () => {
    setLanguage("ar");
    // Arabic month names, with the digits 0–9 as UN documents in Arabic write them.
    expect(formatDate("2027-03-10")).toBe("10 مارس 2027");
    expect(formatNumber(9.5)).toBe("9.5");
    setLanguage("ru");
    expect(formatDate("2027-03-10")).toMatch(/^10 марта 2027\sг\.$/);
    expect(formatNumber(9.5)).toBe("9,5");
    setLanguage("zh");
    expect(formatDate("2027-03-10")).toBe("2027年3月10日");
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
