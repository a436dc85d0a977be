// The review's list of speakers on the Target States screen: pasted as published (one State
// per line or separated by commas, in any of the six languages), kept when every name is
// recognised, shown back as the States recognised. Given, the suggestions put the inscribed
// States first.
import { useEffect, useState } from "preact/hooks";
import { joined, t, tn } from "../../i18n";
import { quotedNames } from "../../i18n/errors";
import { attempt, reportError } from "../../state/notices";
import { keepListOfSpeakers, listOfSpeakers, loadListOfSpeakers } from "../../state/speakers";
import { memberStateLabels } from "../../state/stateNames";
import ids from "../../testIds.json";
import { TextField } from "../frame/fields";

export function ListOfSpeakers({ campaignId }: { campaignId: string }) {
  // What the user typed since the list was last kept; null shows the kept list.
  const [text, setText] = useState<string | null>(null);
  const [unknown, setUnknown] = useState<string[]>([]);
  useEffect(() => {
    setText(null);
    setUnknown([]);
    loadListOfSpeakers().catch((e) => reportError(t("speakers.title"), e));
  }, [campaignId]);
  const kept = listOfSpeakers.value;
  const labels = memberStateLabels();
  const keep = (value: string) =>
    attempt(t("speakers.keepDuring"), async () => {
      const notRecognised = await keepListOfSpeakers(value);
      setUnknown(notRecognised);
      if (notRecognised.length === 0) setText(null);
    });
  return (
    <section class="speakers">
      <h3>{t("speakers.title")}</h3>
      <p class="muted">{t("speakers.intro")}</p>
      <TextField
        label={t("speakers.field")}
        multiline
        rows={3}
        value={text ?? kept.join("\n")}
        onInput={setText}
        testId={ids.speakersList}
        problem={unknown.length > 0 ? t("speakers.unknown", { names: quotedNames(unknown) }) : null}
      />
      <button type="button" data-testid={ids.keepSpeakers} onClick={() => void keep(text ?? kept.join("\n"))}>
        {t("speakers.keep")}
      </button>
      {kept.length > 0 && (
        <button type="button" onClick={() => void keep("")}>
          {t("speakers.forget")}
        </button>
      )}
      <p class="muted" data-testid={ids.speakersKept}>
        {kept.length === 0
          ? t("speakers.none")
          : t("speakers.kept", { recognised: tn("speakers.recognised", kept.length), names: joined(kept.map((n) => labels?.[n] ?? n)) })}
      </p>
    </section>
  );
}
