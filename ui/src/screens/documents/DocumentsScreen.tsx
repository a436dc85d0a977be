// Documents: choose the document, the delegation, the issues, the language and the paper, and
// what a document takes of its own (the press release's embargo, the letter's addressee).
import { useEffect } from "preact/hooks";
import type { Language as DocumentLanguage } from "../../generated/Language";
import { DOCUMENT_LANGUAGES, t } from "../../i18n";
import { noteText } from "../../i18n/errors";
import { encrypted, loadEncrypted } from "../../state/encryption";
import type { Paper } from "../../model";
import {
  askToSave,
  choice,
  choose,
  chooseAndWrite,
  DOCUMENT_KINDS,
  effective,
  includeIssue,
  openWritten,
  otherFormat,
  output,
  outputPath,
  saveRefusal,
  submissionChoices,
  takesIssues,
  takesTarget,
  weakWarning,
  writeTo,
  type DocumentKind,
} from "../../state/documents";
import { attempt } from "../../state/notices";
import { organisation } from "../../state/organisation";
import { settings } from "../../state/settings";
import { clock } from "../../state/speechText";
import { editable } from "../../state/speechText";
import { ordered } from "../../state/issues";
import { targets } from "../../state/targets";
import ids from "../../testIds.json";
import { CheckField, PathEntry, ScreenHeader, SelectField } from "../frame/fields";
import { AddresseeFields, EmbargoFields } from "./AfterReviewChoices";
import { OverflowMessage } from "./OverflowMessage";
import { PagePreview } from "./PagePreview";
import { PrintRunPanel } from "./PrintRunPanel";
import { SpeechEditor } from "./SpeechEditor";
import { reportSummary } from "./summary";
import { WeakRecommendations } from "./WeakRecommendations";

// Documents are written in the six UN languages, whatever languages the window speaks.

export function DocumentsScreen() {
  // Whether to say that saved PDFs are not encrypted: asked each time the screen opens, since
  // encryption may have been turned on or off in Settings meanwhile.
  useEffect(() => void loadEncrypted(), []);
  const c = choice.value;
  const speechDocument = editable(c.kind);
  const refusal = saveRefusal.value;
  const writing = output.value.kind === "writing";
  // The press release's plain text, the letter's and the written statement's Word file.
  const other = otherFormat(c.kind);
  return (
    <section>
      <ScreenHeader title={t("nav.documents")} intro={t("documents.intro")} />
      <div class="documents__layout">
        <div class="documents__choices">
          <div class="form-grid">
            <SelectField<DocumentKind>
              label={t("documents.kind")}
              value={c.kind}
              options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documents.kind.${k}`) }))}
              onChange={(kind) => choose({ kind })}
              hint={t(`documents.kindHint.${c.kind}`)}
              testId={ids.documentKind}
            />
            {takesTarget(c.kind) && (
              <SelectField
                label={t("documents.target")}
                value={c.targetStateId ?? ""}
                options={[{ value: "", label: t("documents.general") }, ...targets.value.map((x) => ({ value: x.id, label: x.state }))]}
                onChange={(id) => choose({ targetStateId: id === "" ? null : id })}
              />
            )}
            {c.kind === "factsheet" && (
              <SelectField
                label={t("documents.theme")}
                value={c.themeId ?? ordered.value[0]?.id ?? ""}
                options={ordered.value.map((i) => ({ value: i.id, label: `${i.rank}. ${i.title}` }))}
                onChange={(id) => choose({ themeId: id })}
                testId={ids.documentTheme}
              />
            )}
            {c.kind === "submission" && (
              <SelectField
                label={t("documents.submission")}
                value={c.submissionId ?? submissionChoices.value[0]?.id ?? ""}
                options={submissionChoices.value.map((s) => ({ value: s.id, label: s.title }))}
                onChange={(id) => choose({ submissionId: id })}
              />
            )}
            {c.kind === "letter" && <AddresseeFields />}
            <SelectField<DocumentLanguage>
              label={t("documents.language")}
              value={effective.value.language}
              options={DOCUMENT_LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
              onChange={(language) => choose({ language })}
              hint={t("documents.languageHint")}
            />
            <SelectField<Paper>
              label={t("documents.paper")}
              value={effective.value.paper}
              options={[
                { value: "a4", label: t("paper.a4") },
                { value: "letter", label: t("paper.letter") },
              ]}
              onChange={(paper) => choose({ paper })}
            />
          </div>
          <CheckField
            label={t("documents.draft")}
            checked={c.draft}
            onChange={(draft) => choose({ draft })}
            testId={ids.documentDraft}
          />
          {/* A joint statement needs partners to be joint with (the core refuses it without). */}
          {c.kind === "oral_statement" && (organisation.value?.partners.length ?? 0) > 0 && (
            <CheckField
              label={t("documents.joint", { time: clock(settings.value?.joint_oral_statement_seconds ?? 180) })}
              checked={c.joint}
              onChange={(joint) => choose({ joint })}
              testId={ids.documentJoint}
            />
          )}
          {c.kind === "press_release" && <EmbargoFields />}
          {takesIssues(c.kind) && (
          <fieldset class="asks">
            <legend>{t("documents.issues")}</legend>
            {ordered.value.map((issue) => (
              <label key={issue.id} class="check">
                <input
                  type="checkbox"
                  checked={!c.excludedIssues.includes(issue.id)}
                  data-testid={ids.documentIssue}
                  data-title={issue.title}
                  onChange={(e) => includeIssue(issue.id, (e.currentTarget as HTMLInputElement).checked)}
                />
                {issue.rank}. {issue.title}
              </label>
            ))}
          </fieldset>
          )}
          {speechDocument && <SpeechEditor document={speechDocument} />}
          <div class="button-row">
            <button
              type="button"
              class="primary"
              data-testid={ids.saveDocument}
              disabled={writing || refusal !== null}
              aria-describedby={refusal ? "save-refusal" : undefined}
              onClick={() => void attempt(t("documents.writeDuring"), () => askToSave(() => chooseAndWrite(t("documents.saveTitle"))))}
            >
              {t("documents.save")}
            </button>
            {other && (
              <button
                type="button"
                data-testid={ids.saveDocumentOther}
                disabled={writing || refusal !== null}
                aria-describedby={refusal ? "save-refusal" : undefined}
                onClick={() =>
                  void attempt(t("documents.writeDuring"), () =>
                    askToSave(() => chooseAndWrite(t(`documents.saveTitle.${other}`), other)),
                  )
                }
              >
                {t(`documents.save.${other}`)}
              </button>
            )}
          </div>
          {/* The data is encrypted, the printed copy is not: said where it is saved. */}
          {encrypted.value && (
            <p class="muted" data-testid={ids.pdfPlainNote}>
              {t("documents.pdfPlain")}
            </p>
          )}
          {/* Why it cannot be saved, said before any file dialog is opened. */}
          {refusal && (
            <p id="save-refusal" class="save-refusal" data-testid={ids.saveRefusal} data-reason={refusal}>
              {t(refusal === "tooLong" ? "documents.cannotSave.tooLong" : "documents.cannotSave.noIssues")}
            </p>
          )}
          {weakWarning.value === "asking" && <WeakRecommendations />}
          <PathEntry
            summary={t("documents.typePath")}
            label={t("documents.path")}
            hint={t(other ? `documents.pathHint.${other}` : "documents.pathHint")}
            value={outputPath.value}
            onInput={(v) => (outputPath.value = v)}
            testId={ids.documentPath}
            submitLabel={t("documents.write")}
            submitTestId={ids.writeDocument}
            disabled={writing || refusal !== null}
            onSubmit={(typed) => void attempt(t("documents.writeDuring"), () => askToSave(() => writeTo(typed)))}
          />
          <Outcome />
          {c.kind === "brief" && <PrintRunPanel />}
        </div>
        <PagePreview />
      </div>
    </section>
  );
}

/** What happened: progress, the report of a written document, or advice when it does not fit. */
function Outcome() {
  const o = output.value;
  return (
    <div aria-live="polite" data-testid={ids.documentOutcome} data-state={o.kind}>
      {o.kind === "writing" && (
        <p class="progress">
          <span class="spinner" aria-hidden="true" /> {t("documents.writing")}
        </p>
      )}
      {o.kind === "written" && (
        <div class="notice">
          <p>
            <strong>{t("documents.written", { path: o.path })}</strong>
          </p>
          <p>{reportSummary(o.report, false)}</p>
          {o.report.notes.map((n) => (
            <p key={n.note} class="muted">
              {noteText(n)}
            </p>
          ))}
          <button type="button" onClick={() => void attempt(t("documents.openDuring"), openWritten)}>
            {t("documents.open")}
          </button>
        </div>
      )}
      {/* Refused while the preview still showed an earlier choice that fit; cleared as soon as
          the preview of this one arrives (it carries the same message). */}
      {o.kind === "tooLong" && <OverflowMessage overflow={o.overflow} />}
      {o.kind === "failed" && (
        <div class="notice notice--error" role="alert">
          <h2>{t("documents.failed")}</h2>
          <p class="pre-line">{o.error.message}</p>
        </div>
      )}
    </div>
  );
}
