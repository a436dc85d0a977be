// One recommendation being written: its text, the checker's action category as a badge, and
// the checker's hint to make it specific. The category found is stored with the text.
import { useEffect } from "preact/hooks";
import { t } from "../../i18n";
import type { Recommendation } from "../../model";
import { check, checkSoon, verdictFor } from "../../state/checker";
import { editChild, issueById } from "../../state/issues";
import ids from "../../testIds.json";
import { TextField } from "../frame/fields";
import { reasonInWords } from "./checkerReason";

export function CategoryBadge({ category }: { category: number | null }) {
  if (category === null) return <span class="badge badge--none">{t("checker.unknown")}</span>;
  return (
    <span class={`badge badge--cat${category}`} data-testid={ids.categoryBadge} data-category={category}>
      {t("checker.badge", { n: category, label: t(`category.${category}` as "category.1") })}
    </span>
  );
}

export function RecommendationItem({ issueId, rec, number }: { issueId: string; rec: Recommendation; number: number }) {
  // Badges of recommendations already written are checked once, when first shown.
  useEffect(() => {
    void check(rec.text);
  }, []);

  const verdict = verdictFor(rec.text);
  const classification = verdict?.kind === "ready" ? verdict.classification : null;
  const category = classification?.category ?? rec.action_category;
  const suggestion = classification?.suggestion;

  return (
    <div class="rec">
      <TextField
        label={t("issues.recommendationN", { n: number })}
        multiline
        rows={2}
        value={rec.text}
        testId={ids.recommendationText}
        onInput={(text) => {
          editChild(issueId, "recommendations", rec.id, { text });
          checkSoon(rec.id, text, (c) => {
            // Only if the text is still the one checked (the user may have typed on).
            const current = issueById(issueId)?.recommendations.find((r) => r.id === rec.id);
            if (current && current.text === text && current.action_category !== c.category)
              editChild(issueId, "recommendations", rec.id, { action_category: c.category });
          });
        }}
      />
      {/* Where the checker's answer stands ("pending" until it comes, then "ready" or "failed"):
          its hint and reason lengthen the editor when they come, which a story waits for. */}
      <div class="rec__check" aria-live="polite" data-verdict={rec.text.trim() === "" ? undefined : (verdict?.kind ?? "asked")}>
        {rec.text.trim() !== "" && <CategoryBadge category={category} />}
        {verdict?.kind === "pending" && <span class="muted"> {t("checker.checking")}</span>}
        {verdict?.kind === "failed" && <span class="field__problem"> {t("checker.failed", { message: verdict.error.message })}</span>}
        {suggestion && (
          <p class="hint" data-testid={ids.checkerHint}>
            {t(`checker.suggestion.${suggestion.key}` as "checker.suggestion.general", { phrase: suggestion.phrase })}
          </p>
        )}
        {classification && classification.because.length > 0 && (
          <p class="muted small" data-testid={ids.checkerReason}>
            {reasonInWords(classification.because)}
          </p>
        )}
      </div>
      <TextField
        label={t("issues.previously")}
        value={rec.previously_recommended}
        hint={t("issues.previouslyHint")}
        onInput={(previously_recommended) => editChild(issueId, "recommendations", rec.id, { previously_recommended })}
      />
    </div>
  );
}
