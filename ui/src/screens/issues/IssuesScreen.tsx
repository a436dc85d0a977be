// Priority issues: the ordered list beside the editor of the chosen one.
import { useState } from "preact/hooks";
import { t } from "../../i18n";
import { campaign } from "../../state/campaign";
import { addIssue, issueById, ordered } from "../../state/issues";
import { go, openIssueId } from "../../state/navigation";
import { attempt } from "../../state/notices";
import ids from "../../testIds.json";
import { ScreenHeader, TextField } from "../frame/fields";
import { IssueEditor } from "./IssueEditor";
import { IssueList } from "./IssueList";

export function IssuesScreen() {
  const [title, setTitle] = useState("");
  if (!campaign.value) {
    return (
      <section>
        <ScreenHeader title={t("nav.issues")} intro={t("issues.needCampaign")} />
        <button type="button" class="primary" onClick={() => go("campaign")}>
          {t("nav.campaign")}
        </button>
      </section>
    );
  }
  const open = (openIssueId.value ? issueById(openIssueId.value) : undefined) ?? ordered.value[0];
  return (
    <section>
      <ScreenHeader title={t("nav.issues")} intro={t("issues.intro")} />
      <div class="two-panes">
        <div class="pane pane--list">
          <IssueList />
          <form
            class="add-form"
            onSubmit={async (e) => {
              e.preventDefault();
              if (title.trim() === "") return;
              const id = await attempt(t("issues.addDuring"), () => addIssue(title));
              if (id) {
                openIssueId.value = id;
                setTitle("");
              }
            }}
          >
            <TextField label={t("issues.newTitle")} value={title} onInput={setTitle} testId={ids.newIssueTitle} />
            <button type="submit" data-testid={ids.addIssue}>
              {t("issues.add")}
            </button>
          </form>
        </div>
        <div class="pane">{open ? <IssueEditor key={open.id} issue={open} /> : <p class="muted">{t("issues.none")}</p>}</div>
      </div>
    </section>
  );
}
