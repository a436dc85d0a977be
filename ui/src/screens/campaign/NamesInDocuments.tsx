// How the documents' sentences name the State under Review and the organisation, per document
// language: the formal name with its article, editable for a fictional or disputed State or
// an organisation's own usage, with what a sentence will say.
import { useEffect } from "preact/hooks";
import { t } from "../../i18n";
import type { NameInDocuments as Name } from "../../model";
import { editName, loadNamesInDocuments, namesInDocuments, resetName } from "../../state/namesInDocuments";
import { reportError } from "../../state/notices";
import ids from "../../testIds.json";
import { TextField } from "../frame/fields";

export function NamesInDocuments({ state, organisation }: { state: string; organisation: string }) {
  useEffect(() => {
    loadNamesInDocuments().catch((e) => reportError(t("names.title"), e));
  }, [state, organisation]);
  const names = namesInDocuments.value;
  if (names.length === 0) return null;
  return (
    <section class="names-in-documents" data-testid={ids.namesInDocuments}>
      <h2>{t("names.title")}</h2>
      <p class="hint">{t("names.intro")}</p>
      {names.map((n) => (
        <NameRow key={`${n.party}-${n.language}`} name={n} />
      ))}
    </section>
  );
}

function NameRow({ name }: { name: Name }) {
  const who = name.party === "state_under_review" ? t("names.state") : t("names.organisation");
  return (
    <fieldset class="name-row" data-testid={`${ids.nameRow}-${name.party}-${name.language}`}>
      <legend>
        {who} · {t(`language.${name.language}`)}
      </legend>
      <div class="form-grid">
        <TextField label={t("names.article")} value={name.article} lang={name.language} onInput={(article) => editName(name, { article })} hint={t("names.articleHint")} />
        <TextField
          label={t("names.formal")}
          value={name.formal}
          lang={name.language}
          onInput={(formal) => editName(name, { formal })}
          problem={name.formal.trim() === "" ? t("names.formalNeeded") : null}
          testId={`${ids.nameFormal}-${name.party}-${name.language}`}
        />
        <TextField label={t("names.short")} value={name.short} lang={name.language} onInput={(short) => editName(name, { short })} />
      </div>
      <p class="hint" data-testid={`${ids.nameInText}-${name.party}-${name.language}`}>
        {t("names.inText", { text: name.in_text })}
      </p>
      {name.own ? (
        <button type="button" onClick={() => resetName(name).catch((e) => reportError(t("names.title"), e))}>
          {t("names.reset")}
        </button>
      ) : null}
    </fieldset>
  );
}
