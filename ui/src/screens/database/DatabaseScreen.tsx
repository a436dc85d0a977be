// Past recommendations: import UPR Info's exports (as they come) and search them. The same
// database feeds "Suggest States to lobby" and what a tailored brief says a State
// recommended before.
import { useState } from "preact/hooks";
import { t, tn } from "../../i18n";
import type { ActionCategory, PastSearch } from "../../model";
import { chooseAndImport, emptySearch, importFrom, importStep, results, runSearch } from "../../state/database";
import { attempt } from "../../state/notices";
import ids from "../../testIds.json";
import { NumberField, PathEntry, ScreenHeader, SelectField, TextField } from "../frame/fields";

export function DatabaseScreen() {
  return (
    <section>
      <ScreenHeader title={t("database.title")} intro={t("database.intro")} />
      <Import />
      <Search />
    </section>
  );
}

function Import() {
  const [path, setPath] = useState("");
  const step = importStep.value;
  return (
    <div class="reports">
      <h2>{t("database.importHeading")}</h2>
      <p class="muted">{t("database.importHint")}</p>
      <button
        type="button"
        disabled={step.kind === "busy"}
        onClick={() => void attempt(t("database.importDuring"), () => chooseAndImport(t("database.importTitle")))}
      >
        {t("database.import")}
      </button>
      <PathEntry
        summary={t("database.typePath")}
        label={t("database.path")}
        value={path}
        onInput={setPath}
        testId={ids.pastImportPath}
        submitLabel={t("database.import")}
        submitTestId={ids.pastImport}
        disabled={step.kind === "busy" || path.trim() === ""}
        onSubmit={(typed) => void attempt(t("database.importDuring"), () => importFrom(typed))}
      />
      {step.kind === "busy" && (
        <p aria-live="polite">
          <progress max={step.total || 1} value={step.done} /> {t("database.importing", { done: step.done, total: step.total })}
        </p>
      )}
      {step.kind === "done" && (
        <p aria-live="polite" data-testid={ids.pastImportDone}>
          {t("database.imported", { read: step.report.read, added: step.report.added, already: step.report.already_present })}
          {step.report.unknown_columns.length > 0 && ` ${t("database.unknownColumns", { columns: step.report.unknown_columns.join(", ") })}`}
        </p>
      )}
    </div>
  );
}

type ResponseChoice = "" | "supported" | "noted";

function Search() {
  const [q, setQ] = useState<PastSearch>(emptySearch());
  const set = (patch: Partial<PastSearch>) => setQ({ ...q, ...patch });
  const found = results.value;
  return (
    <div class="reports">
      <h2>{t("database.searchHeading")}</h2>
      <form
        class="add-form add-form--wide"
        onSubmit={(e) => {
          e.preventDefault();
          void attempt(t("database.searchDuring"), () => runSearch(q));
        }}
      >
        <TextField label={t("database.words")} value={q.text} onInput={(text) => set({ text })} hint={t("database.wordsHint")} testId={ids.pastSearchText} />
        <TextField label={t("database.sur")} value={q.state_under_review ?? ""} onInput={(v) => set({ state_under_review: v })} testId={ids.pastSearchSur} />
        <TextField label={t("database.from")} value={q.recommending_state ?? ""} onInput={(v) => set({ recommending_state: v })} />
        <TextField label={t("database.issue")} value={q.issue ?? ""} onInput={(v) => set({ issue: v })} />
        <NumberField label={t("database.session")} value={q.session ?? 0} min={0} max={200} onInput={(n) => set({ session: n > 0 ? n : null })} hint={t("database.anyHint")} />
        <SelectField<ResponseChoice>
          label={t("database.response")}
          value={(q.response ?? "") as ResponseChoice}
          options={[
            { value: "", label: t("database.any") },
            { value: "supported", label: t("monitoring.response.supported") },
            { value: "noted", label: t("monitoring.response.noted") },
          ]}
          onChange={(v) => set({ response: v === "" ? null : v })}
        />
        <NumberField label={t("database.category")} value={q.action_category ?? 0} min={0} max={5} onInput={(n) => set({ action_category: n >= 1 && n <= 5 ? (n as ActionCategory) : null })} hint={t("database.anyHint")} />
        <button type="submit" data-testid={ids.pastSearch}>
          {t("database.search")}
        </button>
      </form>
      {found !== null && (
        <>
          <p aria-live="polite">{tn("database.found", found.length)}</p>
          <ol class="past-results" data-testid={ids.pastResults}>
            {found.map((r) => (
              <li key={r.id}>
                <p data-testid={ids.pastResultText}>{r.text}</p>
                <p class="muted">
                  {t("database.resultLine", {
                    from: r.recommending_state,
                    to: r.state_under_review,
                    session: r.session ?? "?",
                    response: r.response_as_recorded || "—",
                    category: r.action_category ?? "?",
                  })}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
