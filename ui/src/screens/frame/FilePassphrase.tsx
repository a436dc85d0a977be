// The passphrase of an encrypted file being opened (a backup restored, a partner's share file
// merged or joined): one field, then the opening goes on as for a plain file.
import { useState } from "preact/hooks";
import { t } from "../../i18n";
import ids from "../../testIds.json";

export function FilePassphrase({ path, onOpen, onCancel }: { path: string; onOpen: (passphrase: string) => void; onCancel: () => void }) {
  const [passphrase, setPassphrase] = useState("");
  const open = (e: Event) => {
    e.preventDefault();
    onOpen(passphrase);
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
        <button type="button" onClick={onCancel}>
          {t("settings.replaceCancel")}
        </button>
      </div>
    </form>
  );
}
