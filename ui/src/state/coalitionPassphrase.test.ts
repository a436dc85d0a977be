import { beforeEach, describe, expect, it, vi } from "vitest";

const calls: string[] = [];
const OUTCOME = { state_under_review: "Republic of Meridia", from: "WLAC", added: [], updated: [], conflicts: 0 };

vi.mock("../ipc", async () => {
  const actual = await vi.importActual<typeof import("../ipc")>("../ipc");
  const open = (path: string, passphrase?: string) => {
    if (path.endsWith(".age.uprshare") && passphrase === undefined) throw new actual.UserError("file_encrypted", "encrypted");
    if (path.endsWith(".age.uprshare") && passphrase !== "right passphrase") throw new actual.UserError("wrong_passphrase", "wrong");
    return OUTCOME;
  };
  return {
    ...actual,
    api: {
      mergeShareFile: async (path: string, passphrase?: string) => {
        calls.push(`merge ${path}${passphrase ? ` ${passphrase}` : ""}`);
        return open(path, passphrase);
      },
      joinReplacingDemo: async (name: string, acronym: string, path: string, passphrase?: string) => {
        calls.push(`join ${name} ${acronym} ${path}${passphrase ? ` ${passphrase}` : ""}`);
        return open(path, passphrase);
      },
      conflicts: async () => [],
      changedByPartners: async () => [],
    },
  };
});
vi.mock("./autosave", () => ({ flushAll: async () => {} }));
vi.mock("./workspace", () => ({ loadWorkspace: async () => {} }));
vi.mock("./snapshots", () => ({ loadSnapshots: async () => {} }));
vi.mock("./demo", () => ({ loadDemoShown: async () => {} }));

const { askingPassphrase, cancelPassphrase, declineOffered, joinInPlaceOfDemo, merged, mergeFrom, mergeOffered, offerShareFile, offeredShare, sealingPassphrase } =
  await import("./coalition");

beforeEach(() => {
  calls.length = 0;
  askingPassphrase.value = null;
  merged.value = null;
  offeredShare.value = null;
});

describe("a partner's encrypted share file", () => {
  it("asks for its passphrase instead of failing, says a wrong one, and merges with the right one", async () => {
    const path = "/media/usb/wlac.age.uprshare";
    await mergeFrom(path);
    expect(askingPassphrase.value).toEqual({ path });
    expect(merged.value).toBeNull();
    await expect(mergeFrom(path, "wrong")).rejects.toMatchObject({ code: "wrong_passphrase" });
    expect(askingPassphrase.value).toEqual({ path });
    await mergeFrom(path, "right passphrase");
    expect(merged.value).toEqual(OUTCOME);
    expect(askingPassphrase.value).toBeNull();
    expect(calls).toEqual([`merge ${path}`, `merge ${path} wrong`, `merge ${path} right passphrase`]);
  });

  it("asks for it when joining, keeping the organisation typed, and a cancel asks no more", async () => {
    const path = "/media/usb/wlac.age.uprshare";
    expect(await joinInPlaceOfDemo("Coalition of the North", "CN", path)).toBeNull();
    expect(askingPassphrase.value).toEqual({ path, join: { name: "Coalition of the North", acronym: "CN" } });
    expect(await joinInPlaceOfDemo("Coalition of the North", "CN", path, "right passphrase")).toEqual(OUTCOME);
    expect(askingPassphrase.value).toBeNull();
    await mergeFrom(path);
    cancelPassphrase();
    expect(askingPassphrase.value).toBeNull();
  });

  it("merges a plain file at once, without asking", async () => {
    await mergeFrom("/media/usb/wlac.uprshare");
    expect(askingPassphrase.value).toBeNull();
    expect(merged.value).toEqual(OUTCOME);
  });
});

describe("a share file the window was asked to open (a double-click)", () => {
  it("is merged only once the user says yes, and an encrypted one then asks for its passphrase", async () => {
    offerShareFile("/media/usb/wlac.uprshare");
    expect(calls).toEqual([]);
    await mergeOffered();
    expect(calls).toEqual(["merge /media/usb/wlac.uprshare"]);
    expect(merged.value).toEqual(OUTCOME);
    expect(offeredShare.value).toBeNull();

    offerShareFile("/media/usb/wlac.age.uprshare");
    expect(merged.value).toBeNull();
    await mergeOffered();
    expect(askingPassphrase.value).toEqual({ path: "/media/usb/wlac.age.uprshare" });
  });

  it("is left alone when the user declines", async () => {
    offerShareFile("/media/usb/wlac.uprshare");
    declineOffered();
    await mergeOffered();
    expect(calls).toEqual([]);
    expect(offeredShare.value).toBeNull();
  });
});

describe("the share file's passphrase", () => {
  it("is none for a plain file, and must be typed twice alike when encrypting or when the data is encrypted", () => {
    expect(sealingPassphrase({ ticked: false, first: "", again: "" }, false)).toBeUndefined();
    expect(sealingPassphrase({ ticked: true, first: "", again: "" }, false)).toBeNull();
    expect(sealingPassphrase({ ticked: true, first: "coalition secret", again: "coalition secrte" }, false)).toBeNull();
    expect(sealingPassphrase({ ticked: true, first: "coalition secret", again: "coalition secret" }, false)).toBe("coalition secret");
    expect(sealingPassphrase({ ticked: false, first: "", again: "" }, true)).toBeNull();
    expect(sealingPassphrase({ ticked: false, first: "coalition secret", again: "coalition secret" }, true)).toBe("coalition secret");
  });
});
