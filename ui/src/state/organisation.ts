// The organisation and its coalition partners: edits are saved as they are typed.
import { signal } from "@preact/signals";
import { api, UserError } from "../ipc";
import type { Organisation, Partner } from "../model";
import { offerUndo } from "./notices";
import { fresh, stamps } from "./records";
import { singleRecordSaver } from "./versions";

export const organisation = signal<Organisation | null>(null);

/** A logo is printed small on documents; a larger file only slows every save. */
export const LOGO_MAX_BYTES = 1_000_000;

const saver = singleRecordSaver(
  organisation,
  api.saveOrganisation,
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

/** Reads an image file the user picked into a data: URL and stores it as the logo. */
export async function setLogo(file: File, tooLarge: string, notAnImage: string): Promise<void> {
  if (!/^image\/(png|jpeg)$/.test(file.type)) throw new UserError("invalid_input", notAnImage);
  if (file.size > LOGO_MAX_BYTES) throw new UserError("invalid_input", tooLarge);
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new UserError("read_file", reader.error?.message ?? file.name));
    reader.readAsDataURL(file);
  });
  editOrganisation({ logo: url });
}
