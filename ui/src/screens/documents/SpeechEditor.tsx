// A speech edited in place — the oral statement or the talking points: its text (the generated
// one until the user changes it), a live counter against the slot as a word processor shows
// its word count, and the way back to the generated text.
import { effect } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { t, tn } from "../../i18n";
import type { EditableDocument } from "../../model";
import { request } from "../../state/documents";
import { attempt } from "../../state/notices";
import { openRehearsal, rehearsal } from "../../state/rehearsal";
import { clock, loadSpeechText, resetSpeech, editSpeech, speech, speechDraft, speechTiming, spokenWords } from "../../state/speechText";
import ids from "../../testIds.json";
import { TextField } from "../frame/fields";
import { Rehearsal } from "./Rehearsal";

export function SpeechEditor({ document }: { document: EditableDocument }) {
  // Loaded again when the document, the language, the issues or the delegation change: the
  // generated text follows them.
  useEffect(
    () =>
      effect(() => {
        request();
        const during = document === "talking_points" ? "documents.talkingPoints.loadDuring" : "documents.statement.loadDuring";
        void attempt(t(during), () => loadSpeechText(document));
      }),
    [document],
  );
  const s = speech.value;
  if (!s || s.document !== document) return null;
  const timing = speechTiming(spokenWords(speechDraft.value, document), s.speaking_rate_wpm, s.limit_seconds);
  const vars = { time: clock(timing.seconds), limit: clock(timing.limitSeconds) };
  const edited = s.edited !== null;
  const tp = document === "talking_points";
  return (
    <div class="statement-editor" data-edited={edited} data-document={document}>
      <TextField
        label={t(tp ? "documents.talkingPoints.label" : "documents.statement.label")}
        hint={t(tp ? "documents.talkingPoints.hint" : "documents.statement.hint")}
        value={speechDraft.value}
        onInput={editSpeech}
        multiline
        rows={12}
        testId={ids.statementText}
      />
      <p
        class={timing.over > 0 ? "statement-counter statement-counter--over" : "statement-counter"}
        aria-live="polite"
        data-testid={ids.statementCounter}
        data-over={timing.over}
      >
        {timing.over > 0
          ? tn("documents.statement.cut", timing.over, vars)
          : tn("documents.statement.fits", timing.words, vars)}
      </p>
      <div class="button-row">
        <span class="muted">{t(edited ? "documents.statement.edited" : "documents.statement.generated")}</span>
        {!tp && (
          <button type="button" data-testid={ids.rehearse} onClick={openRehearsal}>
            {t("rehearsal.open")}
          </button>
        )}
        <button
          type="button"
          data-testid={ids.statementReset}
          disabled={!edited}
          onClick={() =>
            void attempt(t(tp ? "documents.talkingPoints.resetDuring" : "documents.statement.resetDuring"), resetSpeech)
          }
        >
          {t("documents.statement.reset")}
        </button>
      </div>
      {!tp && rehearsal.value.kind !== "closed" && (
        <Rehearsal text={speechDraft.value} rateWpm={s.speaking_rate_wpm} limitSeconds={s.limit_seconds} />
      )}
    </div>
  );
}
