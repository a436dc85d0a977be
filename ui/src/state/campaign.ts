// The campaign for one review: created on the first edit when the store has none.
import { signal } from "@preact/signals";
import { t } from "../i18n";
import { api, UserError } from "../ipc";
import type { Campaign } from "../model";
import { fresh } from "./records";
import { singleRecordSaver } from "./versions";

export const campaign = signal<Campaign | null>(null);

const saver = singleRecordSaver(
  campaign,
  api.saveCampaign,
  (c) => c.state_under_review,
  async () => (await api.workspace()).campaign,
);

/** The fourth UPR cycle began in 2022. */
export const CURRENT_CYCLE = 4;

export function canSave(c: Campaign): boolean {
  return c.state_under_review.trim() !== "";
}

export function emptyCampaign(): Campaign {
  return { ...fresh(), state_under_review: "", cycle: CURRENT_CYCLE, session: 1, review_date: null, adoption_date: null, hrc_session_start: null, adoption_session: "" };
}

export function editCampaign(patch: Partial<Campaign>) {
  const next = { ...(campaign.value ?? emptyCampaign()), ...patch };
  campaign.value = next;
  if (canSave(next)) saver.schedule(next);
}

/** The campaign's id once it is stored; children cannot be saved before. */
export async function savedCampaignId(): Promise<string | null> {
  await saver.flush();
  return campaign.value && canSave(campaign.value) ? campaign.value.id : null;
}

/** The campaign's id for a save of one of its records; without a stored campaign the save is
 * refused as `no_campaign`, the core's code for the same refusal. */
export async function requireCampaignId(): Promise<string> {
  const id = await savedCampaignId();
  if (!id) throw new UserError("no_campaign", t("campaign.stateNeeded"));
  return id;
}
