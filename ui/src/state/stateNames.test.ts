import { describe, expect, it } from "vitest";
import { UN_MEMBER_STATE_CODES, UN_MEMBER_STATES } from "./memberStates";
import { memberStateLabels, STATE_NAMES } from "./stateNames";

// Each language's names of the 193 Member States (assets/states/{ar,ru,zh}.json), written in
// that language's script: a name left in English, or a key mistyped, fails here.
const SCRIPTS = {
  // Arabic letters and their vowel marks («عُمان»), with the spaces, brackets and dashes of
  // the UN's names («بوليفيا (دولة - المتعددة القوميات)»).
  ar: /^[\p{Script=Arabic}\p{Mn} ()-]+$/u,
  // Cyrillic, with hyphens, dashes and the apostrophe of «Кот-д’Ивуар».
  ru: /^[\p{Script=Cyrillic} ()’—-]+$/u,
  // Han characters alone.
  zh: /^\p{Script=Han}+$/u,
} as const;

describe("the Member States' names in Arabic, Russian and Chinese", () => {
  const codes = Object.values(UN_MEMBER_STATE_CODES).sort();

  it("have a code for each of the 193 English names", () => {
    expect(Object.keys(UN_MEMBER_STATE_CODES).sort()).toEqual([...UN_MEMBER_STATES].sort());
    expect(new Set(codes).size).toBe(193);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{3}$/);
  });

  for (const lang of ["ar", "ru", "zh"] as const) {
    it(`${lang}: 193 States, each with a short and a formal name in its script and no article`, () => {
      const names = STATE_NAMES[lang]!;
      expect(Object.keys(names).sort()).toEqual(codes);
      for (const [code, n] of Object.entries(names)) {
        expect(n.short, `${lang} ${code}`).toMatch(SCRIPTS[lang]);
        expect(n.formal, `${lang} ${code}`).toMatch(SCRIPTS[lang]);
        expect(n.article, `${lang} ${code}`).toBe("");
      }
    });
  }

  it("name the States as the UN does", () => {
    expect(STATE_NAMES.ar!.NOR).toEqual({ short: "النرويج", formal: "مملكة النرويج", article: "" });
    expect(STATE_NAMES.ru!.MDA!.short).toBe("Республика Молдова");
    expect(STATE_NAMES.zh!.CHN!.formal).toBe("中华人民共和国");
  });

  it("label the pickers in the window's language, keeping the English name as the value", () => {
    expect(memberStateLabels("ar")!.Norway).toBe("النرويج");
    expect(memberStateLabels("zh")!["Viet Nam"]).toBe("越南");
    expect(memberStateLabels("en")).toBeUndefined();
  });
});
