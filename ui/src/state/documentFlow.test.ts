// The Documents screen's flow around a document that does not fit and a brief with weak
// recommendations (#19 points 3 and 5), and the figures of a document's summary (point 6).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DocumentReport, DocumentRequest, Overflow, PriorityIssue, Preview, PreviewPage, Recommendation } from "../model";

const asked: DocumentRequest[] = [];
const answers: Array<(p: Preview) => void> = [];
const dialogs: string[] = [];
const written: string[] = [];
vi.mock("../ipc", async () => {
  const actual = await vi.importActual<typeof import("../ipc")>("../ipc");
  return {
    ...actual,
    api: {
      previewDocument: (request: DocumentRequest) =>
        new Promise<Preview>((resolve) => {
          asked.push(request);
          answers.push(resolve);
        }),
      writeDocument: async (_request: DocumentRequest, path: string) => {
        written.push(path);
        return report("brief", 2, 0);
      },
    },
    desktop: {
      chooseSaveFile: async (title: string) => {
        dialogs.push(title);
        return "/tmp/brief.pdf";
      },
    },
  };
});

const documents = await import("./documents");
const { choose, chooseAndWrite, followChoices, output, previewState, PREVIEW_DELAY_MS, saveRefusal, weakRecommendations, askToSave, saveAnyway, weakWarning } =
  documents;
const { issues } = await import("./issues");
const { setLanguage } = await import("../i18n");
const { reportSummary } = await import("../screens/documents/summary");
const { overflowProblem, shortenText } = await import("../i18n/errors");
const { overflowMarks, runKey } = await import("../screens/documents/overflowMarks");

function report(kind: DocumentReport["kind"], pages: number, seconds: number, words = 700): DocumentReport {
  return { kind, pages, words, seconds, body_size: 10, notes: [], details: null };
}

const page = (texts: string[] = []): PreviewPage => ({
  width: 595.28,
  height: 841.89,
  items: texts.map((text, i) => ({
    region: "body" as const,
    item: { type: "text" as const, text, face: "regular" as const, font: 0, rtl: false, size: 10, color: [0, 0, 0] as [number, number, number], x: 72, baseline: 100 + i * 14, width: 300, top: 90 + i * 14, height: 12 },
  })),
});

const fits = (pages: number): Preview => ({ status: "fits", pages: Array.from({ length: pages }, () => page()), report: report("brief", pages, 0) });

const briefOverflow: Overflow = {
  kind: "brief",
  measure: { limit: "pages", pages: 3, max_pages: 2, smallest_size: 9.5 },
  words_over: 120,
  lines_over: 14,
  shorten: [{ part: { part: "whole_issue", issue: "Torture" }, words: 400 }],
};
const tooLong = (): Preview => ({ status: "too_long", overflow: briefOverflow, pages: [page(), page(), page()] });

function rec(id: string, text: string, category: Recommendation["action_category"]): Recommendation {
  const now = "2026-01-01T00:00:00.000Z";
  return { id, text, action_category: category, previously_recommended: "", created_at: now, updated_at: now, version: 1 } as Recommendation;
}

function issue(id: string, rank: number, recommendations: Recommendation[] = []): PriorityIssue {
  const now = "2026-01-01T00:00:00.000Z";
  return { id, rank, title: id, upr_issues: [], background: "", facts: [], questions: [], recommendations, created_at: now, updated_at: now, version: 1 };
}

describe("a document that does not fit", () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    asked.length = 0;
    answers.length = 0;
    dialogs.length = 0;
    written.length = 0;
    issues.value = [issue("Expression", 1), issue("Torture", 2)];
    choose({ kind: "brief", excludedIssues: [] });
    output.value = { kind: "idle" };
    previewState.value = { kind: "idle" };
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it("keeps its pages in the preview and says why it cannot be saved before any dialog opens", async () => {
    stop = followChoices();
    await vi.advanceTimersByTimeAsync(0);
    answers[0](tooLong());
    await vi.advanceTimersByTimeAsync(0);
    const s = previewState.value;
    expect(s.kind === "ready" && s.preview.status === "too_long" && s.preview.pages.length).toBe(3);
    expect(saveRefusal.value).toBe("tooLong");
    await chooseAndWrite("Save");
    await askToSave(() => chooseAndWrite("Save"));
    expect(dialogs).toEqual([]);
    expect(written).toEqual([]);
  });

  it("clears the old refusal once the preview after leaving an issue out fits", async () => {
    stop = followChoices();
    await vi.advanceTimersByTimeAsync(0);
    answers[0](fits(2));
    await vi.advanceTimersByTimeAsync(0);
    // Refused by the core (the data changed since the preview): the screen shows it.
    output.value = { kind: "tooLong", overflow: briefOverflow };
    choose({ excludedIssues: ["Torture"] });
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
    answers[1](fits(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(output.value.kind).toBe("idle");
    expect(saveRefusal.value).toBeNull();
  });

  it("marks the pages past the limit, and a speech's last words past its time", () => {
    const marks = overflowMarks(briefOverflow, [page(["a"]), page(["b"]), page(["c"])]);
    expect([...marks.pages]).toEqual([2]);
    const speech: Overflow = {
      kind: "oral_statement",
      measure: { limit: "speaking_time", words: 10, seconds: 150, rate: 110, max_seconds: 120, fits: 7 },
      words_over: 3,
      lines_over: null,
      shorten: [],
    };
    const speechMarks = overflowMarks(speech, [page(["Oral statement", "one two three four", "five six", "seven eight"])]);
    expect([...speechMarks.runs].sort()).toEqual([runKey(0, 2), runKey(0, 3)]);
    expect(speechMarks.pages.size).toBe(0);
  });
});

describe("a brief with recommendations that are not specific", () => {
  beforeEach(() => {
    dialogs.length = 0;
    previewState.value = { kind: "ready", preview: fits(2) };
    issues.value = [
      issue("Expression", 1, [rec("r1", "Repeal article 17 by 2027", 5), rec("r2", "Continue efforts to protect journalists", 2)]),
      issue("Torture", 2, [rec("r3", "Consider ratifying OPCAT", 3)]),
    ];
    choose({ kind: "brief", excludedIssues: [] });
  });

  it("names each one with its issue and number, and asks before the dialog opens", async () => {
    expect(weakRecommendations.value.map((w) => [w.issue, w.number, w.category])).toEqual([
      ["Expression", 2, 2],
      ["Torture", 1, 3],
    ]);
    await askToSave(() => chooseAndWrite("Save"));
    expect(weakWarning.value).toBe("asking");
    expect(dialogs).toEqual([]);
    await saveAnyway();
    expect(dialogs).toEqual(["Save"]);
    expect(weakWarning.value).toBe("none");
  });

  it("does not ask for the other documents", () => {
    choose({ kind: "talking_points" });
    expect(weakRecommendations.value).toEqual([]);
  });
});

describe("a document's summary", () => {
  afterEach(() => setLanguage("en"));

  it("counts with plural rules and times only what is read aloud", () => {
    expect(reportSummary(report("brief", 1, 0, 1), false)).toBe("1 page · 1 word");
    expect(reportSummary(report("brief", 2, 0), true)).toBe("2 pages · 700 words · body text 10 pt");
    expect(reportSummary(report("oral_statement", 1, 125, 229), false)).toBe("1 page · 229 words · 2:05 to read aloud");
    setLanguage("fr");
    expect(reportSummary(report("brief", 1, 0, 1500), true)).toBe("1 page · 1\u202f500 mots · texte en 10 pt");
  });
});

describe("the overflow message's counts", () => {
  afterEach(() => setLanguage("en"));

  it("says one line and one word in the singular, in every language", () => {
    const one: Overflow = { ...briefOverflow, lines_over: 1, words_over: 1, shorten: [{ part: { part: "background", issue: "Torture" }, words: 1 }] };
    expect(overflowProblem(one)).toContain("About 1 line (roughly 1 word) does not fit.");
    expect(shortenText(one.shorten[0])).toBe("the background of “Torture”: 1 word");
    expect(overflowProblem({ ...one, lines_over: null })).toContain("1 word too many.");
    setLanguage("fr");
    expect(overflowProblem(one)).toContain("Environ 1 ligne (à peu près 1 mot) ne tient pas.");
    setLanguage("es");
    expect(overflowProblem({ ...one, lines_over: 12, words_over: 140 })).toContain("Unas 12 líneas (aproximadamente 140 palabras) no caben.");
  });
});
