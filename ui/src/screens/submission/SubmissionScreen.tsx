// The stakeholder submission: drafted by sections (summary, issues with numbered paragraphs,
// recommendations), individual or joint, with the word count against OHCHR's limit shown live
// while typing, before any export; then exported to Word (.docx) or PDF.
import { useEffect, useState } from "preact/hooks";
import { formatNumber, t } from "../../i18n";
import type { Submission, SubmissionKind } from "../../model";
import { attempt } from "../../state/notices";
import { organisation } from "../../state/organisation";
import {
  addIssue,
  chooseAndExport,
  current,
  edit,
  editIssue,
  exportOutput,
  exportTo,
  liveCount,
  loadSubmissions,
  openSubmission,
  removeIssue,
  startDraft,
  submissions,
  submissionsLoaded,
} from "../../state/submission";
import { blocks, countLevel } from "../../state/wordCount";
import ids from "../../testIds.json";
import { PathEntry, ScreenHeader, SelectField, TextField } from "../frame/fields";

export function SubmissionScreen() {
  useEffect(() => {
    void attempt(t("submission.loadDuring"), loadSubmissions);
  }, []);
  const s = current.value;
  const partners = organisation.value?.partners ?? [];
  return (
    <section class="submission">
      <ScreenHeader title={t("nav.submission")} intro={t("submission.intro")} />
      {!submissionsLoaded.value ? (
        <p class="muted">{t("app.loading")}</p>
      ) : !s ? (
        <div class="button-row">
          <button type="button" class="primary" data-testid={ids.startSubmission} onClick={() => void attempt(t("submission.draftDuring"), () => startDraft("individual"))}>
            {t("submission.startIndividual")}
          </button>
          <button type="button" disabled={partners.length === 0} onClick={() => void attempt(t("submission.draftDuring"), () => startDraft("joint"))}>
            {t("submission.startJoint")}
          </button>
        </div>
      ) : (
        <>
          <Choose s={s} hasPartners={partners.length > 0} />
          <div class="submission__layout" key={s.id}>
            <Editor s={s} partners={partners.map((p) => p.name)} />
            <aside class="submission__side">
              <Count />
              <Export />
            </aside>
          </div>
        </>
      )}
    </section>
  );
}

/** Which submission is open, when there are several, and a new one of either kind: a
 *  coalition often sends its own submission and signs a joint one. */
function Choose({ s, hasPartners }: { s: Submission; hasPartners: boolean }) {
  const list = submissions.value;
  return (
    <div class="submission__choose">
      {list.length > 1 && (
        <SelectField<string>
          label={t("submission.which")}
          value={s.id}
          options={list.map((x) => ({
            value: x.id,
            label: t("submission.option", {
              kind: x.kind === "joint" ? t("submission.kindShort.joint") : t("submission.kindShort.individual"),
              title: x.title.trim() || t("submission.untitled"),
            }),
          }))}
          onChange={openSubmission}
          testId={ids.submissionWhich}
        />
      )}
      <div class="button-row">
        <button type="button" onClick={() => void attempt(t("submission.draftDuring"), () => startDraft("individual"))}>
          {t("submission.newIndividual")}
        </button>
        <button type="button" disabled={!hasPartners} data-testid={ids.newJointSubmission} onClick={() => void attempt(t("submission.draftDuring"), () => startDraft("joint"))}>
          {t("submission.newJoint")}
        </button>
      </div>
    </div>
  );
}

/** The count beside the draft, updated on every keystroke; over the limit in red, in words. */
function Count() {
  const c = liveCount.value;
  // Figures as the window's language writes them: "2,815", "2 815", "2.815" (and in Arabic
  // with the digits 0–9, as everywhere in the window).
  const n = formatNumber;
  if (!c) return null;
  const level = countLevel(c);
  return (
    <div class={`word-count word-count--${level}`} role="status" data-testid={ids.wordCount} data-level={level} data-words={c.words}>
      <p class="word-count__figure">{t("submission.count", { words: n(c.words), limit: n(c.limit) })}</p>
      {level === "over" ? (
        <p>
          <strong>{t("submission.over", { over: n(c.words - c.limit) })}</strong>
        </p>
      ) : (
        <p>{t("submission.left", { left: n(c.limit - c.words) })}</p>
      )}
      <p class="muted">{t("submission.notCounted", { notes: c.footnote_words, annexes: c.annex_words })}</p>
    </div>
  );
}

function Editor({ s, partners }: { s: Submission; partners: string[] }) {
  let n = 0;
  const numbered = () => ++n;
  // The summary's paragraphs are numbered first, as in the exported document.
  n += blocks(s.summary).length;
  return (
    <div class="submission__editor">
      <TextField label={t("submission.title")} value={s.title} onInput={(title) => edit({ title })} />
      <SelectField<SubmissionKind>
        label={t("submission.kind")}
        value={s.kind}
        options={[
          { value: "individual", label: t("submission.kind.individual") },
          { value: "joint", label: t("submission.kind.joint") },
        ]}
        onChange={(kind) => edit({ kind, partners: kind === "joint" && s.partners.length === 0 ? partners : s.partners })}
        hint={t("submission.kindHint")}
      />
      {s.kind === "joint" && (
        <fieldset class="asks">
          <legend>{t("submission.partners")}</legend>
          {partners.length === 0 && <p class="muted">{t("submission.noPartners")}</p>}
          {partners.map((p) => (
            <label key={p} class="check">
              <input
                type="checkbox"
                checked={s.partners.includes(p)}
                onChange={(e) =>
                  edit({ partners: (e.currentTarget as HTMLInputElement).checked ? [...s.partners, p] : s.partners.filter((x) => x !== p) })
                }
              />
              {p}
            </label>
          ))}
        </fieldset>
      )}
      <h2>{t("submission.summary")}</h2>
      <TextField label={t("submission.summary")} value={s.summary} multiline rows={4} onInput={(summary) => edit({ summary })} hint={t("submission.summaryHint")} testId={ids.submissionSummary} />
      <h2>{t("submission.issues")}</h2>
      <p class="muted">{t("submission.footnoteHint")}</p>
      {s.issues.map((issue, i) => (
        <fieldset key={i} class="submission__issue">
          <legend>{issue.heading || t("submission.issueUntitled")}</legend>
          <TextField label={t("submission.heading")} value={issue.heading} onInput={(heading) => editIssue(i, { heading })} />
          <ol class="numbered">
            {issue.paragraphs.map((p, j) => {
              const number = numbered();
              return (
                <li key={j} value={number}>
                  <TextField
                    label={t("submission.paragraph", { n: number })}
                    value={p}
                    multiline
                    rows={3}
                    testId={ids.submissionParagraph}
                    onInput={(v) => editIssue(i, { paragraphs: issue.paragraphs.map((x, k) => (k === j ? v : x)) })}
                  />
                  <button type="button" class="link" onClick={() => editIssue(i, { paragraphs: issue.paragraphs.filter((_, k) => k !== j) })}>
                    {t("submission.removeParagraph", { n: number })}
                  </button>
                </li>
              );
            })}
          </ol>
          <div class="button-row">
            <button type="button" onClick={() => editIssue(i, { paragraphs: [...issue.paragraphs, ""] })}>
              {t("submission.addParagraph")}
            </button>
            <button type="button" class="danger" onClick={() => removeIssue(i)}>
              {t("submission.removeIssue")}
            </button>
          </div>
        </fieldset>
      ))}
      <AddIssue />
      <h2>{t("submission.recommendations")}</h2>
      <ol class="numbered">
        {s.recommendations.map((r, j) => {
          const number = numbered();
          return (
            <li key={j} value={number}>
              <TextField
                label={t("submission.recommendation", { n: number })}
                value={r}
                multiline
                rows={2}
                onInput={(v) => edit({ recommendations: s.recommendations.map((x, k) => (k === j ? v : x)) })}
              />
              <button type="button" class="link" onClick={() => edit({ recommendations: s.recommendations.filter((_, k) => k !== j) })}>
                {t("submission.removeRecommendation", { n: number })}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => edit({ recommendations: [...s.recommendations, ""] })}>
        {t("submission.addRecommendation")}
      </button>
      <h2>{t("submission.annexes")}</h2>
      <TextField label={t("submission.annexes")} value={s.annexes} multiline rows={3} onInput={(annexes) => edit({ annexes })} hint={t("submission.annexesHint")} />
    </div>
  );
}

function AddIssue() {
  const [heading, setHeading] = useState("");
  return (
    <form
      class="add-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (heading.trim() === "") return;
        addIssue(heading.trim());
        setHeading("");
      }}
    >
      <TextField label={t("submission.newIssue")} value={heading} onInput={setHeading} />
      <button type="submit" disabled={heading.trim() === ""}>
        {t("submission.addIssue")}
      </button>
    </form>
  );
}

function Export() {
  const o = exportOutput.value;
  const c = liveCount.value;
  const over = c ? countLevel(c) === "over" : false;
  const [path, setPath] = useState("");
  const run = (format: "docx" | "pdf", draft: boolean) => void attempt(t("submission.exportDuring"), () => chooseAndExport(t("submission.exportTitle"), format, draft));
  return (
    <div class="submission__export">
      <h2>{t("submission.export")}</h2>
      {over && <p class="field__problem">{t("submission.overExport")}</p>}
      <div class="button-row">
        <button type="button" class="primary" disabled={over || o.kind === "writing"} onClick={() => run("docx", false)}>
          {t("submission.exportDocx")}
        </button>
        <button type="button" disabled={over || o.kind === "writing"} onClick={() => run("pdf", false)}>
          {t("submission.exportPdf")}
        </button>
        {over && (
          <button type="button" disabled={o.kind === "writing"} onClick={() => run("docx", true)}>
            {t("submission.exportDraft")}
          </button>
        )}
      </div>
      <PathEntry
        summary={t("documents.typePath")}
        label={t("documents.path")}
        hint={t("submission.pathHint")}
        value={path}
        onInput={setPath}
        testId={ids.submissionPath}
        submitLabel={t("documents.write")}
        submitTestId={ids.exportSubmission}
        disabled={o.kind === "writing"}
        onSubmit={(typed) => void attempt(t("submission.exportDuring"), () => exportTo(typed, over))}
      />
      <div aria-live="polite" data-testid={ids.submissionOutcome} data-state={o.kind}>
        {o.kind === "writing" && <p class="progress">{t("documents.writing")}</p>}
        {o.kind === "written" && <p>{t("submission.written", { path: o.path, words: o.words, limit: o.limit })}</p>}
        {o.kind === "tooLong" && (
          <p class="notice notice--error pre-line" role="alert">
            {o.message}
          </p>
        )}
      </div>
    </div>
  );
}
