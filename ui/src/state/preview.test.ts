import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DocumentRequest, Preview } from "../model";

// The core's answers, one promise per request, released by the test in any order.
const asked: DocumentRequest[] = [];
const answers: Array<(p: Preview) => void> = [];
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
    },
  };
});

const { choose, followChoices, previewState, PREVIEW_DELAY_MS } = await import("./documents");
const { fill, faceStyle } = await import("../screens/documents/pageDrawing");

function fits(pages: number): Preview {
  const page = { width: 595.28, height: 841.89, items: [] };
  return {
    status: "fits",
    pages: Array.from({ length: pages }, () => page),
    report: { kind: "brief", pages, words: 700, seconds: 0, body_size: 10, notes: [], details: null },
  };
}

describe("the document preview", () => {
  let stop: () => void = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    asked.length = 0;
    answers.length = 0;
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it("is made at once when the screen opens, then once after a burst of changes", async () => {
    stop = followChoices();
    await vi.advanceTimersByTimeAsync(0);
    expect(asked.map((r) => r.kind)).toEqual(["brief"]);
    answers[0](fits(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(previewState.value.kind).toBe("ready");

    choose({ kind: "talking_points" });
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS / 2);
    choose({ paper: "letter" });
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS / 2);
    choose({ language: "fr" });
    expect(asked).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
    expect(asked).toHaveLength(2);
    expect(asked[1]).toMatchObject({ kind: "talking_points", paper: "letter", language: "fr" });
  });

  it("keeps the last pages on screen while the next are made, and never lets an older answer win", async () => {
    choose({ kind: "brief", paper: null, language: null });
    stop = followChoices();
    await vi.advanceTimersByTimeAsync(0);
    answers[0](fits(2));
    await vi.advanceTimersByTimeAsync(0);

    choose({ kind: "oral_statement" });
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
    const loading = previewState.value;
    expect(loading.kind).toBe("loading");
    expect(loading.kind === "loading" && loading.shown?.status).toBe("fits");

    choose({ kind: "talking_points" });
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
    expect(asked.map((r) => r.kind)).toEqual(["brief", "oral_statement", "talking_points"]);
    answers[2](fits(3)); // the newer answer first
    answers[1](fits(1)); // the slow, older one must not replace it
    await vi.advanceTimersByTimeAsync(0);
    const s = previewState.value;
    expect(s.kind === "ready" && s.preview.status === "fits" && s.preview.pages.length).toBe(3);
  });

  it("stops asking when the screen closes", async () => {
    stop = followChoices();
    await vi.advanceTimersByTimeAsync(0);
    stop();
    choose({ paper: "a4" });
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS * 2);
    expect(asked).toHaveLength(1);
  });
});

describe("drawing the page tree", () => {
  it("writes the layout's colours as hex and picks the face by weight and style", () => {
    expect(fill([31, 78, 121])).toBe("#1f4e79");
    expect(fill([0, 0, 0])).toBe("#000000");
    expect(fill([300, -4, 255])).toBe("#ff00ff");
    expect(faceStyle("bold")).toEqual({ weight: 700, style: "normal" });
    expect(faceStyle("italic")).toEqual({ weight: 400, style: "italic" });
    expect(faceStyle("regular")).toEqual({ weight: 400, style: "normal" });
  });
});
