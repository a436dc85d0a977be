// The review the campaign prepares: printed on every document's context line.
import { t } from "../../i18n";
import { campaign, editCampaign, emptyCampaign } from "../../state/campaign";
import { UN_MEMBER_STATES } from "../../state/memberStates";
import { memberStateLabels } from "../../state/stateNames";
import { organisation } from "../../state/organisation";
import ids from "../../testIds.json";
import { NumberField, ScreenHeader, TextField } from "../frame/fields";
import { NamesInDocuments } from "./NamesInDocuments";
import { PressDetailsEditor } from "./PressDetailsEditor";

export function CampaignScreen() {
  const c = campaign.value ?? emptyCampaign();
  return (
    <section>
      <ScreenHeader title={t("nav.campaign")} intro={t("campaign.intro")} />
      <div class="form-grid">
        <TextField
          label={t("campaign.state")}
          value={c.state_under_review}
          onInput={(state_under_review) => editCampaign({ state_under_review })}
          problem={c.state_under_review.trim() === "" ? t("campaign.stateNeeded") : null}
          testId={ids.campaignStateField}
          suggestions={UN_MEMBER_STATES} suggestionLabels={memberStateLabels()}
        />
        <NumberField label={t("campaign.cycle")} value={c.cycle} min={1} onInput={(cycle) => editCampaign({ cycle })} />
        <NumberField
          label={t("campaign.session")}
          value={c.session}
          min={1}
          onInput={(session) => editCampaign({ session })}
          hint={t("campaign.sessionHint")}
        />
        <TextField
          label={t("campaign.reviewDate")}
          type="date"
          value={c.review_date ?? ""}
          onInput={(d) => editCampaign({ review_date: d === "" ? null : d })}
        />
        <TextField
          label={t("campaign.adoption")}
          value={c.adoption_session}
          onInput={(adoption_session) => editCampaign({ adoption_session })}
          hint={t("campaign.adoptionHint")}
        />
      </div>
      <NamesInDocuments state={c.state_under_review} organisation={organisation.value?.name ?? ""} />
      <PressDetailsEditor state={c.state_under_review} />
    </section>
  );
}
