import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Snapshot } from "../model";

const calls: string[] = [];
let failRestore = false;
const snap = (name: string, reason: Snapshot["reason"]): Snapshot => ({
  name,
  taken_at: "2026-11-30T10:00:00.000Z",
  reason,
  bytes: 4096,
  holds: { organisation: "MCHR", campaigns: ["Meridia"], priority_issues: 3, target_states: 3, meetings: 1, past_recommendations: 0 },
  problem: null,
});

vi.mock("../ipc", async () => {
  const actual = await vi.importActual<typeof import("../ipc")>("../ipc");
  return {
    ...actual,
    api: {
      snapshots: async () => {
        calls.push("snapshots");
        return [snap("b", "before_replace"), snap("a", "daily")];
      },
      takeSnapshot: async () => {
        calls.push("takeSnapshot");
        return snap("c", "manual");
      },
      restoreSnapshot: async (name: string) => {
        calls.push(`restoreSnapshot ${name}`);
        if (failRestore) throw new actual.UserError("snapshot_damaged", "damaged");
        return { restored: snap(name, "daily"), saved_first: snap("d", "before_restore") };
      },
      workspace: async () => {
        calls.push("workspace");
        return { organisation: null, campaign: null, priority_issues: [], target_states: [], meetings: [], settings: {} };
      },
    },
  };
});

const { askToRestore, cancelSnapshotRestore, loadSnapshots, restoreSnapshot, snapshots, snapshotStep, takeSnapshot } = await import("./snapshots");

beforeEach(() => {
  calls.length = 0;
  failRestore = false;
  snapshotStep.value = { kind: "idle" };
});

describe("snapshots", () => {
  it("lists them as Rust sends them, newest first", async () => {
    await loadSnapshots();
    expect(snapshots.value.map((s) => s.name)).toEqual(["b", "a"]);
  });

  it("asks before restoring, and cancelling changes nothing", () => {
    askToRestore(snap("a", "daily"));
    expect(snapshotStep.value.kind).toBe("confirmRestore");
    cancelSnapshotRestore();
    expect(snapshotStep.value.kind).toBe("idle");
    expect(calls).toEqual([]);
  });

  it("reloads what the window shows and the list after a restore", async () => {
    await restoreSnapshot("a");
    expect(calls).toEqual(expect.arrayContaining(["restoreSnapshot a", "workspace", "snapshots"]));
    const step = snapshotStep.value;
    expect(step.kind).toBe("restored");
    if (step.kind === "restored") expect(step.report.saved_first.reason).toBe("before_restore");
  });

  it("a refused restore returns to the list and reports the error", async () => {
    failRestore = true;
    await expect(restoreSnapshot("a")).rejects.toMatchObject({ code: "snapshot_damaged" });
    expect(snapshotStep.value.kind).toBe("idle");
    expect(calls).not.toContain("workspace");
  });

  it("a snapshot taken by hand is listed at once", async () => {
    await takeSnapshot();
    expect(calls).toEqual(["takeSnapshot", "snapshots"]);
    expect(snapshotStep.value.kind).toBe("taken");
  });
});
