import { beforeEach, describe, expect, it, vi } from "vitest";
import { setLanguage } from "../i18n";
import type { CoreError } from "../generated/errors";
import type { LobbyTargets } from "../model";

const calls: string[] = [];
let kept: string[] = [];

vi.mock("../ipc", async () => {
  const actual = await vi.importActual<typeof import("../ipc")>("../ipc");
  return {
    ...actual,
    api: {
      listOfSpeakers: async () => kept,
      setListOfSpeakers: async (text: string) => {
        calls.push(`set ${text}`);
        if (text.includes("Narnia")) {
          throw actual.toUserError({ code: "unknown_speakers", message: "unknown", names: ["Narnia"] });
        }
        kept = text === "" ? [] : ["Norway", "Brazil"];
        return kept;
      },
      lobbyTargets: async (): Promise<LobbyTargets> => {
        calls.push("lobbyTargets");
        return { state_under_review: "Meridia", issues: ["Torture"], list_of_speakers: kept, targets: [] };
      },
    },
  };
});

vi.mock("./campaign", () => ({ savedCampaignId: async () => "campaign-1" }));

const { keepListOfSpeakers, listOfSpeakers, loadListOfSpeakers } = await import("./speakers");
const { loadSuggestions, suggestions } = await import("./targets");
const { errorText } = await import("../i18n/errors");

beforeEach(() => {
  calls.length = 0;
  kept = [];
  listOfSpeakers.value = [];
  suggestions.value = { kind: "idle" };
  setLanguage("en");
});

describe("the list of speakers", () => {
  it("keeps the States recognised and ranks the shown suggestions again", async () => {
    await loadSuggestions();
    calls.length = 0;
    expect(await keepListOfSpeakers("Norvège, Brésil")).toEqual([]);
    expect(listOfSpeakers.value).toEqual(["Norway", "Brazil"]);
    expect(calls).toEqual(["set Norvège, Brésil", "lobbyTargets"]);
    const s = suggestions.value;
    expect(s.kind === "ready" && s.result.list_of_speakers).toEqual(["Norway", "Brazil"]);
  });

  it("names what it did not recognise and keeps nothing", async () => {
    kept = ["Chile"];
    await loadListOfSpeakers();
    expect(await keepListOfSpeakers("Norway, Narnia")).toEqual(["Narnia"]);
    expect(listOfSpeakers.value).toEqual(["Chile"]);
    // No suggestions were shown, so none are asked for.
    expect(calls).toEqual(["set Norway, Narnia"]);
  });

  it("is forgotten with an empty text", async () => {
    await keepListOfSpeakers("Norway, Brazil");
    expect(await keepListOfSpeakers("")).toEqual([]);
    expect(listOfSpeakers.value).toEqual([]);
  });

  it("words the refusal with each language's quotation marks", () => {
    const e: CoreError = { code: "unknown_speakers", names: ["Narnia", "Norwey"] };
    expect(errorText(e)).toContain("“Narnia”, “Norwey”");
    setLanguage("fr");
    expect(errorText(e)).toContain("«\u202fNarnia\u202f», «\u202fNorwey\u202f»");
    setLanguage("en");
  });
});
