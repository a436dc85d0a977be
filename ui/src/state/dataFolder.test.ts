import { beforeEach, describe, expect, it, vi } from "vitest";

const calls: string[] = [];

const CONTENTS = {
  organisation: "Meridia Coalition for Human Rights",
  campaigns: ["Republic of Meridia"],
  priority_issues: 3,
  target_states: 3,
  meetings: 1,
  contact_persons: 4,
  meeting_notes: 1,
  exported_at: "2026-11-30T09:30:00Z",
};

vi.mock("../ipc", async () => {
  const actual = await vi.importActual<typeof import("../ipc")>("../ipc");
  return {
    ...actual,
    api: {
      showDataFolder: async () => {
        calls.push("showDataFolder");
      },
      moveData: async (dir: string) => {
        calls.push(`moveData ${dir}`);
        return { data_dir: dir, data_file: `${dir}/upr-kit.sqlite3`, contents: CONTENTS };
      },
    },
  };
});
vi.mock("./autosave", () => ({
  flushAll: async () => {
    calls.push("flushAll");
  },
}));

const { moveDataTo, moved, showDataFolder } = await import("./dataFolder");

beforeEach(() => {
  calls.length = 0;
  moved.value = null;
});

describe("the data folder from the window", () => {
  it("shows the data folder through the app, not the page", async () => {
    await showDataFolder();
    expect(calls).toEqual(["showDataFolder"]);
  });

  it("moves the data only after pending edits are saved, and says where it went", async () => {
    expect(await moveDataTo(async () => "/media/usb/UPR")).toBe(true);
    expect(calls).toEqual(["flushAll", "moveData /media/usb/UPR"]);
    expect(moved.value?.data_dir).toBe("/media/usb/UPR");
    expect(moved.value?.contents.priority_issues).toBe(3);
  });

  it("does nothing when the folder dialog is closed", async () => {
    expect(await moveDataTo(async () => null)).toBe(false);
    expect(calls).toEqual([]);
    expect(moved.value).toBeNull();
  });
});
