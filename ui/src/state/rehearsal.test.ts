import { describe, expect, it } from "vitest";
import { leaveRehearsal, openRehearsal, rehearsal, rehearsalParagraphs, rehearsalResult, toggleRehearsal, wordsSaidAt } from "./rehearsal";

describe("rehearsing the oral statement", () => {
  it("starts, stops with the time taken, and starts again from zero", () => {
    openRehearsal();
    expect(rehearsal.value.kind).toBe("ready");
    toggleRehearsal(1_000);
    expect(rehearsal.value).toEqual({ kind: "running", startedAt: 1_000 });
    toggleRehearsal(119_500);
    expect(rehearsal.value).toEqual({ kind: "stopped", tookMs: 118_500 });
    toggleRehearsal(200_000);
    expect(rehearsal.value).toEqual({ kind: "running", startedAt: 200_000 });
    leaveRehearsal();
    expect(rehearsal.value.kind).toBe("closed");
    toggleRehearsal(300_000);
    expect(rehearsal.value.kind).toBe("closed");
  });

  it("moves through the words at the speaking rate", () => {
    // 110 words a minute: a word every 545 ms.
    expect(wordsSaidAt(0, 110)).toBe(0);
    expect(wordsSaidAt(545, 110)).toBe(0);
    expect(wordsSaidAt(546, 110)).toBe(1);
    expect(wordsSaidAt(60_000, 110)).toBe(110);
    expect(wordsSaidAt(120_000, 150)).toBe(300);
  });

  it("says the time taken against the slot", () => {
    expect(rehearsalResult(118_900, 120)).toEqual({ seconds: 118, limitSeconds: 120, over: -2 });
    expect(rehearsalResult(134_000, 120)).toEqual({ seconds: 134, limitSeconds: 120, over: 14 });
    expect(rehearsalResult(120_999, 120).over).toBe(0);
  });

  it("keeps the paragraphs and the words as written", () => {
    expect(rehearsalParagraphs("Thank you, Madam President.\n\n1. We  urge –\nMeridia.\n \n")).toEqual([
      ["Thank", "you,", "Madam", "President."],
      ["1.", "We", "urge", "–", "Meridia."],
    ]);
  });
});
