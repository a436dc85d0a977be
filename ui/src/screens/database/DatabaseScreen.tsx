// Past recommendations: import UPR Info's exports (as they come) and search them. The same
// database feeds "Suggest States to lobby" and what a tailored brief says a State
// recommended before. A result is put to use from here (PastResults).
import { useEffect, useRef, useState } from "preact/hooks";
import { joined, t, tn } from "../../i18n";
import type { ActionCategory, PastSearch } from "../../model";
import { chooseAndImport, emptySearch, importFrom, importStep, results, runSearch } from "../../state/database";
import { UN_MEMBER_STATES } from "../../state/memberStates";
import { memberStateLabels } from "../../state/stateNames";
import { attempt } from "../../state/notices";
import ids from "../../testIds.json";
import { NumberField, PathEntry, ScreenHeader, SelectField, TextField } from "../frame/fields";
import { PastResults } from "./PastResults";

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
          {step.report.unknown_columns.length > 0 && ` ${t("database.unknownColumns", { columns: joined(step.report.unknown_columns) })}`}
        </p>
      )}
    </div>
  );
}

type ResponseChoice = "" | "supported" | "noted";

/** The filters in one compact row (they fold away), then the results, scrolled to and counted
 * aloud once a search is done. */
function Search() {
  const [q, setQ] = useState<PastSearch>(emptySearch());
  const [searched, setSearched] = useState<{ words: string; n: number } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const set = (patch: Partial<PastSearch>) => setQ({ ...q, ...patch });
  const found = results.value;
  useEffect(() => {
    if (searched) heading.current?.scrollIntoView({ block: "start" });
  }, [searched]);
  return (
    <div class="reports">
      <h2>{t("database.searchHeading")}</h2>
      <details class="filters" open>
        <summary>{t("database.filters")}</summary>
        <form
          class="filter-row"
          onSubmit={async (e) => {
            e.preventDefault();
            const words = q.text;
            const ok = await attempt(t("database.searchDuring"), async () => {
              await runSearch(q);
              return true;
            });
            if (ok) setSearched((was) => ({ words, n: (was?.n ?? 0) + 1 }));
          }}
        >
          <div class="filter-row__words">
            <TextField label={t("database.words")} value={q.text} onInput={(text) => set({ text })} hint={t("database.wordsHint")} testId={ids.pastSearchText} />
          </div>
          <TextField label={t("database.sur")} value={q.state_under_review ?? ""} onInput={(v) => set({ state_under_review: v })} testId={ids.pastSearchSur} suggestions={UN_MEMBER_STATES} suggestionLabels={memberStateLabels()} />
          <TextField label={t("database.from")} value={q.recommending_state ?? ""} onInput={(v) => set({ recommending_state: v })} suggestions={UN_MEMBER_STATES} suggestionLabels={memberStateLabels()} />
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
          <button type="submit" class="primary" data-testid={ids.pastSearch}>
            {t("database.search")}
          </button>
        </form>
      </details>
      <h3 ref={heading} tabIndex={-1} class="past-results__heading">
        {t("database.results")}
      </h3>
      <p aria-live="polite" role="status" data-testid={ids.pastFound}>
        {found !== null && tn("database.found", found.length)}
      </p>
      {found !== null && found.length > 0 && <PastResults found={found} words={searched?.words ?? q.text} />}
    </div>
  );
}
