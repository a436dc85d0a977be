// The unlock screen of an encrypted store: one passphrase field, and a plain error when it is
// wrong. No hint is stored or shown.
import { useState } from "preact/hooks";
import { t } from "../../i18n";
import { unlock, unlockError } from "../../state/lock";
import ids from "../../testIds.json";

export function UnlockScreen() {
  const [passphrase, setPassphrase] = useState("");
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    await unlock(passphrase);
    setPassphrase("");
    setBusy(false);
  };
  return (
    <section class="unlock" data-testid={ids.unlockScreen}>
      <h2>{t("unlock.heading")}</h2>
      <p>{t("unlock.explain")}</p>
      <form onSubmit={submit}>
        <label>
          {t("unlock.passphrase")}
          <input
            type="password"
            autocomplete="off"
            value={passphrase}
            data-testid={ids.unlockPassphrase}
            onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" disabled={busy || passphrase === ""} data-testid={ids.unlockButton}>
          {t("unlock.button")}
        </button>
      </form>
      {unlockError.value && (
        <p class="notice notice--error" role="alert" data-testid={ids.unlockError}>
          {unlockError.value.message}
        </p>
      )}
    </section>
  );
}
