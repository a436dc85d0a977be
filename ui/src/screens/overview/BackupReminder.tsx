// The Overview's reminder to save a backup: shown when none was saved yet or the last one is
// older than the setting (Settings → "Remind me to save a backup after"). Not while the window
// shows the fictional demo or holds no organisation yet: there is nothing of the user's to lose.
import { formatDateTime, t, tn } from "../../i18n";
import { backupDue, lastBackupAt } from "../../state/backup";
import { demoShown } from "../../state/demo";
import { go } from "../../state/navigation";
import { organisation } from "../../state/organisation";
import { settings } from "../../state/settings";
import ids from "../../testIds.json";

export function BackupReminder() {
  const s = settings.value;
  const last = lastBackupAt.value;
  if (!s || demoShown.value || !organisation.value || !backupDue(last, s.backup_reminder_days, new Date())) return null;
  return (
    <div class="notice backup-reminder" role="status" data-testid={ids.backupReminder}>
      <p>{last ? t("safety.backupOld", { date: formatDateTime(last), days: tn("safety.count.days", s.backup_reminder_days) }) : t("safety.backupNever")}</p>
      <button type="button" onClick={() => go("settings")}>
        {t("safety.backupNow")}
      </button>
    </div>
  );
}
