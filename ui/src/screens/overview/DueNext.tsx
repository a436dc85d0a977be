// The dashboard's "what is due next and what is late", from the campaign's calendar.
import { useEffect } from "preact/hooks";
import { t } from "../../i18n";
import { loadAgenda, summary } from "../../state/calendar";
import { campaign } from "../../state/campaign";
import { go } from "../../state/navigation";
import { attempt } from "../../state/notices";
import ids from "../../testIds.json";
import { entryTitle, entryWhen } from "../calendar/CalendarScreen";

export function DueNext() {
  const reviewDate = campaign.value?.review_date;
  useEffect(() => {
    if (reviewDate) void attempt(t("calendar.loadDuring"), loadAgenda);
  }, [reviewDate]);
  if (!reviewDate) return null;
  const { late, dueNext } = summary.value;
  return (
    <section class="due-next" aria-labelledby="due-next-heading">
      <h2 id="due-next-heading">{t("overview.dueHeading")}</h2>
      {late.length > 0 && (
        <div class="due-next__late">
          <h3>{t("overview.late", { count: late.length })}</h3>
          <ul>
            {late.map((e) => (
              <li key={e.kind ?? e.custom_id} data-testid={ids.lateEntry}>
                <strong>{entryTitle(e)}</strong> — {entryWhen(e)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3>{t("overview.next")}</h3>
      {dueNext.length === 0 ? (
        <p class="muted">{t("overview.nothingNext")}</p>
      ) : (
        <ul>
          {dueNext.map((e) => (
            <li key={e.kind ?? e.custom_id} data-testid={ids.dueNextEntry}>
              <strong>{entryTitle(e)}</strong> — {entryWhen(e)}
              {e.status === "under_way" && <span class="badge badge--todo">{t("calendar.status.under_way")}</span>}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => go("calendar")}>
        {t("overview.openCalendar")}
      </button>
    </section>
  );
}
