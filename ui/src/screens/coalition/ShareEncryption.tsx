// The share dialog's "Encrypt with a passphrase": a tick, then the passphrase typed twice.
// When the data itself is encrypted the tick is set and cannot be undone: a share file of
// encrypted data is never written plain (the core refuses it too).
import { t } from "../../i18n";
import type { ShareSealing } from "../../state/coalition";
import ids from "../../testIds.json";

export function ShareEncryption({ sealing, dataEncrypted, onChange }: { sealing: ShareSealing; dataEncrypted: boolean; onChange: (s: ShareSealing) => void }) {
  const on = sealing.ticked || dataEncrypted;
  const differ = sealing.first !== "" && sealing.again !== "" && sealing.first !== sealing.again;
  return (
    <fieldset data-testid={ids.shareEncrypt}>
      <label>
        <input
          type="checkbox"
          checked={on}
          disabled={dataEncrypted}
          data-testid={ids.shareEncryptTick}
          onChange={(e) => onChange({ ...sealing, ticked: (e.target as HTMLInputElement).checked })}
        />
        {t("coalition.encrypt")}
      </label>
      {dataEncrypted && <p class="muted">{t("coalition.encryptRequired")}</p>}
      {on && (
        <>
          <p class="muted">{t("coalition.encryptTell")}</p>
          <div class="form-grid">
            <NewPassphrase label={t("unlock.passphrase")} value={sealing.first} testId={ids.sharePassphrase} onInput={(first) => onChange({ ...sealing, first })} />
            <NewPassphrase label={t("encryption.again")} value={sealing.again} testId={ids.sharePassphraseAgain} onInput={(again) => onChange({ ...sealing, again })} />
          </div>
          {differ && <p class="notice notice--error">{t("encryption.differ")}</p>}
        </>
      )}
    </fieldset>
  );
}

/** A new passphrase's field (never echoed, never filled in by the browser). */
export function NewPassphrase({ label, value, testId, onInput }: { label: string; value: string; testId: string; onInput: (value: string) => void }) {
  return (
    <label>
      {label}
      <input type="password" autocomplete="new-password" value={value} data-testid={testId} onInput={(e) => onInput((e.target as HTMLInputElement).value)} />
    </label>
  );
}
