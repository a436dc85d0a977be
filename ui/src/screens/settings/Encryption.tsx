// Settings → Encryption: turn it on, change the passphrase, turn it off. The passphrase cannot
// be recovered, and the screen says so where it is set, next to an encrypted export to keep
// elsewhere. Each change is one core call that cannot lose data (a snapshot first).
import { useEffect, useState } from "preact/hooks";
import { t } from "../../i18n";
import { changePassphrase, encrypted, exportEncrypted, loadEncrypted, turnOff, turnOn } from "../../state/encryption";
import { attempt } from "../../state/notices";
import ids from "../../testIds.json";

export function Encryption({ readOnly }: { readOnly: boolean }) {
  const [first, setFirst] = useState("");
  const [again, setAgain] = useState("");
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    void loadEncrypted();
  }, []);
  if (encrypted.value === null) return null;
  const differ = first !== "" && again !== "" && first !== again;
  const ready = first !== "" && first === again && !readOnly;
  const run = (during: string, action: () => Promise<void>, message: string) =>
    attempt(during, async () => {
      await action();
      setFirst("");
      setAgain("");
      setDone(message);
    });
  const writeExport = () =>
    attempt(t("encryption.exporting"), async () => {
      const path = await exportEncrypted(first);
      if (path) setDone(t("encryption.exported", { path }));
    });
  return (
    <section data-testid={ids.encryptionSection}>
      <h2>{t("encryption.heading")}</h2>
      <p>{encrypted.value ? t("encryption.on") : t("encryption.off")}</p>
      <p class="notice">{t("encryption.cannotRecover")}</p>
      <div class="form-grid">
        <label>
          {encrypted.value ? t("encryption.newPassphrase") : t("encryption.passphrase")}
          <input type="password" autocomplete="new-password" value={first} data-testid={ids.encryptionPassphrase} onInput={(e) => setFirst((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t("encryption.again")}
          <input type="password" autocomplete="new-password" value={again} data-testid={ids.encryptionPassphraseAgain} onInput={(e) => setAgain((e.target as HTMLInputElement).value)} />
        </label>
      </div>
      {differ && <p class="notice notice--error">{t("encryption.differ")}</p>}
      <p class="button-row">
        {encrypted.value ? (
          <>
            <button type="button" disabled={!ready} onClick={() => void run(t("encryption.changing"), () => changePassphrase(first), t("encryption.changed"))}>
              {t("encryption.change")}
            </button>
            <button type="button" class="danger" disabled={readOnly} onClick={() => void run(t("encryption.removing"), turnOff, t("encryption.removed"))}>
              {t("encryption.turnOff")}
            </button>
          </>
        ) : (
          <button type="button" disabled={!ready} data-testid={ids.encryptionTurnOn} onClick={() => void run(t("encryption.encrypting"), () => turnOn(first), t("encryption.turnedOn"))}>
            {t("encryption.turnOn")}
          </button>
        )}
        <button type="button" disabled={first === "" || first !== again} onClick={() => void writeExport()}>
          {t("encryption.export")}
        </button>
      </p>
      {done && (
        <p class="notice" role="status">
          {done}
        </p>
      )}
    </section>
  );
}
