import { describe, expect, it } from "vitest";
import { setLanguage } from "../../i18n";
import { reasonInWords } from "./checkerReason";

describe("the checker's reason", () => {
  const because = [
    { phrase: "Adopt a law on", part: "action" as const },
    { phrase: "budget", part: "word" as const },
  ];

  it("reads as a sentence, not as a list of quotations", () => {
    setLanguage("en");
    expect(reasonInWords(because)).toBe("Why: it asks to “Adopt a law on” and it says “budget”.");
  });

  it("is worded in the window's language", () => {
    setLanguage("fr");
    expect(reasonInWords(because)).toBe("Pourquoi\u202f: elle demande de «\u202fAdopt a law on\u202f» et elle dit «\u202fbudget\u202f».");
    setLanguage("es");
    expect(reasonInWords([{ phrase: "including by adopting", part: "means" }])).toBe("Por qué: nombra el medio, «including by adopting».");
    setLanguage("en");
  });
});
