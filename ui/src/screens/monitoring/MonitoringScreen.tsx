// Between reviews: the recommendations the State received (typed or pasted as a list), its
// response and the recommending State, and how each is implemented; the mid-term report and
// a factsheet per theme, saved as PDFs.
import { useEffect, useState } from "preact/hooks";
import { t, tn } from "../../i18n";
import type { ImplementationStatus, ReceivedRecommendation, Response } from "../../model";
import { campaign } from "../../state/campaign";
import { ordered } from "../../state/issues";
import {
  addEvidence,
  addReceived,
  chooseAndWriteFactsheet,
  chooseAndWriteMidterm,
  deleteReceived,
  editEvidence,
  editReceived,
  loadReceived,
  pasteList,
  takeFromDatabase,
  received,
  receivedLoaded,
  removeEvidence,
  reportOutput,
  RESPONSES,
  STATUSES,
  statusCounts,
} from "../../state/monitoring";
import { attempt } from "../../state/notices";
import ids from "../../testIds.json";
import { NumberField, ScreenHeader, SelectField, TextField } from "../frame/fields";

export function MonitoringScreen() {
  useEffect(() => {
    // Without a campaign there is nothing to read: the empty list and the forms show at once.
    if (campaign.value) void attempt(t("monitoring.loadDuring"), loadReceived);
    else receivedLoaded.value = true;
  }, []);
  const counts = statusCounts.value;
  return (
    <section>
      <ScreenHeader title={t("nav.monitoring")} intro={t("monitoring.intro")} />
      <Reports />
      {!receivedLoaded.value ? (
        <p class="muted">{t("app.loading")}</p>
      ) : (
        <Loaded counts={counts} />
      )}
    </section>
  );
}

function Loaded({ counts }: { counts: number[] }) {
  return (
    <>
      <h2>{t("monitoring.listHeading", { count: received.value.length })}</h2>
      <p class="muted" data-testid={ids.statusCounts}>
        {STATUSES.map((s, i) => `${t(`monitoring.status.${s}`)}: ${counts[i]}`).join(" · ")}
      </p>
      <ol class="received-list">
        {received.value.map((r) => (
          <ReceivedItem key={r.id} r={r} />
        ))}
      </ol>
      <AddOne />
      <PasteList />
      <FromDatabase />
    </>
  );
}

function ReceivedItem({ r }: { r: ReceivedRecommendation }) {
  const issueOptions = [{ value: "", label: t("monitoring.noIssue") }, ...ordered.value.map((i) => ({ value: i.id, label: i.title }))];
  return (
    <li class="received" data-testid={ids.receivedItem}>
      <TextField label={t("monitoring.text")} value={r.text} multiline rows={2} onInput={(text) => editReceived(r.id, { text })} testId={ids.receivedText} />
      <div class="form-grid">
        <TextField label={t("monitoring.state")} value={r.recommending_state} onInput={(recommending_state) => editReceived(r.id, { recommending_state })} />
        <SelectField<Response>
          label={t("monitoring.response")}
          value={r.response}
          options={RESPONSES.map((x) => ({ value: x, label: t(`monitoring.response.${x}`) }))}
          onChange={(response) => editReceived(r.id, { response })}
        />
        <SelectField<ImplementationStatus>
          label={t("monitoring.status")}
          value={r.status}
          options={STATUSES.map((x) => ({ value: x, label: t(`monitoring.status.${x}`) }))}
          onChange={(status) => editReceived(r.id, { status })}
          testId={ids.receivedStatus}
        />
        <TextField label={t("monitoring.responsible")} value={r.responsible} onInput={(responsible) => editReceived(r.id, { responsible })} hint={t("monitoring.responsibleHint")} />
        <TextField label={t("monitoring.reference")} value={r.reference} onInput={(reference) => editReceived(r.id, { reference })} />
        <SelectField
          label={t("monitoring.issue")}
          value={r.priority_issue_id ?? ""}
          options={issueOptions}
          onChange={(id) => editReceived(r.id, { priority_issue_id: id === "" ? null : id })}
        />
      </div>
      <fieldset class="evidence">
        <legend>{t("monitoring.evidence")}</legend>
        {r.evidence.map((e) => (
          <div key={e.id} class="evidence__item form-grid">
            <TextField label={t("monitoring.evidenceDate")} type="date" value={e.date} onInput={(date) => editEvidence(r.id, e.id, { date })} />
            <TextField label={t("monitoring.evidenceText")} value={e.text} onInput={(text) => editEvidence(r.id, e.id, { text })} problem={e.text.trim() === "" ? t("monitoring.evidenceEmpty") : null} />
            <TextField label={t("monitoring.evidenceSource")} value={e.source} onInput={(source) => editEvidence(r.id, e.id, { source })} />
            <button type="button" class="link" onClick={() => removeEvidence(r.id, e.id)}>
              {t("monitoring.removeEvidence")}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => addEvidence(r.id)}>
          {t("monitoring.addEvidence")}
        </button>
      </fieldset>
      <button type="button" class="danger" onClick={() => void attempt(t("monitoring.deleteDuring"), () => deleteReceived(r.id, t("monitoring.deleted")))}>
        {t("monitoring.delete")}
      </button>
    </li>
  );
}

function AddOne() {
  const [text, setText] = useState("");
  const [state, setState] = useState("");
  const [response, setResponse] = useState<Response>("supported");
  return (
    <form
      class="add-form add-form--wide"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() === "") return;
        void attempt(t("monitoring.addDuring"), async () => {
          await addReceived(text, state, response);
          setText("");
          setState("");
        });
      }}
    >
      <h2>{t("monitoring.addHeading")}</h2>
      <TextField label={t("monitoring.text")} value={text} multiline rows={2} onInput={setText} testId={ids.newReceivedText} />
      <div class="form-grid">
        <TextField label={t("monitoring.state")} value={state} onInput={setState} testId={ids.newReceivedState} />
        <SelectField<Response>
          label={t("monitoring.response")}
          value={response}
          options={RESPONSES.map((x) => ({ value: x, label: t(`monitoring.response.${x}`) }))}
          onChange={setResponse}
        />
      </div>
      <button type="submit" data-testid={ids.addReceived} disabled={text.trim() === ""}>
        {t("monitoring.add")}
      </button>
    </form>
  );
}

function PasteList() {
  const [text, setText] = useState("");
  const [response, setResponse] = useState<Response>("supported");
  const [done, setDone] = useState<number | null>(null);
  return (
    <form
      class="add-form add-form--wide"
      onSubmit={(e) => {
        e.preventDefault();
        void attempt(t("monitoring.pasteDuring"), async () => {
          setDone(await pasteList(text, response));
          setText("");
        });
      }}
    >
      <h2>{t("monitoring.pasteHeading")}</h2>
      <TextField label={t("monitoring.pasteLabel")} value={text} multiline rows={5} onInput={setText} hint={t("monitoring.pasteHint")} />
      <SelectField<Response>
        label={t("monitoring.pasteResponse")}
        value={response}
        options={RESPONSES.map((x) => ({ value: x, label: t(`monitoring.response.${x}`) }))}
        onChange={setResponse}
      />
      <button type="submit" disabled={text.trim() === ""}>
        {t("monitoring.paste")}
      </button>
      <p aria-live="polite">{done !== null && tn("monitoring.pasted", done)}</p>
    </form>
  );
}

/** Takes a whole review in from the database of past recommendations (Settings → import). */
function FromDatabase() {
  const [session, setSession] = useState(1);
  const [done, setDone] = useState<number | null>(null);
  return (
    <form
      class="add-form add-form--wide"
      onSubmit={(e) => {
        e.preventDefault();
        void attempt(t("monitoring.fromDatabaseDuring"), async () => setDone(await takeFromDatabase(session)));
      }}
    >
      <h2>{t("monitoring.fromDatabaseHeading")}</h2>
      <NumberField label={t("monitoring.fromDatabaseSession")} value={session} min={1} max={200} onInput={setSession} testId={ids.fromDatabaseSession} />
      <button type="submit" data-testid={ids.fromDatabase}>
        {t("monitoring.fromDatabase")}
      </button>
      <p aria-live="polite">{done !== null && tn("monitoring.fromDatabaseDone", done)}</p>
    </form>
  );
}

function Reports() {
  const o = reportOutput.value;
  return (
    <div class="reports">
      <div class="button-row">
        <button
          type="button"
          class="primary"
          disabled={o.kind === "writing" || received.value.length === 0}
          onClick={() => void attempt(t("monitoring.reportDuring"), () => chooseAndWriteMidterm(t("monitoring.midtermTitle")))}
        >
          {t("monitoring.midterm")}
        </button>
        {ordered.value.map((issue) => (
          <button
            key={issue.id}
            type="button"
            disabled={o.kind === "writing"}
            onClick={() => void attempt(t("monitoring.reportDuring"), () => chooseAndWriteFactsheet(t("monitoring.factsheetTitle"), issue.title))}
          >
            {t("monitoring.factsheet", { title: issue.title })}
          </button>
        ))}
      </div>
      <p aria-live="polite">
        {o.kind === "writing" && t("documents.writing")}
        {o.kind === "written" && t("monitoring.written", { path: o.path })}
      </p>
    </div>
  );
}
