// The campaign dashboard, the window's home: who we are, which review we prepare, our priority
// issues in order with whether each is ready, and what needs doing next.
import { formatDate, joined, t, tn } from "../../i18n";
import { campaign } from "../../state/campaign";
import { completeness, ordered } from "../../state/issues";
import { byDate, overdue } from "../../state/meetings";
import { go, openIssueId } from "../../state/navigation";
import { organisation } from "../../state/organisation";
import { settings } from "../../state/settings";
import { targets } from "../../state/targets";
import ids from "../../testIds.json";
import { BackupReminder } from "./BackupReminder";
import { DueNext } from "./DueNext";

export function Overview() {
  const org = organisation.value;
  const c = campaign.value;
  const s = settings.value;
  const late = overdue(byDate.value);
  return (
    <section class="overview">
      <header class="overview__header">
        <h1 data-testid={ids.organisationName}>
          {org?.name || t("organisation.none")}
          {org?.acronym && <span class="acronym"> ({org.acronym})</span>}
        </h1>
        <p class="campaign-line" data-testid={ids.campaignLine}>
          {c
            ? t("campaign.line", {
                state: c.state_under_review,
                cycle: c.cycle,
                session: c.session,
                date: c.review_date ? formatDate(c.review_date) : t("campaign.dateNotSet"),
              })
            : t("campaign.none")}
        </p>
      </header>
      {!org && (
        <p>
          <button type="button" class="primary" onClick={() => go("organisation")}>
            {t("overview.startOrganisation")}
          </button>
        </p>
      )}
      <BackupReminder />
      <DueNext />
      <h2>{t("issues.heading")}</h2>
      {ordered.value.length === 0 ? (
        <p class="muted">{t("issues.none")}</p>
      ) : (
        <ol class="issue-list" data-testid={ids.priorityIssueList}>
          {ordered.value.map((issue) => {
            const done = s ? completeness(issue, s).complete : false;
            return (
              <li key={issue.id} class="issue-card">
                <span class="issue-card__rank">{issue.rank}</span>
                <div>
                  <h3 data-testid={ids.priorityIssueTitle}>{issue.title}</h3>
                  <p class="muted">
                    {t("issues.counts", {
                      facts: tn("count.facts", issue.facts.length),
                      questions: tn("count.questions", issue.questions.length),
                      recommendations: tn("count.recommendations", issue.recommendations.length),
                    })}
                  </p>
                  <p class={done ? "badge badge--ok" : "badge badge--todo"}>{done ? t("issues.complete") : t("issues.incomplete")}</p>
                </div>
                <button
                  type="button"
                  class="issue-card__open"
                  onClick={() => {
                    openIssueId.value = issue.id;
                    go("issues");
                  }}
                >
                  {t("overview.openIssue")}
                  <span class="visually-hidden">: {issue.title}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <div class="overview__grid">
        <section>
          <h2>{t("nav.targets")}</h2>
          <p>{targets.value.length === 0 ? t("targets.none") : joined(targets.value.map((x) => x.state))}</p>
        </section>
        <section>
          <h2>{t("nav.meetings")}</h2>
          <p>{t("overview.meetings", { count: byDate.value.length })}</p>
          {late.length > 0 && (
            <p class="badge badge--todo">{t("overview.overdue", { count: late.length })}</p>
          )}
        </section>
      </div>
    </section>
  );
}
