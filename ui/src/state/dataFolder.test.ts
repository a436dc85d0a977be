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
      dataLocation: async () => {
        calls.push("dataLocation");
        return { data_dir: "/media/usb/UPR", data_file: "/media/usb/UPR/upr-kit.sqlite3", read_only: false };
      },
    },
  };
});
vi.mock("./autosave", () => ({
  flushAll: async () => {
    calls.push("flushAll");
  },
}));
// The screens load again from the new folder: each loader is one call here.
vi.mock("./workspace", () => ({
  loadWorkspace: async () => {
    calls.push("loadWorkspace");
  },
}));
vi.mock("./demo", () => ({
  loadDemoShown: async () => {
    calls.push("loadDemoShown");
  },
}));
vi.mock("./snapshots", () => ({
  loadSnapshots: async () => {
    calls.push("loadSnapshots");
  },
}));

const { location, moveDataTo, moved, showDataFolder } = await import("./dataFolder");

beforeEach(() => {
  calls.length = 0;
  moved.value = null;
});

describe("the data folder from the window", () => {
  it("shows the data folder through the app, not the page", async () => {
    await showDataFolder();
    expect(calls).toEqual(["showDataFolder"]);
  });

  it("moves the data only after pending edits are saved, says where it went, and loads every screen from there", async () => {
    location.value = { data_dir: "/home/ana/UPR", data_file: "/home/ana/UPR/upr-kit.sqlite3", read_only: false };
    expect(await moveDataTo(async () => "/media/usb/UPR")).toBe(true);
    expect(calls.slice(0, 2)).toEqual(["flushAll", "moveData /media/usb/UPR"]);
    expect(calls.slice(2).sort()).toEqual(["dataLocation", "loadDemoShown", "loadSnapshots", "loadWorkspace"]);
    expect(moved.value?.to.data_dir).toBe("/media/usb/UPR");
    expect(moved.value?.from).toBe("/home/ana/UPR");
    expect(moved.value?.to.contents.priority_issues).toBe(3);
    expect(location.value?.data_dir).toBe("/media/usb/UPR");
  });

  it("does nothing when the folder dialog is closed", async () => {
    expect(await moveDataTo(async () => null)).toBe(false);
    expect(calls).toEqual([]);
    expect(moved.value).toBeNull();
  });
});
