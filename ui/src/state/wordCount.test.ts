import { describe, expect, it } from "vitest";
import type { Submission } from "../model";
import { blocks, countLevel, countParagraph, countWords, splitFootnotes, wordCount } from "./wordCount";

const limits = { submission_words_individual: 2815, submission_words_joint: 5630 };

function submission(patch: Partial<Submission> = {}): Submission {
  return {
    id: "s1",
    title: "Stakeholder submission",
    kind: "individual",
    partners: [],
    summary: "",
    issues: [],
    recommendations: [],
    annexes: "",
    created_at: "",
    updated_at: "",
    version: 1,
    ...patch,
  };
}

describe("the live word count", () => {
  it("counts words as a word processor does: dashes alone are not words, 2,815 and UN-led are one", () => {
    expect(countWords("The UN-led review – of 2,815 words")).toBe(6);
    expect(countWords("   ")).toBe(0);
  });

  it("takes footnotes out where they stand, brackets inside them kept, unclosed ones kept as text", () => {
    expect(splitFootnotes("Twelve were detained.^[CPJ, 2025 census.] Two remain.")).toEqual([
      { text: "Twelve were detained." },
      { note: "CPJ, 2025 census." },
      { text: " Two remain." },
    ]);
    expect(splitFootnotes("See^[A/HRC/52/9 [para. 3]].")).toEqual([{ text: "See" }, { note: "A/HRC/52/9 [para. 3]" }, { text: "." }]);
    expect(splitFootnotes("Costs rose^[to check")).toEqual([{ text: "Costs rose^[to check" }]);
  });

  it("does not count a footnote glued to a word, nor split the word", () => {
    expect(countParagraph("Journalists were detained^[Report of 2025, p. 4] last year.")).toEqual({ body: 5, notes: 5 });
  });

  it("splits the summary into paragraphs at blank lines", () => {
    expect(blocks("First paragraph.\n\n  \nSecond\nstill second.\n")).toEqual(["First paragraph.", "Second\nstill second."]);
  });

  it("counts title, summary, headings, paragraphs and recommendations, but not footnotes or annexes", () => {
    const s = submission({
      title: "Two words",
      summary: "Three words here.\n\nAnd two.",
      issues: [{ heading: "Press freedom", paragraphs: ["Twelve journalists detained.^[CPJ census 2025]", "One more."] }],
      recommendations: ["Release them all."],
      annexes: "Annex one has five words.",
    });
    // 2 + 3 + 2 + 2 + 3 + 2 + 3
    expect(wordCount(s, limits)).toEqual({ words: 17, footnote_words: 3, annex_words: 5, limit: 2815 });
  });

  it("uses the joint limit for a joint submission", () => {
    expect(wordCount(submission({ kind: "joint", partners: ["A"] }), limits).limit).toBe(5630);
  });

  it("shows over the limit as soon as one word too many is typed, and warns in the last tenth", () => {
    const over = wordCount(submission({ title: "", summary: "word ".repeat(11) }), { submission_words_individual: 10, submission_words_joint: 20 });
    expect(over.words).toBe(11);
    expect(countLevel(over)).toBe("over");
    expect(countLevel({ words: 10, limit: 10, footnote_words: 0, annex_words: 0 })).toBe("close");
    expect(countLevel({ words: 8, limit: 10, footnote_words: 0, annex_words: 0 })).toBe("fits");
  });
});
