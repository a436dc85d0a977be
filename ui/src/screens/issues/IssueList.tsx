// The priority issues in order. Reorder by dragging, by the move buttons, or with Alt+↑/Alt+↓
// on a focused issue; the new order is saved at once and announced.
import { useState } from "preact/hooks";
import { t } from "../../i18n";
import { completeness, move, moveOnto, ordered } from "../../state/issues";
import { openIssueId } from "../../state/navigation";
import { attempt } from "../../state/notices";
import { settings } from "../../state/settings";
import ids from "../../testIds.json";

export function IssueList() {
  const [dragged, setDragged] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const list = ordered.value;

  async function shift(id: string, delta: number) {
    await attempt(t("issues.reorderDuring"), () => move(id, delta));
    const issue = ordered.value.find((i) => i.id === id);
    if (issue) setAnnouncement(t("issues.movedTo", { title: issue.title, rank: issue.rank }));
    // Keep the focus on the moved issue so that Alt+↑ can be pressed again.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-issue-id="${id}"] .issue-pick`)?.focus());
  }

  return (
    <div>
      <p class="muted" id="reorder-help">
        {t("issues.reorderHelp")}
      </p>
      <ol class="issue-list issue-list--compact" aria-describedby="reorder-help" data-testid={ids.issueList}>
        {list.map((issue, index) => {
          const done = settings.value ? completeness(issue, settings.value).complete : false;
          return (
            <li
              key={issue.id}
              data-issue-id={issue.id}
              class={`issue-row${openIssueId.value === issue.id ? " issue-row--open" : ""}${dragged === issue.id ? " issue-row--dragged" : ""}`}
              draggable
              onDragStart={(e) => {
                setDragged(issue.id);
                e.dataTransfer?.setData("text/plain", issue.id);
              }}
              onDragEnd={() => setDragged(null)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                const from = e.dataTransfer?.getData("text/plain") || dragged;
                setDragged(null);
                if (from) void attempt(t("issues.reorderDuring"), () => moveOnto(from, issue.id));
              }}
            >
              <span class="issue-card__rank" aria-hidden="true">
                {issue.rank}
              </span>
              <button
                type="button"
                class="issue-pick"
                aria-current={openIssueId.value === issue.id ? "true" : undefined}
                data-testid={ids.issueListItem}
                onClick={() => (openIssueId.value = issue.id)}
                onKeyDown={(e) => {
                  if (e.altKey && (e.key === "ArrowUp" || e.key === "ArrowDown")) {
                    e.preventDefault();
                    void shift(issue.id, e.key === "ArrowUp" ? -1 : 1);
                  }
                }}
              >
                <span class="visually-hidden">{issue.rank}. </span>
                {issue.title}
                <span class={done ? "dot dot--ok" : "dot dot--todo"} title={done ? t("issues.complete") : t("issues.incomplete")}>
                  <span class="visually-hidden">{done ? t("issues.complete") : t("issues.incomplete")}</span>
                </span>
              </button>
              <span class="move-buttons">
                <button type="button" disabled={index === 0} onClick={() => void shift(issue.id, -1)} data-testid={ids.issueMoveUp}>
                  ↑<span class="visually-hidden">{t("issues.moveUp", { title: issue.title })}</span>
                </button>
                <button type="button" disabled={index === list.length - 1} onClick={() => void shift(issue.id, 1)}>
                  ↓<span class="visually-hidden">{t("issues.moveDown", { title: issue.title })}</span>
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
