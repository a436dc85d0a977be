// Joining a partner's campaign from a fresh window: while the store holds only the demo, the
// user gives their organisation's name (and acronym) and the partner's share file; the
// partner's campaign replaces the demo (kept as a snapshot) and the window says what arrived.
import { useState } from "preact/hooks";
import { t } from "../../i18n";
import type { MergeOutcome } from "../../model";
import { askingPassphrase, cancelPassphrase, chooseAndJoin, joinInPlaceOfDemo } from "../../state/coalition";
import { demoShown } from "../../state/demo";
import { announce, attempt } from "../../state/notices";
import ids from "../../testIds.json";
import { TextField } from "../frame/fields";
import { FilePassphrase } from "../frame/FilePassphrase";
import { summary } from "./CoalitionScreen";

export function JoinPartnerCampaign() {
  const [name, setName] = useState("");
  const [acronym, setAcronym] = useState("");
  const [path, setPath] = useState("");
  const [busy, setBusy] = useState(false);
  if (!demoShown.value) return null;
  const asking = askingPassphrase.value;
  const ready = name.trim() !== "" && !busy;
  const join = (how: () => Promise<MergeOutcome | null>) => {
    if (!ready) return;
    setBusy(true);
    void attempt(t("join.during"), async () => {
      const outcome = await how();
      if (outcome) announce(`${t("join.arrived", { state: outcome.state_under_review, organisation: name.trim() })} ${summary(outcome)}`);
    }).finally(() => setBusy(false));
  };
  return (
    <details class="join-partner">
      <summary data-testid={ids.joinStart}>{t("join.start")}</summary>
      <p class="muted">{t("join.explain")}</p>
      <TextField label={t("join.organisation")} value={name} testId={ids.joinOrganisation} onInput={setName} />
      <TextField label={t("join.acronym")} value={acronym} testId={ids.joinAcronym} onInput={setAcronym} />
      <div class="button-row">
        <button
          type="button"
          class="primary"
          disabled={!ready}
          onClick={() => join(() => chooseAndJoin(t("join.chooseTitle"), name, acronym))}
        >
          {t("join.choose")}
        </button>
      </div>
      {/* Not a PathEntry: the window's stories find each screen's own `.path-entry` first. */}
      <form
        class="add-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim() !== "") join(() => joinInPlaceOfDemo(name, acronym, path.trim()));
        }}
      >
        <TextField label={t("database.typePath")} value={path} onInput={setPath} testId={ids.joinPath} />
        <button type="submit" data-testid={ids.joinTyped} disabled={!ready || path.trim() === ""}>
          {t("join.typed")}
        </button>
      </form>
      {asking?.join && (
        <FilePassphrase
          path={asking.path}
          onOpen={(passphrase) => {
            const who = asking.join ?? { name, acronym };
            join(() => joinInPlaceOfDemo(who.name, who.acronym, asking.path, passphrase));
          }}
          onCancel={cancelPassphrase}
        />
      )}
    </details>
  );
}
