// The Settings screen's snapshots: each one with when, why and what it holds; restoring one
// first shows what it holds and asks.
import { useEffect } from "preact/hooks";
import { formatDateTime, t, tn } from "../../i18n";
import type { Snapshot, SnapshotContents } from "../../model";
import { attempt } from "../../state/notices";
import { askToRestore, cancelSnapshotRestore, loadSnapshots, restoreSnapshot, snapshots, snapshotStep, takeSnapshot } from "../../state/snapshots";
import ids from "../../testIds.json";

export function Snapshots({ readOnly }: { readOnly: boolean }) {
  useEffect(() => {
    void attempt(t("snapshots.loadDuring"), loadSnapshots);
  }, []);
  const list = snapshots.value;
  const step = snapshotStep.value;

  return (
    <>
      <h2>{t("snapshots.heading")}</h2>
      <p class="muted">{t("snapshots.intro")}</p>
      <div class="button-row">
        <button type="button" disabled={readOnly || step.kind === "busy"} data-testid={ids.takeSnapshot} onClick={() => void attempt(t("snapshots.takeDuring"), takeSnapshot)}>
          {t("snapshots.take")}
        </button>
      </div>
      <div aria-live="polite">
        {step.kind === "busy" && <p class="muted">{t("settings.working")}</p>}
        {step.kind === "taken" && <p>{t("snapshots.taken", { when: formatDateTime(step.snapshot.taken_at) })}</p>}
        {step.kind === "restored" && (
          <p data-testid={ids.snapshotRestored}>
            {t("snapshots.restored", { when: formatDateTime(step.report.restored.taken_at), before: formatDateTime(step.report.saved_first.taken_at) })}
          </p>
        )}
      </div>
      {step.kind === "confirmRestore" && (
        <div class="notice notice--error" role="alertdialog" aria-labelledby="snapshot-restore-title" aria-describedby="snapshot-restore-text">
          <h3 id="snapshot-restore-title">{t("snapshots.confirmTitle", { when: formatDateTime(step.snapshot.taken_at) })}</h3>
          <p id="snapshot-restore-text">
            {t("snapshots.confirmText")} <strong>{step.snapshot.holds ? holds(step.snapshot.holds) : step.snapshot.problem}</strong>
          </p>
          <div class="button-row">
            <button
              type="button"
              class="danger"
              data-testid={ids.snapshotConfirmRestore}
              onClick={() => void attempt(t("snapshots.restoreDuring"), () => restoreSnapshot(step.snapshot.name))}
            >
              {t("snapshots.confirm")}
            </button>
            <button type="button" class="primary" onClick={cancelSnapshotRestore} ref={(el) => el?.focus()}>
              {t("settings.replaceCancel")}
            </button>
          </div>
        </div>
      )}
      {list.length === 0 ? (
        <p class="muted">{t("snapshots.none")}</p>
      ) : (
        <table class="snapshot-list" data-testid={ids.snapshotList}>
          <thead>
            <tr>
              <th scope="col">{t("snapshots.when")}</th>
              <th scope="col">{t("snapshots.why")}</th>
              <th scope="col">{t("snapshots.holds")}</th>
              <th scope="col">
                <span class="visually-hidden">{t("snapshots.restore")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((s) => (
              <SnapshotRow key={s.name} snapshot={s} disabled={readOnly || step.kind === "busy"} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function SnapshotRow({ snapshot, disabled }: { snapshot: Snapshot; disabled: boolean }) {
  return (
    <tr data-testid={ids.snapshotRow}>
      <td>{formatDateTime(snapshot.taken_at)}</td>
      <td>{t(`snapshots.reason.${snapshot.reason}`)}</td>
      <td>{snapshot.holds ? holds(snapshot.holds) : <span class="field__problem">{t("snapshots.unreadable", { problem: snapshot.problem ?? "" })}</span>}</td>
      <td>
        <button type="button" disabled={disabled || !snapshot.holds} data-testid={ids.snapshotRestore} onClick={() => askToRestore(snapshot)}>
          {t("snapshots.restore")}
        </button>
      </td>
    </tr>
  );
}

/** What a snapshot holds, in one sentence. */
function holds(c: SnapshotContents): string {
  return t("snapshots.contents", {
    organisation: c.organisation ?? t("snapshots.noOrganisation"),
    campaigns: c.campaigns.length ? c.campaigns.join(", ") : t("snapshots.noCampaign"),
    issues: tn("count.priorityIssues", c.priority_issues),
    targets: tn("count.targets", c.target_states),
    meetings: tn("count.meetings", c.meetings),
  });
}
