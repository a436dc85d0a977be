// Documents: choose the document, the delegation, the issues, the language and the paper.
import { t, LANGUAGES } from "../../i18n";
import type { Paper } from "../../model";
import { campaign } from "../../state/campaign";
import { choice, choose, DOCUMENT_KINDS, effective, engineAvailable, includeIssue, suggestedFileName, type DocumentKind } from "../../state/documents";
import { ordered } from "../../state/issues";
import { targets } from "../../state/targets";
import ids from "../../testIds.json";
import { ScreenHeader, SelectField } from "../frame/fields";

export function DocumentsScreen() {
  const c = choice.value;
  const target = targets.value.find((x) => x.id === c.targetStateId) ?? null;
  return (
    <section>
      <ScreenHeader title={t("nav.documents")} intro={t("documents.intro")} />
      <div class="form-grid">
        <SelectField<DocumentKind>
          label={t("documents.kind")}
          value={c.kind}
          options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documents.kind.${k}`) }))}
          onChange={(kind) => choose({ kind })}
          hint={t(`documents.kindHint.${c.kind}`)}
          testId={ids.documentKind}
        />
        <SelectField
          label={t("documents.target")}
          value={c.targetStateId ?? ""}
          options={[{ value: "", label: t("documents.general") }, ...targets.value.map((x) => ({ value: x.id, label: x.state }))]}
          onChange={(id) => choose({ targetStateId: id === "" ? null : id })}
        />
        <SelectField
          label={t("documents.language")}
          value={effective.value.language}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
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
      <fieldset class="asks">
        <legend>{t("documents.issues")}</legend>
        {ordered.value.map((issue) => (
          <label key={issue.id} class="check">
            <input type="checkbox" checked={!c.excludedIssues.includes(issue.id)} onChange={(e) => includeIssue(issue.id, (e.currentTarget as HTMLInputElement).checked)} />
            {issue.rank}. {issue.title}
          </label>
        ))}
      </fieldset>
      {!engineAvailable && (
        <div class="notice" role="status">
          <p>{t("documents.notYet")}</p>
          <p class="muted">
            {t("documents.fileWouldBe", { file: suggestedFileName(c.kind, campaign.value?.state_under_review ?? "", target?.state ?? null) })}
          </p>
        </div>
      )}
    </section>
  );
}
