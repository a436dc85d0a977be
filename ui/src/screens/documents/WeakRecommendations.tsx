// Before a brief goes to diplomats: its recommendations that are not specific (action category
// below 4 by the checker), each with a link to it in the issue editor, and the choice to improve
// them first or to save anyway.
import { useEffect, useRef } from "preact/hooks";
import { t, tn } from "../../i18n";
import { dropHeldSave, saveAnyway, weakRecommendations } from "../../state/documents";
import { attempt } from "../../state/notices";
import ids from "../../testIds.json";
import { jumpToRecommendation } from "./jumpToPart";

export function WeakRecommendations() {
  const weak = weakRecommendations.value;
  const first = useRef<HTMLButtonElement>(null);
  // Asked below the Save button: the question takes the focus, so it is seen and heard.
  useEffect(() => {
    first.current?.focus();
    first.current?.scrollIntoView({ block: "center" });
  }, []);
  if (weak.length === 0) return null;
  return (
    <div class="notice weak-warning" role="alertdialog" aria-labelledby="weak-warning-title" data-testid={ids.weakWarning}>
      <h3 id="weak-warning-title">{tn("documents.weak.title", weak.length)}</h3>
      <ul>
        {weak.map((w) => (
          <li key={w.recommendationId}>
            <button
              type="button"
              class="link"
              data-testid={ids.weakLink}
              onClick={() => {
                dropHeldSave();
                jumpToRecommendation(w.issueId, w.number);
              }}
            >
              {t("documents.weak.item", { number: w.number, issue: w.issue, category: w.category })}
            </button>{" "}
            <span class="muted">“{w.text}”</span>
          </li>
        ))}
      </ul>
      <div class="button-row">
        <button type="button" class="primary" ref={first} onClick={dropHeldSave}>
          {tn("documents.weak.improve", weak.length)}
        </button>
        <button type="button" data-testid={ids.saveAnyway} onClick={() => void attempt(t("documents.writeDuring"), saveAnyway)}>
          {t("documents.weak.saveAnyway")}
        </button>
      </div>
    </div>
  );
}
