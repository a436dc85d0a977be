import { describe, expect, it } from "vitest";
import { choice as chosen, choose, embargo, otherFormat, request, suggestedFileName } from "./documents";

const choice = () => chosen.value;

describe("the request for a document", () => {
  it("carries the choices every document shares and only that document's own", () => {
    choose({ kind: "factsheet", themeId: null, draft: true, targetStateId: "a-target" });
    expect(request()).toEqual({ kind: "factsheet", language: null, paper: null, draft: true, theme: null });

    choose({ kind: "midterm_report", paper: "letter" });
    expect(request()).toEqual({ kind: "midterm_report", language: null, paper: "letter", draft: true });

    // The oral statement is not for one delegation: a target chosen for the brief stays out.
    choose({ kind: "oral_statement" });
    expect(request()).toMatchObject({ kind: "oral_statement", target_state: null, issues: [] });
  });

  it("names the file after the document", () => {
    expect(suggestedFileName("midterm_report", "Meridia", null)).toBe("midterm-report-meridia.pdf");
    expect(suggestedFileName("letter", "Meridia", null, "docx")).toBe("letter-meridia.docx");
    expect(suggestedFileName("press_release", "Meridia", null, "txt")).toBe("press-release-meridia.txt");
  });

  it("sends the press release's embargo only when its day and time are both given", () => {
    choose({ kind: "press_release", draft: false, embargoDate: "2027-03-10", embargoTime: "" });
    expect(embargo(choice())).toBe("incomplete");
    expect(request()).toMatchObject({ kind: "press_release", embargo: null });
    choose({ embargoTime: "14:00" });
    expect(request()).toMatchObject({ kind: "press_release", embargo: "2027-03-10T14:00:00" });
    // Another document does not carry it.
    choose({ kind: "letter" });
    expect(request()).not.toHaveProperty("embargo");
  });

  it("sends the letter's addressee as typed, and none when it is left empty", () => {
    choose({ kind: "letter", to: "  H.E. Ms Ana Ruiz, Minister of Justice " });
    expect(request()).toMatchObject({ kind: "letter", to: "H.E. Ms Ana Ruiz, Minister of Justice" });
    choose({ to: "" });
    expect(request()).toMatchObject({ kind: "letter", to: null });
  });

  it("asks for a joint oral statement only when the statement is chosen and marked joint", () => {
    choose({ kind: "oral_statement", joint: false });
    expect(request()).not.toHaveProperty("joint");
    choose({ joint: true });
    expect(request()).toMatchObject({ kind: "oral_statement", joint: true });
    choose({ kind: "brief" });
    expect(request()).not.toHaveProperty("joint");
  });

  it("offers each document's other format", () => {
    expect(otherFormat("press_release")).toBe("txt");
    expect(otherFormat("letter")).toBe("docx");
    expect(otherFormat("written_statement")).toBe("docx");
    expect(otherFormat("brief")).toBeNull();
  });
});
