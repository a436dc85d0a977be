// Target States: whom to meet and why, their people at the embassy and the Geneva mission,
// the recommendations we ask each to make, and suggestions from past recommendations.
import { useState } from "preact/hooks";
import { t, tn } from "../../i18n";
import type { Post, TargetState } from "../../model";
import { campaign } from "../../state/campaign";
import { ordered } from "../../state/issues";
import { UN_MEMBER_STATES } from "../../state/memberStates";
import { memberStateLabels } from "../../state/stateNames";
import { go } from "../../state/navigation";
import { attempt } from "../../state/notices";
import {
  addContact,
  addTarget,
  deleteTarget,
  editContact,
  editTarget,
  loadSuggestions,
  removeContact,
  suggestions,
  targets,
  toggleAsk,
} from "../../state/targets";
import ids from "../../testIds.json";
import { ScreenHeader, SelectField, TextField } from "../frame/fields";
import { ListOfSpeakers } from "./ListOfSpeakers";
import { reasonsInWords, topicOf } from "./reasons";

export function TargetsScreen() {
  const [name, setName] = useState("");
  if (!campaign.value) {
    return (
      <section>
        <ScreenHeader title={t("nav.targets")} intro={t("issues.needCampaign")} />
        <button type="button" class="primary" onClick={() => go("campaign")}>
          {t("nav.campaign")}
        </button>
      </section>
    );
  }
  const add = async (state: string, reason = "") => {
    if (state.trim() === "") return;
    await attempt(t("targets.addDuring"), () => addTarget(state, reason));
  };
  return (
    <section>
      <ScreenHeader title={t("nav.targets")} intro={t("targets.intro")} />
      <form
        class="add-form"
        onSubmit={async (e) => {
          e.preventDefault();
          await add(name);
          setName("");
        }}
      >
        <TextField label={t("targets.newState")} value={name} onInput={setName} testId={ids.newTargetState} suggestions={UN_MEMBER_STATES} suggestionLabels={memberStateLabels()} />
        <button type="submit" data-testid={ids.addTargetState}>
          {t("targets.add")}
        </button>
      </form>
      {targets.value.length === 0 && <p class="muted">{t("targets.none")}</p>}
      {targets.value.map((target) => (
        <TargetCard key={target.id} target={target} />
      ))}
      <Suggestions campaignId={campaign.value.id} onAdd={(state, reason) => void add(state, reason)} />
    </section>
  );
}

function TargetCard({ target }: { target: TargetState }) {
  const posts: Post[] = ["embassy", "mission"];
  return (
    <article class="card" aria-labelledby={`target-${target.id}`}>
      <h2 id={`target-${target.id}`}>{target.state || t("targets.unnamed")}</h2>
      <div class="form-grid">
        <TextField
          label={t("targets.state")}
          value={target.state}
          suggestions={UN_MEMBER_STATES} suggestionLabels={memberStateLabels()}
          problem={target.state.trim() === "" ? t("targets.stateNeeded") : null}
          onInput={(state) => editTarget(target.id, (x) => ({ ...x, state }))}
        />
        <TextField
          label={t("targets.reason")}
          multiline
          rows={2}
          value={target.reason}
          hint={t("targets.reasonHint")}
          onInput={(reason) => editTarget(target.id, (x) => ({ ...x, reason }))}
        />
      </div>
      {posts.map((post) => (
        <section key={post}>
          <h3>{t(`targets.contacts.${post}`)}</h3>
          {target.contacts
            .filter((c) => c.post === post)
            .map((c) => (
              <div key={c.id} class="row-card">
                <TextField label={t("targets.contactName")} value={c.name} onInput={(name) => editContact(target.id, c.id, { name })} />
                <TextField label={t("targets.contactRole")} value={c.role} onInput={(role) => editContact(target.id, c.id, { role })} />
                <TextField label={t("organisation.email")} type="email" value={c.email} onInput={(email) => editContact(target.id, c.id, { email })} />
                <TextField label={t("organisation.phone")} type="tel" value={c.phone} onInput={(phone) => editContact(target.id, c.id, { phone })} />
                <SelectField
                  label={t("targets.post")}
                  value={c.post}
                  options={posts.map((p) => ({ value: p, label: t(`targets.post.${p}`) }))}
                  onChange={(p) => editContact(target.id, c.id, { post: p })}
                />
                <button
                  type="button"
                  class="danger"
                  onClick={() => removeContact(target.id, c.id, t("undo.deleted", { name: c.name || t("targets.contactName") }))}
                >
                  {t("common.remove")}
                  <span class="visually-hidden">: {c.name}</span>
                </button>
              </div>
            ))}
          <button type="button" onClick={() => addContact(target.id, post)}>
            {t(`targets.addContact.${post}`)}
          </button>
        </section>
      ))}
      <section>
        <h3>{t("targets.asks")}</h3>
        <p class="muted">{t("targets.asksHint")}</p>
        {ordered.value.map((issue) => (
          <fieldset key={issue.id} class="asks">
            <legend>{issue.title}</legend>
            {issue.recommendations.length === 0 && <p class="muted">{t("targets.noRecommendations")}</p>}
            {issue.recommendations.map((r) => (
              <label key={r.id} class="check">
                <input type="checkbox" checked={target.asks.includes(r.id)} onChange={(e) => toggleAsk(target.id, r.id, (e.currentTarget as HTMLInputElement).checked)} />
                {r.text || t("targets.emptyRecommendation")}
              </label>
            ))}
          </fieldset>
        ))}
      </section>
      <p class="danger-zone">
        <button
          type="button"
          class="danger"
          onClick={() => void attempt(t("targets.deleteDuring"), () => deleteTarget(target.id, (state) => t("undo.deleted", { name: state })))}
        >
          {t("targets.delete", { state: target.state })}
        </button>
      </p>
    </article>
  );
}

function Suggestions({ campaignId, onAdd }: { campaignId: string; onAdd: (state: string, reason: string) => void }) {
  const s = suggestions.value;
  const known = new Set(targets.value.map((x) => x.state.toLowerCase()));
  return (
    <section class="card card--soft">
      <h2>{t("targets.suggestions")}</h2>
      <p class="muted">{t("targets.suggestionsIntro")}</p>
      <ListOfSpeakers campaignId={campaignId} />
      <button type="button" data-testid={ids.suggestLobby} onClick={() => void loadSuggestions()} disabled={s.kind === "loading"}>
        {s.kind === "loading" ? t("targets.suggestionsLoading") : t("targets.suggest")}
      </button>
      {s.kind === "failed" && <p class="field__problem">{s.message}</p>}
      {s.kind === "ready" && s.result.targets.length === 0 && (
        <>
          <p>{t("targets.suggestionsEmpty")}</p>
          <button type="button" onClick={() => go("database")}>
            {t("targets.goToDatabase")}
          </button>
        </>
      )}
      {s.kind === "ready" && s.result.targets.length > 0 && s.result.list_of_speakers.length > 0 && (
        <p class="muted">{tn("speakers.rankedWith", s.result.list_of_speakers.length)}</p>
      )}
      {s.kind === "ready" && s.result.targets.length > 0 && (
        <ol class="suggestions">
          {s.result.targets.slice(0, 10).map((x) => {
            const reason = reasonsInWords(x.reasons, s.result.state_under_review, topicOf(s.result));
            return (
              <li key={x.recommending_state} data-testid={ids.suggestion}>
                <strong>{x.recommending_state}</strong> <span class="muted">({x.regional_group})</span>
                {x.speaking === "inscribed" && (
                  <>
                    {" "}
                    <span class="badge badge--ok">{t("speakers.inscribed")}</span>
                  </>
                )}
                {x.speaking === "not_inscribed" && (
                  <>
                    {" "}
                    <span class="badge badge--none" data-testid={ids.notInscribed}>
                      {t("speakers.notInscribed")}
                    </span>
                  </>
                )}{" "}
                — {reason}
                {x.evidence.length > 0 && (
                  <details>
                    <summary>{tn("targets.evidence", x.evidence.length)}</summary>
                    <ul>
                      {x.evidence.slice(0, 5).map((r) => (
                        <li key={r.id}>
                          “{r.text}” — {r.state_under_review}
                          {r.session !== null ? `, ${t("targets.session", { n: r.session })}` : ""}
                          {r.response_as_recorded ? `, ${r.response_as_recorded}` : ""}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
                {!known.has(x.recommending_state.toLowerCase()) && (
                  <button type="button" onClick={() => onAdd(x.recommending_state, reason)}>
                    {t("targets.addSuggested", { state: x.recommending_state })}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
