import { beforeEach, describe, expect, it, vi } from "vitest";

const calls: string[] = [];
let opened: string | null = null;

vi.mock("../ipc", async () => {
  const actual = await vi.importActual<typeof import("../ipc")>("../ipc");
  return {
    ...actual,
    api: {
      takeOpenedFile: async () => {
        calls.push("takeOpenedFile");
        const file = opened;
        opened = null;
        return file;
      },
      importData: async (path: string, replace: boolean) => {
        calls.push(`importData ${path} ${replace}`);
        return { priority_issues: 3, target_states: 3, meetings: 1 };
      },
    },
    desktop: { onOpenFile: async () => () => {} },
  };
});

const { offerOpenedFile, step } = await import("./backup");
const { screen } = await import("./navigation");

beforeEach(() => {
  calls.length = 0;
  step.value = { kind: "idle" };
  screen.value = "overview";
});

describe("a file the window was asked to open", () => {
  it("is shown on the Settings screen with a question, and nothing is imported", async () => {
    opened = "/home/ana/partner.uprkit";
    await offerOpenedFile();
    expect(step.value).toEqual({ kind: "confirmOpen", path: "/home/ana/partner.uprkit" });
    expect(screen.value).toBe("settings");
    expect(calls).toEqual(["takeOpenedFile"]);
  });

  it("changes nothing when the window was started without one", async () => {
    opened = null;
    await offerOpenedFile();
    expect(step.value).toEqual({ kind: "idle" });
    expect(screen.value).toBe("overview");
  });
});
