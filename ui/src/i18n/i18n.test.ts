import { describe, expect, it } from "vitest";
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
