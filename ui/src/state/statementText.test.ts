import { describe, expect, it } from "vitest";
import { clock, countWords, statementTiming } from "./statementText";

describe("the oral statement's counter", () => {
  it("counts words as the core does: a lone dash is not one, 2,860 is one", () => {
    expect(countWords("Thank you — Madam President.\n\n2,860 detainees")).toBe(6);
    expect(countWords("  \n — ")).toBe(0);
  });

  it("says how many words to cut when over the slot, as the PDF's refusal would", () => {
    // 245 words at 110 a minute take 134 s; 220 fit in two minutes.
    expect(statementTiming(245, 110, 120)).toEqual({ words: 245, seconds: 134, limitSeconds: 120, over: 25 });
    expect(statementTiming(218, 110, 120).over).toBe(0);
    expect(clock(statementTiming(218, 110, 120).seconds)).toBe("1:59");
    expect(clock(120)).toBe("2:00");
  });
});
