import { describe, expect, it } from "vitest";
import { UN_MEMBER_STATES } from "./memberStates";

describe("the UN Member States offered in the State pickers", () => {
  it("are the 193, each once, in the UN's alphabetical order", () => {
    expect(UN_MEMBER_STATES).toHaveLength(193);
    expect(new Set(UN_MEMBER_STATES).size).toBe(193);
    const sorted = [...UN_MEMBER_STATES].sort((a, b) => a.localeCompare(b, "en"));
    expect(UN_MEMBER_STATES).toEqual(sorted);
  });

  it("are named as the UN names them", () => {
    for (const name of ["Republic of Moldova", "Türkiye", "Côte d'Ivoire", "Viet Nam", "Iran (Islamic Republic of)", "United Kingdom of Great Britain and Northern Ireland"]) {
      expect(UN_MEMBER_STATES).toContain(name);
    }
    expect(UN_MEMBER_STATES).not.toContain("Turkey");
  });
});
