// Loading what the window shows, once at start and again after a restore: the workspace is
// handed to each domain module, which owns its part from then on.
import { signal } from "@preact/signals";
import { api, type UserError } from "../ipc";
import { lastBackupAt } from "./backup";
import { campaign } from "./campaign";
import { issues } from "./issues";
import { meetings } from "./meetings";
import { organisation } from "./organisation";
import { adoptSettings } from "./settings";
import { targets } from "./targets";

export const loaded = signal(false);
export const loadError = signal<UserError | null>(null);

export async function loadWorkspace(): Promise<void> {
  try {
    const ws = await api.workspace();
    // When the first screen's data arrived, on the page's clock (scripts/bench-window.sh).
    performance.mark("workspace-answered");
    organisation.value = ws.organisation;
    campaign.value = ws.campaign;
    issues.value = ws.priority_issues;
    targets.value = ws.target_states;
    meetings.value = ws.meetings;
    adoptSettings(ws.settings);
    lastBackupAt.value = ws.last_backup_at;
    loadError.value = null;
    loaded.value = true;
  } catch (e) {
    loadError.value = e as UserError;
  }
}
