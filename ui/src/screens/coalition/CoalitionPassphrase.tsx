// The coalition passphrase of the exchange folder: set (typed twice, never shown again) or
// forgotten while the data is encrypted; with plain data, a line says what the folder does.
import { useEffect, useState } from "preact/hooks";
import { t } from "../../i18n";
import { coalitionPassphraseSet, loadCoalitionPassphrase, setCoalitionPassphrase } from "../../state/coalition";
import { attempt } from "../../state/notices";
import ids from "../../testIds.json";
import { NewPassphrase } from "./ShareEncryption";

export function CoalitionPassphrase({ dataEncrypted }: { dataEncrypted: boolean }) {
  const [first, setFirst] = useState("");
  const [again, setAgain] = useState("");
  useEffect(() => {
    if (dataEncrypted) void attempt(t("coalition.loadDuring"), loadCoalitionPassphrase);
  }, [dataEncrypted]);
  if (!dataEncrypted) return <p class="muted">{t("coalition.folderPlain")}</p>;
  const differ = first !== "" && again !== "" && first !== again;
  const save = async () => {
    await setCoalitionPassphrase(first);
    setFirst("");
    setAgain("");
  };
  return (
    <fieldset>
      <legend>{t("coalition.passphraseHeading")}</legend>
      <p class="muted">{t("coalition.passphraseIntro")}</p>
      <p aria-live="polite">{coalitionPassphraseSet.value ? t("coalition.passphraseSet") : t("coalition.passphraseNone")}</p>
      <div class="form-grid">
        <NewPassphrase label={t("unlock.passphrase")} value={first} testId={ids.coalitionPassphrase} onInput={setFirst} />
        <NewPassphrase label={t("encryption.again")} value={again} testId={ids.coalitionPassphraseAgain} onInput={setAgain} />
      </div>
      {differ && <p class="notice notice--error">{t("encryption.differ")}</p>}
      <div class="button-row">
        <button
          type="button"
          data-testid={ids.coalitionPassphraseSave}
          disabled={first === "" || first !== again}
          onClick={() => void attempt(t("coalition.passphraseDuring"), save)}
        >
          {t("coalition.passphraseSave")}
        </button>
        {coalitionPassphraseSet.value && (
          <button type="button" onClick={() => void attempt(t("coalition.passphraseDuring"), () => setCoalitionPassphrase(null))}>
            {t("coalition.passphraseClear")}
          </button>
        )}
      </div>
    </fieldset>
  );
}
