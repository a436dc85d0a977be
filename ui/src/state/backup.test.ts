import { beforeEach, describe, expect, it, vi } from "vitest";

const calls: string[] = [];
let opened: string | null = null;
let storeHasData = false;

const CONTENTS = {
  organisation: "Coalition of the North",
  campaigns: ["Republic of Meridia"],
  priority_issues: 2,
  target_states: 1,
  meetings: 1,
  contact_persons: 2,
  meeting_notes: 1,
  exported_at: "2026-11-02T09:30:00Z",
};

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
      importData: async (path: string, replace: boolean, passphrase?: string) => {
        calls.push(`importData ${path} ${replace}${passphrase ? ` ${passphrase}` : ""}`);
        if (path.endsWith(".age") && passphrase === undefined) throw new actual.UserError("file_encrypted", "encrypted");
        if (path.endsWith(".age") && passphrase !== "right passphrase") throw new actual.UserError("wrong_passphrase", "wrong");
        if (storeHasData && !replace) throw new actual.UserError("store_not_empty", "holds data");
        return { priority_issues: 3, target_states: 3, meetings: 1 };
      },
      describeFile: async (path: string) => {
        calls.push(`describeFile ${path}`);
        return CONTENTS;
      },
      exportData: async (path: string) => {
        calls.push(`exportData ${path}`);
      },
    },
    desktop: { onOpenFile: async () => () => {} },
  };
});

const { backupDue, backupTo, lastBackupAt, offerOpenedFile, restoreFrom, step } = await import("./backup");
const { screen } = await import("./navigation");
const { offeredShare } = await import("./coalition");

beforeEach(() => {
  calls.length = 0;
  step.value = { kind: "idle" };
  screen.value = "overview";
  offeredShare.value = null;
  storeHasData = false;
});

describe("a file the window was asked to open", () => {
  it("is shown on the Settings screen with a question, and nothing is imported", async () => {
    opened = "/home/ana/partner.uprkit";
    await offerOpenedFile();
    expect(step.value).toEqual({ kind: "confirmOpen", path: "/home/ana/partner.uprkit", contents: CONTENTS });
    expect(screen.value).toBe("settings");
    expect(calls).toEqual(["takeOpenedFile", "describeFile /home/ana/partner.uprkit"]);
  });

  it("is a partner's share file: asked about on the Coalition screen, to merge, and nothing is read or merged", async () => {
    opened = "/home/ana/Downloads/from-mchr.UPRSHARE";
    await offerOpenedFile();
    expect(offeredShare.value).toBe("/home/ana/Downloads/from-mchr.UPRSHARE");
    expect(screen.value).toBe("coalition");
    expect(step.value).toEqual({ kind: "idle" });
    expect(calls).toEqual(["takeOpenedFile"]);
  });

  it("changes nothing when the window was started without one", async () => {
    opened = null;
    await offerOpenedFile();
    expect(step.value).toEqual({ kind: "idle" });
    expect(screen.value).toBe("overview");
  });
});

describe("restoring over data the store holds", () => {
  it("first shows what the file holds, and replaces nothing", async () => {
    storeHasData = true;
    await restoreFrom("/media/usb/backup.uprkit", false);
    expect(step.value).toEqual({ kind: "confirmReplace", path: "/media/usb/backup.uprkit", contents: CONTENTS });
    expect(calls).toEqual(["importData /media/usb/backup.uprkit false", "describeFile /media/usb/backup.uprkit"]);
  });
});

describe("restoring an encrypted export", () => {
  it("asks for its passphrase, asks again after a wrong one, and imports with the right one", async () => {
    await restoreFrom("/media/usb/backup.json.age", false);
    expect(step.value).toEqual({ kind: "askPassphrase", path: "/media/usb/backup.json.age" });
    await expect(restoreFrom("/media/usb/backup.json.age", false, "wrong")).rejects.toMatchObject({ code: "wrong_passphrase" });
    expect(step.value).toEqual({ kind: "askPassphrase", path: "/media/usb/backup.json.age" });
    // Reloading the workspace after the import is not mocked here; the import is what counts.
    await restoreFrom("/media/usb/backup.json.age", false, "right passphrase").catch(() => {});
    expect(calls).toContain("importData /media/usb/backup.json.age false right passphrase");
  });
});

describe("the backup reminder", () => {
  const now = new Date("2026-11-30T12:00:00Z");

  it("is due when no backup was ever written", () => {
    expect(backupDue(null, 14, now)).toBe(true);
  });

  it("is due only once the last backup is older than the setting", () => {
    expect(backupDue("2026-11-20T12:00:00Z", 14, now)).toBe(false);
    expect(backupDue("2026-11-15T12:00:00Z", 14, now)).toBe(true);
    expect(backupDue("2026-11-15T12:00:00Z", 30, now)).toBe(false);
  });

  it("stops once a backup is written", async () => {
    lastBackupAt.value = null;
    await backupTo(async () => "/media/usb/backup.uprkit");
    expect(lastBackupAt.value).not.toBeNull();
    expect(backupDue(lastBackupAt.value, 14, new Date())).toBe(false);
  });
});
