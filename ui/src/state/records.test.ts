import { describe, expect, it } from "vitest";
import { moved } from "./records";
import { suggestedFileName } from "./documents";
import { overdue } from "./meetings";
import type { Meeting } from "../model";

describe("moved", () => {
  it("moves an item and keeps the others in order", () => {
    expect(moved(["a", "b", "c", "d"], 3, 1)).toEqual(["a", "d", "b", "c"]);
  });
  it("leaves the list as it is for a place outside it", () => {
    expect(moved(["a", "b"], 0, 5)).toEqual(["a", "b"]);
  });
});

describe("suggestedFileName", () => {
  it("names the document, the State under Review and the delegation, without accents", () => {
    expect(suggestedFileName("brief", "Côte d'Ivoire", "France")).toBe("brief-cote-d-ivoire-france.pdf");
    expect(suggestedFileName("oral_statement", "Republic of Meridia", null)).toBe("oral-statement-republic-of-meridia.pdf");
  });
});

describe("overdue follow-ups", () => {
  const meeting = (due: string | null, done: boolean): Meeting => ({
    id: due ?? "none",
    date: "2026-01-10",
    time: null,
    place: "geneva",
    location: "",
    target_state_id: null,
    people: "",
    notes: "",
    follow_up: { text: "Send the brief", due, done },
    created_at: "",
    updated_at: "",
    version: 1,
  });
  it("lists follow-ups due on or before the day that are not done", () => {
    const list = [meeting("2026-02-01", false), meeting("2026-02-02", false), meeting("2026-01-15", true), meeting(null, false)];
    expect(overdue(list, "2026-02-01").map((m) => m.id)).toEqual(["2026-02-01"]);
  });
});
