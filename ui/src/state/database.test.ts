import { describe, expect, it } from "vitest";
import { cleaned, emptySearch } from "./database";

describe("cleaned", () => {
  it("turns blank filters into no filter and trims the others", () => {
    const q = { ...emptySearch(), state_under_review: "  ", recommending_state: " Norway ", issue: "" };
    const c = cleaned(q);
    expect(c.state_under_review).toBeNull();
    expect(c.recommending_state).toBe("Norway");
    expect(c.issue).toBeNull();
    expect(c.limit).toBe(100);
  });
});
