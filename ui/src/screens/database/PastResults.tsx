// The results of a search of past recommendations: the words searched marked in each, and
// one click to put a result to use: as the model of a new recommendation in a priority
// issue, or its recommending State as a target to lobby.
import { useState } from "preact/hooks";
import { t } from "../../i18n";
import type { PastRecommendation } from "../../model";
import { campaign } from "../../state/campaign";
import { addRecommendingStateAsTarget, highlighted, newRecommendationFrom } from "../../state/database";
import { issueById, ordered } from "../../state/issues";
import { announce, attempt } from "../../state/notices";
import ids from "../../testIds.json";
import { SelectField } from "../frame/fields";

export function PastResults({ found, words }: { found: PastRecommendation[]; words: string }) {
  const [chosen, setChosen] = useState("");
  const issues = ordered.value;
  // The first issue until the user picks one; a deleted choice falls back to it too.
  const into = issues.some((i) => i.id === chosen) ? chosen : (issues[0]?.id ?? "");
  const canUse = campaign.value !== null;
  return (
    <>
      {canUse && issues.length > 0 && (
        <div class="past-into">
          <SelectField
            label={t("database.into")}
            value={into}
            options={issues.map((i) => ({ value: i.id, label: i.title }))}
            onChange={setChosen}
            testId={ids.pastInto}
          />
        </div>
      )}
      {canUse && issues.length === 0 && <p class="muted">{t("database.noIssueYet")}</p>}
      {!canUse && <p class="muted">{t("database.noCampaignYet")}</p>}
      <ol class="past-results" data-testid={ids.pastResults}>
        {found.map((r) => (
          <li key={r.id}>
            <p data-testid={ids.pastResultText}>
              {highlighted(r.text, words).map((piece, n) => (piece.match ? <mark key={n}>{piece.text}</mark> : piece.text))}
            </p>
            <p class="muted">
              {t("database.resultLine", {
                from: r.recommending_state,
                to: r.state_under_review,
                session: r.session ?? "?",
                response: r.response_as_recorded || "—",
                category: r.action_category ?? "?",
              })}
            </p>
            {canUse && (
              <div class="button-row">
                {into !== "" && (
                  <button type="button" data-testid={ids.pastUseAsModel} onClick={() => void useIt(into, r)}>
                    {t("database.useAsModel")}
                  </button>
                )}
                <button type="button" data-testid={ids.pastAddTarget} onClick={() => void target(r)}>
                  {t("targets.addSuggested", { state: r.recommending_state })}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

async function useIt(issueId: string, r: PastRecommendation) {
  const source = t("database.modelSource", { from: r.recommending_state, session: r.session ?? "?" });
  const added = await attempt(t("database.useDuring"), () => newRecommendationFrom(issueId, r, source));
  if (added) announce(t("database.modelAdded", { issue: issueById(issueId)?.title ?? "" }));
}

async function target(r: PastRecommendation) {
  const outcome = await attempt(t("targets.addDuring"), () => addRecommendingStateAsTarget(r));
  if (outcome === "added") announce(t("database.targetAdded", { state: r.recommending_state }));
  if (outcome === "already") announce(t("database.targetAlready", { state: r.recommending_state }));
}
