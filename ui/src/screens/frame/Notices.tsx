// The frame's voice: the quiet save indicator, errors in plain words with what to do, news
// that needs no action (a record reloaded because it changed elsewhere), and the Undo toast
// after a deletion (Ctrl+Z presses it while it is up). All live regions, so a screen reader
// hears them too.
import { useEffect } from "preact/hooks";
import { flushAll, saveState } from "../../state/autosave";
import { announcements, dismissAnnouncement, dismissError, errors, runUndo, undoable } from "../../state/notices";
import { t } from "../../i18n";
import ids from "../../testIds.json";
import { placeFocusAfterDeletion } from "./focusAfterDeletion";

export function SaveIndicator() {
  const s = saveState.value;
  if (s.kind === "failed") {
    return (
      <div class="save-state save-state--failed" role="alert" data-testid={ids.saveState}>
        <p>
          <strong>{t("save.failed")}</strong> {s.error.message}
        </p>
        <p>{t("save.failedAdvice")}</p>
        <button type="button" onClick={() => void flushAll()}>
          {t("save.retry")}
        </button>
      </div>
    );
  }
  const text = s.kind === "saving" || s.kind === "pending" ? t("save.saving") : s.kind === "saved" ? t("save.saved") : "";
  return (
    <p class="save-state" role="status" aria-live="polite" data-testid={ids.saveState} data-state={s.kind}>
      {text}
    </p>
  );
}

/** Ctrl+Z (⌘Z) undoes the last deletion while its toast is up, except in a text field, where
 * it undoes typing as everywhere else. */
function isUndoKey(e: KeyboardEvent): boolean {
  if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || e.key.toLowerCase() !== "z") return false;
  const target = e.target instanceof HTMLElement ? e.target : null;
  return !target?.closest("input, textarea, select, [contenteditable]");
}

export function Notices() {
  const undo = undoable.value;
  const undoId = undo?.id;
  // A new Undo toast follows a deletion: the focus, lost with the deleted record, goes on.
  useEffect(() => {
    if (undoId !== undefined) requestAnimationFrame(placeFocusAfterDeletion);
  }, [undoId]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (undoable.value && isUndoKey(e)) {
        e.preventDefault();
        void runUndo(t("undo.during"));
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return (
    <div class="notices">
      {errors.value.map((n) => (
        <div key={n.id} class="toast toast--error" role="alert" data-testid={ids.errorMessage}>
          <p>
            <strong>{t("error.during", { action: n.during })}</strong>
          </p>
          <p>{n.error.message}</p>
          <p class="muted">{t(adviceKey(n.error.code))}</p>
          <button type="button" onClick={() => dismissError(n.id)}>
            {t("error.dismiss")}
          </button>
        </div>
      ))}
      {announcements.value.map((n) => (
        <div key={n.id} class="toast" role="alert" data-testid={ids.announcement}>
          <p>{n.message}</p>
          <button type="button" onClick={() => dismissAnnouncement(n.id)}>
            {t("announcement.dismiss")}
          </button>
        </div>
      ))}
      {undo && (
        <div class="toast" role="status" data-testid={ids.undoToast}>
          <p>{undo.message}</p>
          <button type="button" class="toast__action" data-testid={ids.undoButton} onClick={() => void runUndo(t("undo.during"))}>
            {t("undo.button")}
          </button>
        </div>
      )}
    </div>
  );
}

/** What the user can do about an error, by its code. */
function adviceKey(code: string) {
  switch (code) {
    case "data_dir":
    case "no_data_dir":
    case "write_file":
      return "advice.write" as const;
    case "output_in_data_folder":
    case "output_is_folder":
      return "advice.elsewhere" as const;
    case "read_file":
    case "invalid_file":
    case "invalid_export":
      return "advice.file" as const;
    case "schema_too_new":
      return "advice.newer" as const;
    case "invalid_input":
      return "advice.input" as const;
    case "store_not_empty":
      return "advice.replace" as const;
    case "read_only":
    case "read_only_upgrade":
      return "advice.readOnly" as const;
    case "disk_full":
    case "disk_write":
      return "advice.disk" as const;
    case "snapshot_damaged":
      return "advice.snapshot" as const;
    default:
      return "advice.other" as const;
  }
}
