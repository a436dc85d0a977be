import { describe, expect, it } from "vitest";
import { clock, countWords, passageOf, passages, speechTiming, spokenWords } from "./speechText";

describe("the speeches' counter", () => {
  it("counts words as the core does: a lone dash is not one, 2,860 is one", () => {
    expect(countWords("Thank you — Madam President.\n\n2,860 detainees")).toBe(6);
    expect(countWords("  \n — ")).toBe(0);
  });

  it("says how many words to cut when over the slot, as the PDF's refusal would", () => {
    // 245 words at 110 a minute take 134 s; 220 fit in two minutes.
    expect(speechTiming(245, 110, 120)).toEqual({ words: 245, seconds: 134, limitSeconds: 120, over: 25 });
    expect(speechTiming(218, 110, 120).over).toBe(0);
    expect(clock(speechTiming(218, 110, 120).seconds)).toBe("1:59");
    expect(clock(120)).toBe("2:00");
  });

  it("times the talking points as the core does: headings, marks and closing notes are not said", () => {
    // The same text as the core's `edited_talking_points_are_printed_…` test: 17 words said.
    const own =
      "Thank you, Chair.\n\n# Our asks\n\n1. Repeal the cybercrime law by 2028. [asked in 2019]\n\n? When will the detainees be released?\n\nThank you.";
    expect(spokenWords(own, "talking_points")).toBe(17);
    // In the statement every word is said, the [brackets] too.
    expect(spokenWords("Thank you. [Pause]", "oral_statement")).toBe(3);
  });
});

describe("where a part to shorten is in the speech's text", () => {
  const statement = "Thank you, Mr. President.\n\nFirst paragraph\nwraps here.\n\nSecond paragraph.";

  it("finds the statement's numbered paragraph after the unnumbered opening", () => {
    const at = passageOf(statement, "oral_statement", { part: "paragraph", number: 1 });
    expect(at && statement.slice(at.start, at.end)).toBe("First paragraph\nwraps here.");
    expect(passageOf(statement, "oral_statement", { part: "paragraph", number: 3 })).toBeUndefined();
  });

  it("finds the talking points' passage said, headings not counted, marked lines starting one", () => {
    const text = "Opening.\n# Asks\n- First point\ngoes on.\n- Second point. [note]";
    expect(passages(text, "talking_points").map((p) => p.said)).toEqual([true, false, true, true]);
    const at = passageOf(text, "talking_points", { part: "passage", number: 3 });
    expect(at && text.slice(at.start, at.end)).toBe("- Second point. [note]");
  });
});
