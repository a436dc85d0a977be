// The fictional demo one click away once the user has started their own organisation: shown
// again after a confirmation, with the user's data kept as a snapshot first (core).
import { useState } from "preact/hooks";
import { t } from "../../i18n";
import { demoShown, showDemoAgain } from "../../state/demo";
import { attempt } from "../../state/notices";
import ids from "../../testIds.json";

export function ShowDemoAgain({ readOnly }: { readOnly: boolean }) {
  const [asking, setAsking] = useState(false);
  if (demoShown.value) return null;
  return (
    <p class="button-row">
      {asking ? (
        <>
          <span class="muted">{t("demo.showAgainHint")}</span>
          <button
            type="button"
            class="danger"
            data-testid={ids.demoShowAgainConfirm}
            onClick={() => {
              setAsking(false);
              void attempt(t("demo.showAgainDuring"), showDemoAgain);
            }}
          >
            {t("demo.showAgainConfirm")}
          </button>
        </>
      ) : (
        <button type="button" disabled={readOnly} data-testid={ids.demoShowAgain} onClick={() => setAsking(true)}>
          {t("demo.showAgain")}
        </button>
      )}
    </p>
  );
}
