// Settings: where the data lives (and portable mode), backup and restore, the speaking rate,
// the documents' default paper and language, and the window's language.
import { useEffect, useState } from "preact/hooks";
import { language, LANGUAGES, t, type Language } from "../../i18n";
import { api, desktop, type UserError } from "../../ipc";
import type { DataLocation, Paper } from "../../model";
import { BACKUP_FILTER, backupTo, cancelRestore, chooseAndRestore, restoreFrom, step } from "../../state/backup";
import { attempt } from "../../state/notices";
import { today } from "../../state/records";
import { editSettings, settings, setUiLanguage } from "../../state/settings";
import ids from "../../testIds.json";
import { NumberField, ScreenHeader, SelectField } from "../frame/fields";
import { CalendarOffsets } from "./CalendarOffsets";

export function SettingsScreen() {
  const s = settings.value;
  const [location, setLocation] = useState<DataLocation | null>(null);
  const [locationError, setLocationError] = useState<UserError | null>(null);
  useEffect(() => {
    api.dataLocation().then(setLocation, setLocationError);
  }, []);
  if (!s) return null;
  const b = step.value;

  return (
    <section>
      <ScreenHeader title={t("nav.settings")} />

      <h2>{t("settings.uiLanguage")}</h2>
      <div class="segmented" role="radiogroup" aria-label={t("settings.uiLanguage")}>
        {LANGUAGES.map((l: Language) => (
          <label key={l} class="check">
            <input
              type="radio"
              name="ui-language"
              value={l}
              checked={language() === l}
              data-testid={`${ids.uiLanguage}-${l}`}
              onChange={() => void attempt(t("settings.languageDuring"), () => setUiLanguage(l))}
            />
            {t(`language.${l}`)}
          </label>
        ))}
      </div>

      <h2>{t("settings.documents")}</h2>
      <div class="form-grid">
        <NumberField
          label={t("settings.rate")}
          value={s.speaking_rate_wpm}
          min={40}
          max={250}
          onInput={(speaking_rate_wpm) => editSettings({ speaking_rate_wpm })}
          hint={t("settings.rateHint")}
        />
        <SelectField<Paper>
          label={t("settings.paper")}
          value={s.paper}
          options={[
            { value: "a4", label: t("paper.a4") },
            { value: "letter", label: t("paper.letter") },
          ]}
          onChange={(paper) => editSettings({ paper })}
        />
        <SelectField
          label={t("settings.documentLanguage")}
          value={s.document_language as Language}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          onChange={(document_language) => editSettings({ document_language })}
          hint={t("settings.documentLanguageHint")}
        />
      </div>

      <CalendarOffsets />

      <h2>{t("settings.data")}</h2>
      {location && (
        <p>
          {t("settings.dataFile")} <code data-testid={ids.dataFile}>{location.data_file}</code>
        </p>
      )}
      {locationError && <p class="field__problem">{locationError.message}</p>}
      <p class="muted">{t("settings.portable")}</p>

      <h2>{t("settings.backup")}</h2>
      <p class="muted">{t("settings.backupIntro")}</p>
      <div class="button-row">
        <button
          type="button"
          disabled={b.kind === "busy"}
          onClick={() =>
            void attempt(t("settings.backupDuring"), () =>
              backupTo(() => desktop.chooseSaveFile(t("settings.backupTitle"), `upr-kit-backup-${today()}.json`, [BACKUP_FILTER])),
            )
          }
        >
          {t("settings.backupButton")}
        </button>
        <button type="button" disabled={b.kind === "busy"} onClick={() => void attempt(t("settings.restoreDuring"), () => chooseAndRestore(t("settings.restoreTitle")))}>
          {t("settings.restoreButton")}
        </button>
      </div>
      <div aria-live="polite">
        {b.kind === "busy" && <p class="muted">{t("settings.working")}</p>}
        {b.kind === "exported" && <p>{t("settings.exported", { path: b.path })}</p>}
        {b.kind === "restored" && (
          <p>
            {t("settings.restored", {
              issues: b.counts.priority_issues,
              targets: b.counts.target_states,
              meetings: b.counts.meetings,
            })}
          </p>
        )}
      </div>
      {b.kind === "confirmReplace" && (
        <div class="notice notice--error" role="alertdialog" aria-labelledby="replace-title" aria-describedby="replace-text">
          <h3 id="replace-title">{t("settings.replaceTitle")}</h3>
          <p id="replace-text">{t("settings.replaceText", { path: b.path })}</p>
          <div class="button-row">
            <button type="button" class="danger" onClick={() => void attempt(t("settings.restoreDuring"), () => restoreFrom(b.path, true))}>
              {t("settings.replaceConfirm")}
            </button>
            <button type="button" class="primary" onClick={cancelRestore} ref={(el) => el?.focus()}>
              {t("settings.replaceCancel")}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
