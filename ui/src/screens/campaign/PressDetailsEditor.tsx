// The press release's own words: where it is dated from, who is quoted and what they say,
// what the organisation welcomes and regrets in the review.
import { useEffect } from "preact/hooks";
import { t } from "../../i18n";
import { reportError } from "../../state/notices";
import { editPressDetails, loadPressDetails, pressDetails } from "../../state/pressDetails";
import ids from "../../testIds.json";
import { TextField } from "../frame/fields";

export function PressDetailsEditor({ state }: { state: string }) {
  useEffect(() => {
    loadPressDetails().catch((e) => reportError(t("press.title"), e));
  }, [state]);
  const d = pressDetails.value;
  if (!d) return null;
  return (
    <section class="press-details" data-testid={ids.pressDetails}>
      <h2>{t("press.title")}</h2>
      <p class="hint">{t("press.intro")}</p>
      <div class="form-grid">
        <TextField label={t("press.city")} value={d.city} onInput={(city) => editPressDetails({ city })} hint={t("press.cityHint")} />
        <TextField
          label={t("press.spokesperson")}
          value={d.spokesperson}
          onInput={(spokesperson) => editPressDetails({ spokesperson })}
          testId={ids.pressSpokesperson}
        />
        <TextField label={t("press.role")} value={d.spokesperson_role} onInput={(spokesperson_role) => editPressDetails({ spokesperson_role })} />
      </div>
      <TextField label={t("press.quote")} value={d.quote} multiline onInput={(quote) => editPressDetails({ quote })} testId={ids.pressQuote} />
      <TextField label={t("press.welcomes")} value={d.welcomes} multiline onInput={(welcomes) => editPressDetails({ welcomes })} />
      <TextField label={t("press.regrets")} value={d.regrets} multiline onInput={(regrets) => editPressDetails({ regrets })} />
    </section>
  );
}
