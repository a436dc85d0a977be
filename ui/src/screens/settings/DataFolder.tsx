// Where the data is: the data file, "Show the data folder" (the system's file manager),
// "Move my data to…" (a checked copy in another folder, where the window works from then on
// and the next starts open), the read-only warning, and portable mode.
import { useState } from "preact/hooks";
import { t, tn } from "../../i18n";
import { chooseAndMoveData, location, locationError, moved, moveDataTo, showDataFolder } from "../../state/dataFolder";
import { attempt } from "../../state/notices";
import ids from "../../testIds.json";
import { PathEntry } from "../frame/fields";

export function DataFolder() {
  const [movePath, setMovePath] = useState("");
  const where = location.value;
  const whereError = locationError.value;
  return (
    <>
      <h2>{t("settings.data")}</h2>
      {where && (
        <p>
          {t("settings.dataFile")} <code data-testid={ids.dataFile}>{where.data_file}</code>
        </p>
      )}
      {where && (
        <div class="button-row">
          <button type="button" data-testid={ids.showDataFolder} onClick={() => void attempt(t("safety.showFolderDuring"), showDataFolder)}>
            {t("safety.showFolder")}
          </button>
          <button
            type="button"
            data-testid={ids.moveData}
            onClick={() => void attempt(t("safety.moveDuring"), () => chooseAndMoveData(t("safety.moveTitle")))}
          >
            {t("safety.moveButton")}
          </button>
        </div>
      )}
      <p class="muted">{t("safety.moveIntro")}</p>
      {where && (
        <PathEntry
          summary={t("safety.moveTypePath")}
          label={t("safety.moveFolder")}
          value={movePath}
          onInput={setMovePath}
          testId={ids.movePath}
          submitLabel={t("safety.moveButton")}
          submitTestId={ids.moveTyped}
          disabled={movePath.trim() === ""}
          onSubmit={(typed) => void attempt(t("safety.moveDuring"), () => moveDataTo(async () => typed))}
        />
      )}
      {moved.value && (
        <div class="notice" role="status" data-testid={ids.movedData}>
          <p>
            {t("safety.moved", {
              folder: moved.value.to.data_dir,
              issues: tn("count.priorityIssues", moved.value.to.contents.priority_issues),
              targets: tn("count.targets", moved.value.to.contents.target_states),
              contacts: tn("safety.count.contacts", moved.value.to.contents.contact_persons),
              meetings: tn("count.meetings", moved.value.to.contents.meetings),
            })}
          </p>
          <p>{t("safety.movedSwitched", { old: moved.value.from ?? "" })}</p>
          <p class="muted">{t("safety.movedArgsWin")}</p>
        </div>
      )}
      {where?.read_only && <p class="field__problem">{t("readOnly.banner")}</p>}
      {whereError && <p class="field__problem">{whereError.message}</p>}
      <p class="muted">{t("settings.portable")}</p>
    </>
  );
}
