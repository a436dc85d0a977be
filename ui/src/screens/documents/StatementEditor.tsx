// The oral statement edited in place: its text (the generated one until the user changes it),
// a live counter against the slot as a word processor shows its word count, and the way back
// to the generated text.
import { effect } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { t, tn } from "../../i18n";
import { request } from "../../state/documents";
import { attempt } from "../../state/notices";
import { openRehearsal, rehearsal } from "../../state/rehearsal";
import {
  clock,
  countWords,
  editStatement,
  loadStatementText,
  resetStatement,
  statement,
  statementDraft,
  statementTiming,
} from "../../state/statementText";
import ids from "../../testIds.json";
import { TextField } from "../frame/fields";
import { Rehearsal } from "./Rehearsal";

export function StatementEditor() {
  // Loaded again when the language or the issues change: the generated text follows them.
  useEffect(
    () =>
      effect(() => {
        request();
        void attempt(t("documents.statement.loadDuring"), loadStatementText);
      }),
    [],
  );
  const s = statement.value;
  if (!s) return null;
  const timing = statementTiming(countWords(statementDraft.value), s.speaking_rate_wpm, s.limit_seconds);
  const vars = { time: clock(timing.seconds), limit: clock(timing.limitSeconds) };
  const edited = s.edited !== null;
  return (
    <div class="statement-editor" data-edited={edited}>
      <TextField
        label={t("documents.statement.label")}
        hint={t("documents.statement.hint")}
        value={statementDraft.value}
        onInput={editStatement}
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
        <button type="button" data-testid={ids.rehearse} onClick={openRehearsal}>
          {t("rehearsal.open")}
        </button>
        <button
          type="button"
          data-testid={ids.statementReset}
          disabled={!edited}
          onClick={() => void attempt(t("documents.statement.resetDuring"), resetStatement)}
        >
          {t("documents.statement.reset")}
        </button>
      </div>
      {rehearsal.value.kind !== "closed" && (
        <Rehearsal text={statementDraft.value} rateWpm={s.speaking_rate_wpm} limitSeconds={s.limit_seconds} />
      )}
    </div>
  );
}
