// Form fields used on every screen: a visible label tied to its control, an optional hint and
// a problem shown beside the field. Edits go straight to the caller, which saves them.
import type { ComponentChildren } from "preact";
import { useEffect, useId, useLayoutEffect, useRef } from "preact/hooks";

interface Common {
  label: string;
  hint?: string;
  problem?: string | null;
  testId?: string;
}

export function TextField(
  props: Common & {
    value: string;
    onInput: (value: string) => void;
    type?: "text" | "email" | "tel" | "url" | "date" | "time";
    multiline?: boolean;
    rows?: number;
    lang?: string;
    /** Values offered as the user types (a <datalist>); others can still be typed. */
    suggestions?: readonly string[];
    /** What the list shows beside a value (a State's name in the window's language). */
    suggestionLabels?: Readonly<Record<string, string>>;
  },
) {
  const id = useId();
  const described = props.hint || props.problem ? `${id}-hint` : undefined;
  const shared = {
    id,
    value: props.value,
    // The user's own text takes the direction of its first letter: an Arabic fact in an
    // English window runs right to left, a Latin name or an e-mail address in the Arabic
    // window left to right.
    dir: "auto" as const,
    "aria-describedby": described,
    "aria-invalid": props.problem ? true : undefined,
    "data-testid": props.testId,
    onInput: (e: Event) => props.onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.multiline ? (
        <GrowingTextarea rows={props.rows ?? 3} shared={shared} />
      ) : (
        <input type={props.type ?? "text"} list={props.suggestions ? `${id}-list` : undefined} {...shared} />
      )}
      {props.suggestions && (
        <datalist id={`${id}-list`}>
          {props.suggestions.map((s) => (
            <option key={s} value={s} label={props.suggestionLabels?.[s]} />
          ))}
        </datalist>
      )}
      <Hint id={described} hint={props.hint} problem={props.problem} />
    </div>
  );
}

/** A text box as tall as its text (a long fact is read whole, never cut off behind an inner
 * scroll bar), and never shorter than `rows` lines. It measures again when its text or the
 * window's width changes, since both change how many lines the text takes. */
function GrowingTextarea({ rows, shared }: { rows: number; shared: Record<string, unknown> & { value: string } }) {
  const box = useRef<HTMLTextAreaElement>(null);
  const fit = () => {
    const e = box.current;
    // A box not drawn (in a closed <details>) has no height to measure yet.
    if (!e || e.offsetParent === null) return;
    e.style.height = "auto";
    const border = e.offsetHeight - e.clientHeight;
    e.style.height = `${e.scrollHeight + border}px`;
  };
  useLayoutEffect(fit, [shared.value]);
  useEffect(() => {
    window.addEventListener("resize", fit);
    return () => window.removeEventListener("resize", fit);
  }, []);
  return <textarea ref={box} rows={rows} class="growing" {...shared} />;
}

/** A path typed by hand, folded under its summary: for where the system's file dialog
 *  cannot be used (and for the tests). `onSubmit` gets the path as typed. */
export function PathEntry(props: {
  summary: string;
  label: string;
  hint?: string;
  value: string;
  onInput: (value: string) => void;
  testId?: string;
  submitLabel: string;
  submitTestId?: string;
  disabled?: boolean;
  onSubmit: (path: string) => void;
}) {
  return (
    <details class="path-entry">
      <summary>{props.summary}</summary>
      <form
        class="add-form"
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit(props.value);
        }}
      >
        <TextField label={props.label} value={props.value} onInput={props.onInput} hint={props.hint} testId={props.testId} />
        <button type="submit" data-testid={props.submitTestId} disabled={props.disabled}>
          {props.submitLabel}
        </button>
      </form>
    </details>
  );
}

/** A checkbox with its label after it. */
export function CheckField(props: { label: string; checked: boolean; onChange: (checked: boolean) => void; testId?: string }) {
  return (
    <label class="check">
      <input
        type="checkbox"
        checked={props.checked}
        data-testid={props.testId}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      {props.label}
    </label>
  );
}

export function NumberField(props: Common & { value: number; min?: number; max?: number; onInput: (value: number) => void }) {
  const id = useId();
  const described = props.hint || props.problem ? `${id}-hint` : undefined;
  return (
    <div class="field field--short">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        value={props.value}
        aria-describedby={described}
        data-testid={props.testId}
        onInput={(e) => {
          const n = Number((e.currentTarget as HTMLInputElement).value);
          if (Number.isFinite(n) && (e.currentTarget as HTMLInputElement).value !== "") props.onInput(n);
        }}
      />
      <Hint id={described} hint={props.hint} problem={props.problem} />
    </div>
  );
}

export function SelectField<V extends string>(
  props: Common & { value: V; options: Array<{ value: V; label: string }>; onChange: (value: V) => void },
) {
  const id = useId();
  const described = props.hint ? `${id}-hint` : undefined;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        aria-describedby={described}
        data-testid={props.testId}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as V)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Hint id={described} hint={props.hint} problem={props.problem} />
    </div>
  );
}

function Hint({ id, hint, problem }: { id?: string; hint?: string; problem?: string | null }) {
  if (!id) return null;
  return (
    <p id={id} class={problem ? "field__problem" : "field__hint"}>
      {problem ?? hint}
    </p>
  );
}

/** A screen's heading and its short explanation. */
export function ScreenHeader({ title, intro, children }: { title: string; intro?: string; children?: ComponentChildren }) {
  return (
    <header class="screen-header">
      <h1>{title}</h1>
      {intro && <p class="muted">{intro}</p>}
      {children}
    </header>
  );
}
