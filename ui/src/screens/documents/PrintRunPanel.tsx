// "Briefs for every meeting…": the print run for Geneva on the Documents screen. One button
// chooses a folder; the core writes a brief per target State and the combined PDF, saying each
// file as it goes; Cancel stops it between two files. The screen stays usable meanwhile.
import { t, tn } from "../../i18n";
import { overflowProblem } from "../../i18n/errors";
import { attempt } from "../../state/notices";
import { cancelPrintRun, chooseFolderAndPrint, openCombined, printBriefsTo, printFolder, printRun } from "../../state/printRun";
import { targets } from "../../state/targets";
import ids from "../../testIds.json";
import { PathEntry } from "../frame/fields";

export function PrintRunPanel() {
  const run = printRun.value;
  const running = run.kind === "running";
  const none = targets.value.length === 0;
  return (
    <section class="print-run" aria-labelledby="print-run-title">
      <h2 id="print-run-title">{t("printRun.title")}</h2>
      <p class="muted">{none ? t("printRun.noTargets") : tn("printRun.explain", targets.value.length)}</p>
      <div class="button-row">
        <button
          type="button"
          data-testid={ids.printRunStart}
          disabled={running || none}
          onClick={() => void attempt(t("printRun.during"), () => chooseFolderAndPrint(t("printRun.folderTitle")))}
        >
          {t("printRun.start")}
        </button>
        {running && (
          <button type="button" data-testid={ids.printRunCancel} disabled={run.cancelling} onClick={() => void attempt(t("printRun.during"), cancelPrintRun)}>
            {t("printRun.cancel")}
          </button>
        )}
      </div>
      <PathEntry
        summary={t("printRun.typeFolder")}
        label={t("printRun.folder")}
        hint={t("printRun.folderHint")}
        value={printFolder.value}
        onInput={(v) => (printFolder.value = v)}
        testId={ids.printRunFolder}
        submitLabel={t("printRun.write")}
        submitTestId={ids.printRunWrite}
        disabled={running || none}
        onSubmit={(typed) => void attempt(t("printRun.during"), () => printBriefsTo(typed))}
      />
      <PrintRunOutcome />
    </section>
  );
}

function PrintRunOutcome() {
  const run = printRun.value;
  return (
    <div aria-live="polite" data-testid={ids.printRunOutcome} data-state={run.kind}>
      {run.kind === "running" && (
        <p class="progress">
          <span class="spinner" aria-hidden="true" />{" "}
          {run.total === 0
            ? t("printRun.starting")
            : t("printRun.progress", { done: run.done, total: run.total, state: run.state ?? t("printRun.combinedFile") })}
          <progress max={run.total || 1} value={run.done} />
        </p>
      )}
      {run.kind === "done" && (
        <div class={run.run.too_long.length > 0 ? "notice notice--error" : "notice"} data-cancelled={run.run.cancelled}>
          <p>
            <strong>
              {run.run.cancelled ? tn("printRun.cancelled", run.run.written.length) : tn("printRun.written", run.run.written.length)}
            </strong>
          </p>
          <ul>
            {run.run.written.map((b) => (
              <li key={b.file} data-testid={ids.printRunWritten}>
                {b.file}
              </li>
            ))}
          </ul>
          {run.run.too_long.map((b) => (
            <p key={b.state} data-testid={ids.printRunTooLong} data-state={b.state}>
              <strong>{t("printRun.tooLong", { state: b.state })}</strong> {overflowProblem(b.overflow)}
            </p>
          ))}
          {run.run.combined !== null && (
            <p>
              {t("printRun.combined", { path: run.run.combined })}{" "}
              <button type="button" data-testid={ids.printRunOpen} onClick={() => void attempt(t("documents.openDuring"), openCombined)}>
                {t("documents.open")}
              </button>
            </p>
          )}
        </div>
      )}
      {run.kind === "failed" && (
        <div class="notice notice--error" role="alert">
          <h3>{t("printRun.failed")}</h3>
          <p class="pre-line">{run.error.message}</p>
        </div>
      )}
    </div>
  );
}
