// Settings: when each moment of the UPR calendar falls, counted from the review. Defaults come
// from the facts of the UPR; an NGO that knows its own timing (an earlier deadline announced by
// OHCHR) changes them here and the calendar follows.
import { t } from "../../i18n";
import type { MilestoneOffsets } from "../../model";
import { editSettings, settings } from "../../state/settings";
import { NumberField } from "../frame/fields";

/** The offsets shown, with their unit; the others (sign-up weekday and hour) keep their defaults. */
const FIELDS: Array<[keyof MilestoneOffsets & string, "months" | "weeks" | "days", number]> = [
  ["consultations_months_before_review", "months", 60],
  ["submission_months_before_review", "months", 60],
  ["capitals_lobbying_from_months_before_review", "months", 60],
  ["capitals_lobbying_until_months_before_review", "months", 60],
  ["documents_weeks_before_review", "weeks", 52],
  ["geneva_lobbying_from_months_before_review", "months", 60],
  ["geneva_lobbying_until_months_before_review", "months", 60],
  ["pre_session_weeks_before_review", "weeks", 52],
  ["side_event_days_after_review", "days", 31],
  ["adoption_months_after_review", "months", 60],
  ["oral_statement_signup_weeks_before_session", "weeks", 52],
  ["midterm_report_months_after_review", "months", 60],
];

export function CalendarOffsets() {
  const s = settings.value;
  const offsets = s?.milestones;
  if (!offsets) return null;
  return (
    <>
      <h2>{t("settings.calendar")}</h2>
      <p class="muted">{t("settings.calendarIntro")}</p>
      <div class="form-grid">
        {FIELDS.map(([key, unit, max]) => (
          <NumberField
            key={key}
            label={t(`settings.offset.${key}` as Parameters<typeof t>[0])}
            hint={t(`settings.unit.${unit}`)}
            value={offsets[key] as number}
            min={0}
            max={max}
            onInput={(n) => editSettings({ milestones: { ...offsets, [key]: Math.round(n) } })}
          />
        ))}
      </div>
    </>
  );
}
