// Who we are: what every document prints in its header and footer.
import { useState } from "preact/hooks";
import { t } from "../../i18n";
import type { EcosocStatus } from "../../model";
import { attempt } from "../../state/notices";
import {
  addPartner,
  editOrganisation,
  editPartner,
  emptyOrganisation,
  organisation,
  refuseNamelessPartner,
  removeLogo,
  removePartner,
  chooseLogo,
  setLogoFrom,
} from "../../state/organisation";
import ids from "../../testIds.json";
import { PathEntry, ScreenHeader, SelectField, TextField } from "../frame/fields";

const STATUSES: EcosocStatus[] = ["none", "general", "special", "roster"];

export function OrganisationScreen() {
  const o = organisation.value ?? emptyOrganisation();
  const [partnerName, setPartnerName] = useState("");
  const [logoPath, setLogoPath] = useState("");


  return (
    <section>
      <ScreenHeader title={t("nav.organisation")} intro={t("organisation.intro")} />
      <div class="form-grid">
        <TextField
          label={t("organisation.name")}
          value={o.name}
          onInput={(name) => editOrganisation({ name })}
          problem={o.name.trim() === "" ? t("organisation.nameNeeded") : null}
          testId={ids.organisationNameField}
        />
        <TextField label={t("organisation.acronym")} value={o.acronym} onInput={(acronym) => editOrganisation({ acronym })} />
        <TextField
          label={t("organisation.email")}
          type="email"
          value={o.contact_email}
          onInput={(contact_email) => editOrganisation({ contact_email })}
          hint={t("organisation.emailHint")}
        />
        <TextField label={t("organisation.phone")} type="tel" value={o.contact_phone} onInput={(contact_phone) => editOrganisation({ contact_phone })} />
        <TextField label={t("organisation.website")} type="url" value={o.website} onInput={(website) => editOrganisation({ website })} />
        <TextField label={t("organisation.address")} multiline rows={2} value={o.address} onInput={(address) => editOrganisation({ address })} />
        <SelectField
          label={t("organisation.ecosoc")}
          value={o.ecosoc_status}
          options={STATUSES.map((s) => ({ value: s, label: t(`ecosoc.${s}`) }))}
          onChange={(ecosoc_status) => editOrganisation({ ecosoc_status })}
          hint={t("organisation.ecosocHint")}
        />
      </div>

      <h2>{t("organisation.logo")}</h2>
      <p class="muted">{t("organisation.logoIntro")}</p>
      <div class="logo-row">
        {o.logo ? <img class="logo-preview" src={o.logo} alt={t("organisation.logoAlt")} data-testid={ids.logoPreview} /> : <p class="muted">{t("organisation.noLogo")}</p>}
        <button
          type="button"
          data-testid={ids.chooseLogo}
          onClick={() => void attempt(t("organisation.logoDuring"), () => chooseLogo(t("organisation.chooseLogoTitle")))}
        >
          {o.logo ? t("organisation.replaceLogo") : t("organisation.chooseLogo")}
        </button>
        {o.logo && (
          <button type="button" data-testid={ids.removeLogo} onClick={() => void attempt(t("organisation.removeLogoDuring"), removeLogo)}>
            {t("organisation.removeLogo")}
          </button>
        )}
      </div>
      <PathEntry
        summary={t("database.typePath")}
        label={t("database.path")}
        value={logoPath}
        onInput={setLogoPath}
        testId={ids.logoPath}
        submitLabel={t("organisation.chooseLogoTitle")}
        submitTestId={ids.logoTyped}
        disabled={logoPath.trim() === ""}
        onSubmit={(typed) => void attempt(t("organisation.logoDuring"), () => setLogoFrom(typed))}
      />

      <h2>{t("organisation.partners")}</h2>
      <p class="muted">{t("organisation.partnersIntro")}</p>
      {o.partners.length > 0 && (
        <ul class="plain-list">
          {o.partners.map((p) => (
            <li key={p.id} class="row-card">
              <TextField label={t("organisation.partnerName")} value={p.name} onInput={(name) => editPartner(p.id, { name })} />
              <TextField label={t("organisation.acronym")} value={p.acronym} onInput={(acronym) => editPartner(p.id, { acronym })} />
              <TextField
                label={t("organisation.email")}
                type="email"
                value={p.contact_email}
                onInput={(contact_email) => editPartner(p.id, { contact_email })}
              />
              <button
                type="button"
                class="danger"
                onClick={() => removePartner(p.id, (name) => t("undo.deleted", { name }))}
              >
                {t("common.remove")}
                <span class="visually-hidden">: {p.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="add-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!organisation.value || organisation.value.name.trim() === "") {
            void attempt(t("organisation.partnerDuring"), () => refuseNamelessPartner(t("organisation.nameFirst")));
            return;
          }
          if (partnerName.trim() === "") return;
          addPartner(partnerName);
          setPartnerName("");
        }}
      >
        <TextField label={t("organisation.newPartner")} value={partnerName} onInput={setPartnerName} />
        <button type="submit">{t("organisation.addPartner")}</button>
      </form>
    </section>
  );
}
