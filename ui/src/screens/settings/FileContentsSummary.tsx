// What a backup file holds, shown before a restore replaces anything: organisation, review,
// counts and when it was exported (read by the core without importing it).
import { formatDateTime, t, tn } from "../../i18n";
import type { FileContents } from "../../model";
import ids from "../../testIds.json";

export function FileContentsSummary({ contents }: { contents: FileContents | null }) {
  if (!contents) return <p class="muted">{t("safety.fileUnreadable")}</p>;
  return (
    <div data-testid={ids.fileContents}>
      <h4>{t("safety.fileHolds")}</h4>
      <ul>
        <li>{contents.organisation ? t("safety.fileOrganisation", { name: contents.organisation }) : t("safety.fileNoOrganisation")}</li>
        {contents.campaigns.length > 0 && <li>{t("safety.fileCampaigns", { states: contents.campaigns.join(", ") })}</li>}
        <li>
          {t("safety.fileCounts", {
            issues: tn("count.priorityIssues", contents.priority_issues),
            targets: tn("count.targets", contents.target_states),
            contacts: tn("safety.count.contacts", contents.contact_persons),
            meetings: tn("count.meetings", contents.meetings),
          })}
        </li>
        <li>{t("safety.fileExported", { date: formatDateTime(contents.exported_at) })}</li>
      </ul>
    </div>
  );
}
