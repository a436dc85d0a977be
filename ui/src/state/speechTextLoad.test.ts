// Loading a speech's text when the user switches documents faster than the core answers: the
// answer for the document left behind must not take the place of the one now chosen (the
// talking points' editor then found the statement's text loaded and showed nothing).
import { describe, expect, it, vi } from "vitest";

type Pending = { document: string; resolve: () => void };
const pending: Pending[] = [];

vi.mock("../ipc", async () => {
  const actual = await vi.importActual<typeof import("../ipc")>("../ipc");
  return {
    ...actual,
    api: {
      speechText: (document: string) =>
        new Promise((resolve) =>
          pending.push({
            document,
            resolve: () =>
              resolve({ document, generated: `${document} text`, edited: null, speaking_rate_wpm: 110, limit_seconds: 120 }),
          }),
        ),
      saveSpeechText: async () => {},
    },
  };
});
vi.mock("./documents", () => ({ request: () => ({}), schedulePreview: () => {} }));

const { loadSpeechText, speech, speechDraft } = await import("./speechText");

describe("switching speeches while their texts load", () => {
  it("shows the speech chosen last, whatever order the answers come in", async () => {
    const statement = loadSpeechText("oral_statement");
    const talkingPoints = loadSpeechText("talking_points");
    // The talking points answer first, the statement's answer arrives late.
    pending[1].resolve();
    await talkingPoints;
    pending[0].resolve();
    await statement;
    expect(speech.value?.document).toBe("talking_points");
    expect(speechDraft.value).toBe("talking_points text");
  });
});
