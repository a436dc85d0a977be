// Meetings with delegations: when, where, whom, what was said, and what must follow.
import { formatDate, t } from "../../i18n";
import type { Meeting, MeetingPlace } from "../../model";
import { campaign } from "../../state/campaign";
import { addMeeting, byDate, canSave, deleteMeeting, editMeeting } from "../../state/meetings";
import { go } from "../../state/navigation";
import { attempt } from "../../state/notices";
import { today } from "../../state/records";
import { targets } from "../../state/targets";
import ids from "../../testIds.json";
import { ScreenHeader, SelectField, TextField } from "../frame/fields";

const PLACES: MeetingPlace[] = ["capital", "geneva", "other"];

export function MeetingsScreen() {
  if (!campaign.value) {
    return (
      <section>
        <ScreenHeader title={t("nav.meetings")} intro={t("issues.needCampaign")} />
        <button type="button" class="primary" onClick={() => go("campaign")}>
          {t("nav.campaign")}
        </button>
      </section>
    );
  }
  return (
    <section>
      <ScreenHeader title={t("nav.meetings")} intro={t("meetings.intro")}>
        <button type="button" class="primary" data-testid={ids.addMeeting} onClick={() => void attempt(t("meetings.addDuring"), () => addMeeting())}>
          {t("meetings.add")}
        </button>
      </ScreenHeader>
      {byDate.value.length === 0 && <p class="muted">{t("meetings.none")}</p>}
      {byDate.value.map((m) => (
        <MeetingCard key={m.id} meeting={m} />
      ))}
    </section>
  );
}

function MeetingCard({ meeting: m }: { meeting: Meeting }) {
  const follow = m.follow_up;
  const late = follow && !follow.done && follow.due !== null && follow.due <= today();
  const stateName = targets.value.find((x) => x.id === m.target_state_id)?.state;
  const when = canSave(m) ? [formatDate(m.date), m.time?.slice(0, 5)].filter(Boolean).join(", ") : t("meetings.noDate");
  const title = [when, stateName].filter(Boolean).join(" — ");
  return (
    <article class="card" aria-label={title}>
      <h2>{title}</h2>
      <div class="form-grid">
        <TextField
          label={t("meetings.date")}
          type="date"
          value={m.date}
          problem={canSave(m) ? null : t("meetings.dateNeeded")}
          onInput={(date) => editMeeting(m.id, { date })}
        />
        <TextField
          label={t("meetings.time")}
          type="time"
          value={m.time?.slice(0, 5) ?? ""}
          hint={t("meetings.timeHint")}
          testId={ids.meetingTime}
          // The core writes a time with its seconds ("10:30:00"); sent so, it comes back equal.
          onInput={(time) => editMeeting(m.id, { time: time === "" ? null : time.length === 5 ? `${time}:00` : time })}
        />
        <SelectField
          label={t("meetings.place")}
          value={m.place}
          options={PLACES.map((p) => ({ value: p, label: t(`meetings.place.${p}`) }))}
          onChange={(place) => editMeeting(m.id, { place })}
          hint={t("meetings.placeHint")}
        />
        <TextField label={t("meetings.location")} value={m.location} onInput={(location) => editMeeting(m.id, { location })} />
        <SelectField
          label={t("meetings.target")}
          value={m.target_state_id ?? ""}
          options={[{ value: "", label: t("meetings.noTarget") }, ...targets.value.map((x) => ({ value: x.id, label: x.state }))]}
          onChange={(id) => editMeeting(m.id, { target_state_id: id === "" ? null : id })}
        />
        <TextField label={t("meetings.people")} value={m.people} onInput={(people) => editMeeting(m.id, { people })} />
        <TextField label={t("meetings.notes")} multiline rows={4} value={m.notes} onInput={(notes) => editMeeting(m.id, { notes })} />
      </div>
      <fieldset class="follow-up">
        <legend>{t("meetings.followUp")}</legend>
        <TextField
          label={t("meetings.followUpText")}
          value={follow?.text ?? ""}
          onInput={(text) => editMeeting(m.id, { follow_up: text === "" && !follow?.due ? null : { text, due: follow?.due ?? null, done: follow?.done ?? false } })}
        />
        <TextField
          label={t("meetings.due")}
          type="date"
          value={follow?.due ?? ""}
          onInput={(due) => editMeeting(m.id, { follow_up: { text: follow?.text ?? "", due: due === "" ? null : due, done: follow?.done ?? false } })}
        />
        <label class="check">
          <input
            type="checkbox"
            checked={follow?.done ?? false}
            disabled={!follow}
            onChange={(e) => follow && editMeeting(m.id, { follow_up: { ...follow, done: (e.currentTarget as HTMLInputElement).checked } })}
          />
          {t("meetings.done")}
        </label>
        {late && <p class="badge badge--todo">{t("meetings.overdue")}</p>}
      </fieldset>
      <p class="danger-zone">
        <button
          type="button"
          class="danger"
          onClick={() => void attempt(t("meetings.deleteDuring"), () => deleteMeeting(m.id, (d) => t("undo.deleted", { name: formatDate(d) })))}
        >
          {t("meetings.delete")}
        </button>
      </p>
    </article>
  );
}
