// The organisation and its coalition partners: edits are saved as they are typed.
import { signal } from "@preact/signals";
import { api, desktop, UserError } from "../ipc";
import type { Organisation, Partner } from "../model";
import { offerUndo } from "./notices";
import { fresh, stamps } from "./records";
import { singleRecordSaver } from "./versions";

export const organisation = signal<Organisation | null>(null);

const saver = singleRecordSaver(
  organisation,
  // The core keeps the stored logo whatever a save says (only set_logo and remove_logo
  // change it), so the logo, up to a few megabytes, is not sent with every edit.
  (o) => api.saveOrganisation({ ...o, logo: null }),
  (o) => o.name,
  async () => (await api.workspace()).organisation,
);

/** The store refuses an organisation without a name; it waits until one is typed. */
export function canSave(o: Organisation): boolean {
  return o.name.trim() !== "";
}

export function emptyOrganisation(): Organisation {
  return {
    ...fresh(),
    name: "",
    acronym: "",
    contact_email: "",
    contact_phone: "",
    website: "",
    address: "",
    ecosoc_status: "none",
    logo: null,
    partners: [],
  };
}

function commit(next: Organisation) {
  organisation.value = next;
  if (canSave(next)) saver.schedule(next);
}

export function editOrganisation(patch: Partial<Organisation>) {
  commit({ ...(organisation.value ?? emptyOrganisation()), ...patch });
}

export function addPartner(name: string) {
  const partner: Partner = { ...stamps(), name: name.trim(), acronym: "", contact_email: "" };
  const o = organisation.value ?? emptyOrganisation();
  commit({ ...o, partners: [...o.partners, partner] });
}

/** The store refuses partners of an organisation without a name: `nameFirst` tells the user. */
export function refuseNamelessPartner(nameFirst: string): Promise<never> {
  return Promise.reject(new UserError("invalid_input", nameFirst));
}

export function editPartner(id: string, patch: Partial<Partner>) {
  const o = organisation.value;
  if (!o) return;
  commit({ ...o, partners: o.partners.map((p) => (p.id === id ? { ...p, ...patch } : p)) });
}

export function removePartner(id: string, deletedMessage: (name: string) => string) {
  const o = organisation.value;
  if (!o) return;
  const index = o.partners.findIndex((p) => p.id === id);
  if (index < 0) return;
  const partner = o.partners[index];
  commit({ ...o, partners: o.partners.filter((p) => p.id !== id) });
  offerUndo(deletedMessage(partner.name), async () => {
    const now = organisation.value ?? emptyOrganisation();
    const partners = now.partners.slice();
    partners.splice(Math.min(index, partners.length), 0, partner);
    commit({ ...now, partners });
    await saver.flush();
  });
}

export const LOGO_FILTER = { name: "PNG, JPEG", extensions: ["png", "jpg", "jpeg"] };

/** Asks for an image file and makes it the logo. The core reads and checks the file (PNG or
 * JPEG, within the settings' limits) and answers the organisation as saved; pending edits are
 * saved first, so the answer holds them. */
export async function chooseLogo(title: string): Promise<void> {
  const path = await desktop.chooseOpenFile(title, [LOGO_FILTER]);
  if (path) await setLogoFrom(path);
}

/** Makes the image file at `path` (chosen, or typed) the logo. */
export async function setLogoFrom(path: string): Promise<void> {
  await saver.flush();
  organisation.value = await api.setLogo(path.trim());
}

/** Removes the logo (the core keeps it in a snapshot first). */
export async function removeLogo(): Promise<void> {
  await saver.flush();
  organisation.value = await api.removeLogo();
}
