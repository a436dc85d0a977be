// While the fictional demo is shown, every screen says so, and offers the short first-run
// setup (organisation, State under Review, review date) that replaces it with the user's own,
// or the joining of a partner's campaign in its place.
import { useState } from "preact/hooks";
import { t } from "../../i18n";
import { canStart, demoShown, type OwnStart, startOwn } from "../../state/demo";
import { UN_MEMBER_STATES } from "../../state/memberStates";
import { memberStateLabels } from "../../state/stateNames";
import { attempt } from "../../state/notices";
import ids from "../../testIds.json";
import { JoinPartnerCampaign } from "../coalition/JoinPartnerCampaign";
import { TextField } from "./fields";

export function DemoBanner() {
  const [own, setOwn] = useState<OwnStart>({ organisation: "", stateUnderReview: "", reviewDate: "" });
  const [busy, setBusy] = useState(false);
  if (!demoShown.value) return null;
  const edit = (patch: Partial<OwnStart>) => setOwn({ ...own, ...patch });
  return (
    <section class="demo-banner" aria-labelledby="demo-banner-title" data-testid={ids.demoBanner}>
      <p>
        <strong id="demo-banner-title">{t("demo.banner")}</strong> {t("demo.explain")}
      </p>
      <details>
        <summary data-testid={ids.demoStart}>{t("demo.start")}</summary>
        <form
          class="add-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!canStart(own) || busy) return;
            setBusy(true);
            void attempt(t("demo.replaceDuring"), () => startOwn(own)).finally(() => setBusy(false));
          }}
        >
          <TextField label={t("demo.organisation")} value={own.organisation} testId={ids.demoOrganisation} onInput={(organisation) => edit({ organisation })} />
          <TextField
            label={t("demo.state")}
            hint={t("demo.stateHint")}
            value={own.stateUnderReview}
            testId={ids.demoState}
            suggestions={UN_MEMBER_STATES} suggestionLabels={memberStateLabels()}
            onInput={(stateUnderReview) => edit({ stateUnderReview })}
          />
          <TextField label={t("demo.reviewDate")} type="date" value={own.reviewDate} testId={ids.demoReviewDate} onInput={(reviewDate) => edit({ reviewDate })} />
          <button type="submit" class="primary" disabled={!canStart(own) || busy} data-testid={ids.demoReplace}>
            {t("demo.replace")}
          </button>
        </form>
      </details>
      <JoinPartnerCampaign />
    </section>
  );
}
