// The calendar of the review: every milestone (computed from the review date and the offsets
// in Settings, estimated ones marked), the user's own dates beside them, done marks, and the
// whole calendar saved as an .ics file for Outlook, Thunderbird or Google Calendar.
import { useEffect, useState } from "preact/hooks";
import { formatDate, t, tn } from "../../i18n";
import type { AgendaEntry } from "../../model";
import { addDate, agenda, calendarOutput, canAdd, chooseAndSaveCalendar, deleteDate, loadAgenda, markDone, saveCalendarTo } from "../../state/calendar";
import { campaign } from "../../state/campaign";
import { attempt } from "../../state/notices";
import { today } from "../../state/records";
import ids from "../../testIds.json";
import { PathEntry, ScreenHeader, TextField } from "../frame/fields";

/** The entry's name in the window's language: a milestone's translated title, or the user's own. */
export function entryTitle(e: AgendaEntry): string {
  return e.kind ? t(`milestone.${e.kind}`) : e.title;
}

/** "10 March 2027", "1 to 30 November 2026", or a day with its Geneva time. */
export function entryWhen(e: AgendaEntry): string {
  if (e.end > e.start) return t("calendar.period", { from: formatDate(e.start), to: formatDate(e.end) });
  if (e.geneva_time) return t("calendar.genevaTime", { date: formatDate(e.start), time: e.geneva_time.slice(0, 5) });
  return formatDate(e.start);
}

export function CalendarScreen() {
  const reviewDate = campaign.value?.review_date;
  useEffect(() => {
    // Without a review date there is no calendar to compute; the notice below says so.
    if (reviewDate) void attempt(t("calendar.loadDuring"), loadAgenda);
  }, [reviewDate]);
  const a = agenda.value;
  const out = calendarOutput.value;
  return (
    <section>
      <ScreenHeader title={t("nav.calendar")} intro={t("calendar.intro")} />
      {!reviewDate && <p class="notice">{t("calendar.noReviewDate")}</p>}
      <div class="button-row">
        <button
          type="button"
          class="primary"
          data-testid={ids.saveCalendar}
          disabled={!a || out.kind === "writing"}
          onClick={() => void attempt(t("calendar.saveDuring"), () => chooseAndSaveCalendar(t("calendar.saveTitle"), campaign.value?.state_under_review ?? ""))}
        >
          {t("calendar.save")}
        </button>
      </div>
      <CalendarPath />
      <p aria-live="polite" data-testid={ids.calendarOutcome} data-state={out.kind}>
        {out.kind === "written" && tn("calendar.written", out.count, { path: out.path })}
      </p>
      {a && (
        <table class="agenda" data-testid={ids.agendaTable}>
          <caption class="visually-hidden">{t("nav.calendar")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("calendar.when")}</th>
              <th scope="col">{t("calendar.what")}</th>
              <th scope="col">{t("calendar.status")}</th>
              <th scope="col">
                <span class="visually-hidden">{t("calendar.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {a.agenda.entries.map((e) => (
              <tr key={e.kind ?? e.custom_id} class={`agenda__row agenda__row--${e.status}`} data-testid={ids.agendaEntry} data-kind={e.kind ?? "own"}>
                <td>{entryWhen(e)}</td>
                <td>
                  {entryTitle(e)}
                  {e.estimated && <span class="muted"> ({t("calendar.estimated")})</span>}
                  {!e.kind && <span class="badge badge--own">{t("calendar.own")}</span>}
                  {e.notes && <p class="muted">{e.notes}</p>}
                </td>
                <td>
                  <span class={`status status--${e.status}`} data-testid={ids.agendaStatus}>
                    {t(`calendar.status.${e.status}`)}
                  </span>
                </td>
                <td class="agenda__actions">
                  <button
                    type="button"
                    data-testid={ids.markDone}
                    onClick={() => void attempt(t("calendar.markDuring"), () => markDone(e, e.status !== "done"))}
                  >
                    {e.status === "done" ? t("calendar.undo") : t("calendar.markDone")}
                    <span class="visually-hidden">: {entryTitle(e)}</span>
                  </button>
                  {e.custom_id && (
                    <button
                      type="button"
                      class="danger"
                      onClick={() => void attempt(t("calendar.deleteDuring"), () => deleteDate(e, t("calendar.deleted", { title: e.title })))}
                    >
                      {t("calendar.delete")}
                      <span class="visually-hidden">: {e.title}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddDate />
    </section>
  );
}

function AddDate() {
  const [date, setDate] = useState(today());
  const [title, setTitle] = useState("");
  const [notes, setNotes] = useState("");
  return (
    <form
      class="add-form add-form--wide"
      onSubmit={(ev) => {
        ev.preventDefault();
        if (!canAdd(date, title)) return;
        void attempt(t("calendar.addDuring"), async () => {
          await addDate(date, title, notes);
          setTitle("");
          setNotes("");
        });
      }}
    >
      <h2>{t("calendar.addHeading")}</h2>
      <div class="form-grid">
        <TextField label={t("calendar.date")} type="date" value={date} onInput={setDate} />
        <TextField label={t("calendar.title")} value={title} onInput={setTitle} testId={ids.newDateTitle} />
        <TextField label={t("calendar.notes")} value={notes} onInput={setNotes} />
      </div>
      <button type="submit" data-testid={ids.addDate} disabled={!canAdd(date, title)}>
        {t("calendar.add")}
      </button>
    </form>
  );
}

/** The path typed by hand: for where the Save dialog cannot be used (and the tests). */
function CalendarPath() {
  const [path, setPath] = useState("");
  return (
    <PathEntry
      summary={t("documents.typePath")}
      label={t("documents.path")}
      value={path}
      onInput={setPath}
      testId={ids.calendarPath}
      submitLabel={t("calendar.write")}
      submitTestId={ids.writeCalendar}
      onSubmit={(typed) => void attempt(t("calendar.saveDuring"), () => saveCalendarTo(typed))}
    />
  );
}
