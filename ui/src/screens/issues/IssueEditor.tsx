// The editor of one priority issue: title, UPR Info tags, background, key facts with sources,
// questions and recommendations, and whether it is complete enough for a delegation.
import { joined, t, tn } from "../../i18n";
import type { PriorityIssue } from "../../model";
import { changedBy } from "../../state/coalition";
import { addChild, completeness, deleteIssue, editChild, editIssue, moveChild, removeChild, type ChildList } from "../../state/issues";
import { openIssueId } from "../../state/navigation";
import { attempt } from "../../state/notices";
import { settings } from "../../state/settings";
import { UPR_ISSUES } from "../../state/uprIssues";
import ids from "../../testIds.json";
import { TextField } from "../frame/fields";
import { RecommendationItem } from "./RecommendationItem";

function focusLater(selector: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

function ChildControls({ issueId, list, id, index, count, label }: { issueId: string; list: ChildList; id: string; index: number; count: number; label: string }) {
  return (
    <span class="child-controls">
      <button type="button" disabled={index === 0} onClick={() => moveChild(issueId, list, id, -1)}>
        ↑<span class="visually-hidden">{t("common.moveUp", { what: label })}</span>
      </button>
      <button type="button" disabled={index === count - 1} onClick={() => moveChild(issueId, list, id, 1)}>
        ↓<span class="visually-hidden">{t("common.moveDown", { what: label })}</span>
      </button>
      <button type="button" class="danger" onClick={() => removeChild(issueId, list, id, t("undo.deleted", { name: label }))}>
        {t("common.remove")}
        <span class="visually-hidden">: {label}</span>
      </button>
    </span>
  );
}

export function IssueEditor({ issue }: { issue: PriorityIssue }) {
  const s = settings.value;
  const state = s ? completeness(issue, s) : null;
  const range = s ? { min: s.items_per_issue_min, max: s.items_per_issue_max } : { min: 4, max: 5 };

  function add(list: ChildList) {
    const id = addChild(issue.id, list);
    focusLater(`[data-child-id="${id}"] textarea, [data-child-id="${id}"] input`);
  }

  const statusText = (k: "few" | "ok" | "many", what: "questions" | "recommendations", n: number) =>
    t(`issues.status.${k}`, { counted: tn(`count.${what}`, n), min: range.min, max: range.max });

  return (
    <article class="issue-editor" aria-labelledby="issue-editor-title">
      <h2 id="issue-editor-title" class="visually-hidden">
        {issue.title}
      </h2>
      {changedBy.value[issue.id] && (
        <p class="muted" data-testid={ids.changedBy}>
          {t("coalition.changedBy", { by: changedBy.value[issue.id] })}
        </p>
      )}
      <TextField
        label={t("issues.title")}
        value={issue.title}
        testId={ids.issueTitleField}
        problem={issue.title.trim() === "" ? t("issues.titleNeeded") : null}
        onInput={(title) => editIssue(issue.id, (i) => ({ ...i, title }))}
      />
      {state && (
        <p class={state.complete ? "badge badge--ok" : "badge badge--todo"} data-testid={ids.issueCompleteness} data-complete={String(state.complete)}>
          {t("issues.completeness", {
            state: state.complete ? t("issues.complete") : t("issues.incomplete"),
            questions: statusText(state.questions, "questions", issue.questions.filter((q) => q.text.trim()).length),
            recommendations: statusText(state.recommendations, "recommendations", issue.recommendations.filter((r) => r.text.trim()).length),
          })}
        </p>
      )}

      <details class="tags">
        <summary>
          {t("issues.tags")} ({issue.upr_issues.length}){issue.upr_issues.length > 0 && <span class="muted">: {joined(issue.upr_issues)}</span>}
        </summary>
        <p class="muted">{t("issues.tagsHint")}</p>
        <fieldset class="tag-grid">
          <legend class="visually-hidden">{t("issues.tags")}</legend>
          {UPR_ISSUES.map((tag) => (
            <label key={tag} class="check">
              <input
                type="checkbox"
                checked={issue.upr_issues.includes(tag)}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  editIssue(issue.id, (i) => ({
                    ...i,
                    upr_issues: on ? [...i.upr_issues.filter((x) => x !== tag), tag] : i.upr_issues.filter((x) => x !== tag),
                  }));
                }}
              />
              {tag}
            </label>
          ))}
        </fieldset>
      </details>

      <TextField
        label={t("issues.background")}
        multiline
        rows={4}
        value={issue.background}
        hint={t("issues.backgroundHint")}
        onInput={(background) => editIssue(issue.id, (i) => ({ ...i, background }))}
      />

      <section>
        <h3>{t("issues.facts")}</h3>
        {issue.facts.map((f, index) => (
          <div key={f.id} class="child" data-child-id={f.id}>
            <TextField label={t("issues.factN", { n: index + 1 })} multiline rows={2} value={f.text} onInput={(text) => editChild(issue.id, "facts", f.id, { text })} />
            <TextField label={t("issues.source")} value={f.source} hint={t("issues.sourceHint")} onInput={(source) => editChild(issue.id, "facts", f.id, { source })} />
            <ChildControls issueId={issue.id} list="facts" id={f.id} index={index} count={issue.facts.length} label={t("issues.factN", { n: index + 1 })} />
          </div>
        ))}
        <button type="button" onClick={() => add("facts")}>
          {t("issues.addFact")}
        </button>
      </section>

      <section>
        <h3>{t("issues.questions")}</h3>
        {issue.questions.map((q, index) => (
          <div key={q.id} class="child" data-child-id={q.id}>
            <TextField
              label={t("issues.questionN", { n: index + 1 })}
              multiline
              rows={2}
              value={q.text}
              testId={ids.questionText}
              onInput={(text) => editChild(issue.id, "questions", q.id, { text })}
            />
            <ChildControls issueId={issue.id} list="questions" id={q.id} index={index} count={issue.questions.length} label={t("issues.questionN", { n: index + 1 })} />
          </div>
        ))}
        <button type="button" onClick={() => add("questions")} data-testid={ids.addQuestion}>
          {t("issues.addQuestion")}
        </button>
      </section>

      <section>
        <h3>{t("issues.recommendations")}</h3>
        <p class="muted">{t("issues.recommendationsHint")}</p>
        {issue.recommendations.map((r, index) => (
          <div key={r.id} class="child" data-child-id={r.id}>
            <RecommendationItem issueId={issue.id} rec={r} number={index + 1} />
            <ChildControls
              issueId={issue.id}
              list="recommendations"
              id={r.id}
              index={index}
              count={issue.recommendations.length}
              label={t("issues.recommendationN", { n: index + 1 })}
            />
          </div>
        ))}
        <button type="button" onClick={() => add("recommendations")} data-testid={ids.addRecommendation}>
          {t("issues.addRecommendation")}
        </button>
      </section>

      <p class="danger-zone">
        <button
          type="button"
          class="danger"
          data-testid={ids.deleteIssue}
          data-record={`[data-issue-id="${issue.id}"]`}
          onClick={() => {
            openIssueId.value = null;
            void attempt(t("issues.deleteDuring"), () => deleteIssue(issue.id, (title) => t("undo.deleted", { name: title })));
          }}
        >
          {t("issues.delete")}
        </button>
      </p>
    </article>
  );
}
