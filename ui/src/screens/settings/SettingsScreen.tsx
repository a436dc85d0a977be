// Settings: first what keeps the data safe — backup and restore (what a backup holds, what a
// file would bring before it replaces anything), where the data lives (and portable mode),
// snapshots — then the window's language, the speaking rate, the documents' default
// paper and language, and the calendar.
import { useEffect, useState } from "preact/hooks";
import { DOCUMENT_LANGUAGES, language, LANGUAGES, t, tn, type Language } from "../../i18n";
import type { Paper } from "../../model";
import {
  backupContents,
  cancelRestore,
  chooseAndBackup,
  chooseAndRestore,
  holdsContacts,
  loadBackupContents,
  restoreFrom,
  step,
} from "../../state/backup";
import { location } from "../../state/dataFolder";
import { attempt } from "../../state/notices";
import { FilePassphrase } from "../frame/FilePassphrase";
import { today } from "../../state/records";
import { editSettings, settings, setUiLanguage } from "../../state/settings";
import ids from "../../testIds.json";
import { Encryption } from "./Encryption";
import { NumberField, PathEntry, ScreenHeader, SelectField } from "../frame/fields";
import { About } from "./About";
import { CalendarOffsets } from "./CalendarOffsets";
import { DataFolder } from "./DataFolder";
import { FileContentsSummary } from "./FileContentsSummary";
import { ShowDemoAgain } from "./ShowDemoAgain";
import { Snapshots } from "./Snapshots";

export function SettingsScreen() {
  const [restorePath, setRestorePath] = useState("");
  const s = settings.value;
  const where = location.value;
  const b = step.value;
  // What a backup written now would hold: again after a restore changed the data.
  useEffect(() => {
    if (b.kind === "idle" || b.kind === "restored") void attempt(t("settings.backupDuring"), loadBackupContents);
  }, [b.kind]);
  if (!s) return null;
  const willHold = backupContents.value;

  return (
    <section>
      <ScreenHeader title={t("nav.settings")} />

      <h2>{t("settings.backup")}</h2>
      <p class="muted">{t("settings.backupIntro")}</p>
      {willHold && (
        <p class={holdsContacts(willHold) ? "notice" : "muted"} data-testid={ids.backupContactsCue}>
          {holdsContacts(willHold)
            ? t("safety.backupHoldsContacts", {
                contacts: tn("safety.count.contacts", willHold.contact_persons),
                notes: tn("safety.count.notes", willHold.meeting_notes),
              })
            : t("safety.backupNoContacts")}
        </p>
      )}
      <div class="button-row">
        <button
          type="button"
          disabled={b.kind === "busy"}
          onClick={() =>
            void attempt(t("settings.backupDuring"), () =>
              chooseAndBackup(t("settings.backupTitle"), `upr-kit-backup-${today()}.uprkit`),
            )
          }
        >
          {t("settings.backupButton")}
        </button>
        <button type="button" disabled={b.kind === "busy"} onClick={() => void attempt(t("settings.restoreDuring"), () => chooseAndRestore(t("settings.restoreTitle")))}>
          {t("settings.restoreButton")}
        </button>
      </div>
      <PathEntry
        summary={t("database.typePath")}
        label={t("database.path")}
        value={restorePath}
        onInput={setRestorePath}
        testId={ids.restorePath}
        submitLabel={t("settings.restoreTitle")}
        submitTestId={ids.restoreTyped}
        disabled={b.kind === "busy" || restorePath.trim() === ""}
        onSubmit={(typed) => void attempt(t("settings.restoreDuring"), () => restoreFrom(typed, false))}
      />
      <div aria-live="polite">
        {b.kind === "busy" && <p class="muted">{t("settings.working")}</p>}
        {b.kind === "exported" && <p>{t("settings.exported", { path: b.path })}</p>}
        {b.kind === "restored" && (
          <p>
            {t("settings.restored", {
              issues: tn("count.priorityIssues", b.counts.priority_issues),
              targets: tn("count.targets", b.counts.target_states),
              meetings: tn("count.meetings", b.counts.meetings),
            })}
          </p>
        )}
      </div>
      {b.kind === "confirmOpen" && (
        <div class="notice" role="alertdialog" aria-labelledby="open-title" aria-describedby="open-text" data-testid={ids.openFileQuestion}>
          <h3 id="open-title">{t("openFile.title")}</h3>
          <p id="open-text">{t("openFile.text", { path: b.path })}</p>
          <FileContentsSummary contents={b.contents} />
          <div class="button-row">
            <button
              type="button"
              class="primary"
              data-testid={ids.openFileImport}
              onClick={() => void attempt(t("settings.restoreDuring"), () => restoreFrom(b.path, false))}
              ref={(el) => el?.focus()}
            >
              {t("openFile.import")}
            </button>
            <button type="button" onClick={cancelRestore}>
              {t("settings.replaceCancel")}
            </button>
          </div>
        </div>
      )}
      {b.kind === "askPassphrase" && (
        <FilePassphrase
          path={b.path}
          onOpen={(passphrase) => void attempt(t("settings.restoreDuring"), () => restoreFrom(b.path, false, passphrase))}
          onCancel={cancelRestore}
        />
      )}
      {b.kind === "confirmReplace" && (
        <div class="notice notice--error" role="alertdialog" aria-labelledby="replace-title" aria-describedby="replace-text">
          <h3 id="replace-title">{t("settings.replaceTitle")}</h3>
          <p id="replace-text">{t("settings.replaceText", { path: b.path })}</p>
          <FileContentsSummary contents={b.contents} />
          <div class="button-row">
            <button
              type="button"
              class="danger"
              data-testid={ids.backupConfirmReplace}
              onClick={() => void attempt(t("settings.restoreDuring"), () => restoreFrom(b.path, true, b.passphrase))}
            >
              {t("settings.replaceConfirm")}
            </button>
            <button type="button" class="primary" onClick={cancelRestore} ref={(el) => el?.focus()}>
              {t("settings.replaceCancel")}
            </button>
          </div>
        </div>
      )}

      <DataFolder />
      <ShowDemoAgain readOnly={where?.read_only ?? false} />
      <Snapshots readOnly={where?.read_only ?? false} />
      <Encryption readOnly={where?.read_only ?? false} />
      <div class="form-grid">
        <NumberField
          label={t("snapshots.kept")}
          value={s.snapshots_kept}
          min={1}
          max={1000}
          onInput={(snapshots_kept) => editSettings({ snapshots_kept })}
          hint={t("snapshots.keptHint")}
        />
        <NumberField
          label={t("safety.reminderDays")}
          value={s.backup_reminder_days}
          min={1}
          max={365}
          onInput={(backup_reminder_days) => editSettings({ backup_reminder_days })}
          hint={t("safety.reminderDaysHint")}
        />
        <NumberField
          label={t("settings.autoLockMinutes")}
          value={s.auto_lock_minutes}
          min={1}
          max={1440}
          onInput={(auto_lock_minutes) => editSettings({ auto_lock_minutes })}
          testId={ids.autoLockMinutes}
        />
      </div>

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
            {/* Each language named in itself, marked so a screen reader reads it in its voice. */}
            <span lang={l} dir="auto">
              {t(`language.${l}`)}
            </span>
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
          value={s.document_language}
          options={DOCUMENT_LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          onChange={(document_language) => editSettings({ document_language })}
          hint={t("settings.documentLanguageHint")}
        />
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={s.brief_shows_action_category}
          data-testid={ids.briefShowsCategory}
          aria-describedby="brief-category-hint"
          onChange={(e) => editSettings({ brief_shows_action_category: (e.currentTarget as HTMLInputElement).checked })}
        />
        {t("settings.briefShowsCategory")}
      </label>
      <p id="brief-category-hint" class="muted">
        {t("settings.briefShowsCategoryHint")}
      </p>

      <CalendarOffsets />

      <About />

    </section>
  );
}
