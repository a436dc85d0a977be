// The rehearsal view of the oral statement: the text in large type over the whole window, a
// running clock, the words passing at the configured speaking rate (the word the speaker
// should be at is marked and kept in view), and when the user stops, the time taken against
// the slot. Space starts and stops, Esc leaves; the buttons do the same for the mouse.
import { Fragment } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../../i18n";
import { leaveRehearsal, rehearsal, rehearsalParagraphs, rehearsalResult, toggleRehearsal, wordsSaidAt } from "../../state/rehearsal";
import { clock, countWords } from "../../state/speechText";
import ids from "../../testIds.json";
import "./rehearsal.css";

export function Rehearsal(props: { text: string; rateWpm: number; limitSeconds: number }) {
  const r = rehearsal.value;
  const [now, setNow] = useState(() => performance.now());
  const view = useRef<HTMLDivElement>(null);

  // The clock ticks while running; a frame is enough for the words, a second for the clock.
  useEffect(() => {
    if (r.kind !== "running") return;
    let frame = requestAnimationFrame(function tick() {
      setNow(performance.now());
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [r.kind]);

  useEffect(() => {
    view.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === " " || e.code === "Space") {
        // On a button, Space presses that button, as everywhere else.
        if (e.target instanceof HTMLButtonElement) return;
        e.preventDefault();
        toggleRehearsal(performance.now());
      } else if (e.key === "Escape") {
        e.preventDefault();
        leaveRehearsal();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const elapsed = r.kind === "running" ? now - r.startedAt : r.kind === "stopped" ? r.tookMs : 0;
  const said = r.kind === "ready" ? 0 : wordsSaidAt(elapsed, props.rateWpm);

  // The word the speaker should be at stays in the middle of the view.
  useEffect(() => {
    view.current?.querySelector(".rehearsal__word--current")?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [said]);

  const paragraphs = rehearsalParagraphs(props.text);
  let counted = 0;
  const result = r.kind === "stopped" ? rehearsalResult(r.tookMs, props.limitSeconds) : null;
  const seconds = Math.floor(elapsed / 1000);
  return (
    <div
      class="rehearsal"
      role="dialog"
      aria-modal="true"
      aria-labelledby="rehearsal-title"
      tabIndex={-1}
      ref={view}
      data-testid={ids.rehearsal}
      data-state={r.kind}
      data-said={said}
    >
      <header class="rehearsal__bar">
        <h2 id="rehearsal-title">{t("rehearsal.title")}</h2>
        <p
          class={seconds > props.limitSeconds ? "rehearsal__clock rehearsal__clock--over" : "rehearsal__clock"}
          data-testid={ids.rehearsalClock}
          aria-live="off"
        >
          {clock(seconds)} <span class="muted">/ {clock(props.limitSeconds)}</span>
        </p>
        <button type="button" class="primary" data-testid={ids.rehearsalToggle} onClick={() => toggleRehearsal(performance.now())}>
          {r.kind === "running" ? t("rehearsal.stop") : r.kind === "stopped" ? t("rehearsal.again") : t("rehearsal.start")}
        </button>
        <button type="button" data-testid={ids.rehearsalLeave} onClick={leaveRehearsal}>
          {t("rehearsal.leave")}
        </button>
      </header>
      <p class="rehearsal__keys muted">{t("rehearsal.keys", { rate: props.rateWpm })}</p>
      {result && (
        <p
          class={result.over > 0 ? "rehearsal__result rehearsal__result--over" : "rehearsal__result"}
          role="status"
          data-testid={ids.rehearsalResult}
          data-over={result.over}
        >
          {result.over > 0
            ? t("rehearsal.over", { time: clock(result.seconds), limit: clock(result.limitSeconds), over: clock(result.over) })
            : t("rehearsal.within", { time: clock(result.seconds), limit: clock(result.limitSeconds), left: clock(-result.over) })}
        </p>
      )}
      <div class="rehearsal__text">
        {paragraphs.map((words, p) => (
          <p key={p}>
            {words.map((word, w) => {
              const isWord = countWords(word) > 0;
              const index = isWord ? counted++ : counted - 1;
              const state = r.kind === "ready" ? "" : index < said ? " rehearsal__word--said" : index === said && isWord ? " rehearsal__word--current" : "";
              // The space stays outside the word, so the mark fits the word alone.
              return (
                <Fragment key={w}>
                  <span class={`rehearsal__word${state}`}>{word}</span>{" "}
                </Fragment>
              );
            })}
          </p>
        ))}
      </div>
    </div>
  );
}
