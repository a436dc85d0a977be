// Settings → Encryption: whether the data is encrypted, and the three changes (on, new
// passphrase, off), each one core call that cannot lose data; and an encrypted export to keep
// elsewhere, since a forgotten passphrase cannot be recovered.
import { signal } from "@preact/signals";
import { t } from "../i18n";
import { api, desktop } from "../ipc";
import { flushAll } from "./autosave";

/** `null` until known (or when the store cannot say). */
export const encrypted = signal<boolean | null>(null);

export async function loadEncrypted(): Promise<void> {
  encrypted.value = await api.storeEncrypted().catch(() => null);
}

export async function turnOn(passphrase: string): Promise<void> {
  await flushAll();
  await api.encryptData(passphrase);
  encrypted.value = true;
}

export async function changePassphrase(passphrase: string): Promise<void> {
  await flushAll();
  await api.changePassphrase(passphrase);
}

export async function turnOff(): Promise<void> {
  await flushAll();
  await api.decryptData();
  encrypted.value = false;
}

/** Asks where to write the encrypted export and writes it; the path, or `null` when the
 *  dialog was closed. */
export async function exportEncrypted(passphrase: string): Promise<string | null> {
  const path = await desktop.chooseSaveFile(t("encryption.exportTitle"), "upr-kit-backup.json.age", [
    { name: t("encryption.exportFilter"), extensions: ["age"] },
  ]);
  if (!path) return null;
  await flushAll();
  await api.exportDataEncrypted(path, passphrase);
  return path;
}
