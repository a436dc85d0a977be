// The passphrase of an encrypted export being restored: one field, then the restore goes on
// as for a plain file.
import { useState } from "preact/hooks";
import { t } from "../../i18n";
import { cancelRestore, restoreFrom } from "../../state/backup";
import { attempt } from "../../state/notices";
import ids from "../../testIds.json";

export function FilePassphrase({ path }: { path: string }) {
  const [passphrase, setPassphrase] = useState("");
  const open = (e: Event) => {
    e.preventDefault();
    void attempt(t("settings.restoreDuring"), () => restoreFrom(path, false, passphrase));
  };
  return (
    <form class="notice" onSubmit={open} data-testid={ids.filePassphrase}>
      <p>{t("encryption.fileAsks", { path })}</p>
      <label>
        {t("unlock.passphrase")}
        <input type="password" autocomplete="off" value={passphrase} data-testid={ids.filePassphraseField} onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)} />
      </label>
      <div class="button-row">
        <button type="submit" class="primary" disabled={passphrase === ""} data-testid={ids.filePassphraseOpen}>
          {t("encryption.fileOpen")}
        </button>
        <button type="button" onClick={cancelRestore}>
          {t("settings.replaceCancel")}
        </button>
      </div>
    </form>
  );
}
