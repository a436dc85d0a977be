import { describe, expect, it } from "vitest";
import { choose, request, suggestedFileName } from "./documents";

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
  });
});
