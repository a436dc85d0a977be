// The store's snapshots (taken before every replace, restore and upgrade, and once a day):
// listed on the Settings screen, and restored only after the user has seen what the chosen one
// holds and confirmed.
import { signal } from "@preact/signals";
import { api } from "../ipc";
import type { RestoreReport, Snapshot } from "../model";
import { flushAll } from "./autosave";
import { loadWorkspace } from "./workspace";

export type SnapshotStep =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "confirmRestore"; snapshot: Snapshot }
  | { kind: "taken"; snapshot: Snapshot }
  | { kind: "restored"; report: RestoreReport };

export const snapshots = signal<Snapshot[]>([]);
export const snapshotStep = signal<SnapshotStep>({ kind: "idle" });

export async function loadSnapshots(): Promise<void> {
  snapshots.value = await api.snapshots();
}

/** Takes a snapshot now, after writing what is still being typed. */
export async function takeSnapshot(): Promise<void> {
  await flushAll();
  await busy(async () => {
    const snapshot = await api.takeSnapshot();
    await loadSnapshots();
    return snapshot ? { kind: "taken", snapshot } : { kind: "idle" };
  });
}

/** Shows what `snapshot` holds and asks before anything changes. */
export function askToRestore(snapshot: Snapshot) {
  snapshotStep.value = { kind: "confirmRestore", snapshot };
}

export function cancelSnapshotRestore() {
  snapshotStep.value = { kind: "idle" };
}

/** Restores the confirmed snapshot; the store takes a snapshot of the current data first. */
export async function restoreSnapshot(name: string): Promise<void> {
  await flushAll();
  await busy(async () => {
    const report = await api.restoreSnapshot(name);
    await Promise.all([loadWorkspace(), loadSnapshots()]);
    return { kind: "restored", report };
  });
}

async function busy(run: () => Promise<SnapshotStep>): Promise<void> {
  snapshotStep.value = { kind: "busy" };
  try {
    snapshotStep.value = await run();
  } catch (e) {
    snapshotStep.value = { kind: "idle" };
    throw e;
  }
}
