// The choices of the documents after the review that the others do not take: the press
// release's embargo (a day and a time, Geneva time, or none for immediate release) and the
// letter's addressee (typed, or one of the contacts stored with the target States).
import { t } from "../../i18n";
import { choice, choose, embargo, letterContacts } from "../../state/documents";
import ids from "../../testIds.json";
import { SelectField, TextField } from "../frame/fields";

export function EmbargoFields() {
  const c = choice.value;
  const incomplete = embargo(c) === "incomplete";
  return (
    <fieldset class="asks">
      <legend>{t("documents.embargo")}</legend>
      <div class="form-grid">
        <TextField
          label={t("documents.embargoDate")}
          type="date"
          value={c.embargoDate}
          onInput={(embargoDate) => choose({ embargoDate })}
          testId={ids.documentEmbargoDate}
        />
        <TextField
          label={t("documents.embargoTime")}
          type="time"
          value={c.embargoTime}
          onInput={(embargoTime) => choose({ embargoTime })}
          hint={t("documents.embargoHint")}
          problem={incomplete ? t("documents.embargoIncomplete") : null}
          testId={ids.documentEmbargoTime}
        />
      </div>
    </fieldset>
  );
}

export function AddresseeFields() {
  const c = choice.value;
  const contacts = letterContacts.value;
  const chosen = contacts.some((p) => p.addressee === c.to.trim()) ? c.to.trim() : "";
  return (
    <>
      {contacts.length > 0 && (
        <SelectField
          label={t("documents.toContact")}
          value={chosen}
          options={[
            { value: "", label: t("documents.toContactNone") },
            ...contacts.map((p) => ({ value: p.addressee, label: `${p.addressee} (${p.state})` })),
          ]}
          onChange={(to) => choose({ to })}
          testId={ids.documentToContact}
        />
      )}
      <TextField
        label={t("documents.to")}
        value={c.to}
        onInput={(to) => choose({ to })}
        hint={t("documents.toHint")}
        testId={ids.documentTo}
      />
    </>
  );
}
