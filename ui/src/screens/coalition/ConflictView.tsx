// One conflict: the two versions side by side, field by field. The user picks ours or theirs
// for each field (text can be edited too) and saves the version made so, or keeps or takes a
// version whole — the only choice when one side deleted the record.
import { useState } from "preact/hooks";
import { t } from "../../i18n";
import type { Conflict } from "../../model";
import { composed, type Side, settleFields, settleTaking } from "../../state/coalition";
import { attempt } from "../../state/notices";
import ids from "../../testIds.json";
import { kindWord } from "./CoalitionScreen";

/** A field's value as the user reads it: text as it is, lists of texts one per line. */
export function shown(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    return value.map((v) => (typeof v === "object" && v !== null && "text" in v ? String((v as { text: unknown }).text) : shown(v))).join("\n");
  }
  return JSON.stringify(value);
}

const LABELLED = ["title", "background", "recommendations", "facts", "questions", "rank", "responsible", "status", "reason", "notes", "text"] as const;

function fieldLabel(field: string): string {
  const known = LABELLED.find((f) => f === field);
  return known ? t(`coalition.field.${known}`) : field.replace(/_/g, " ");
}

export function ConflictView({ conflict }: { conflict: Conflict }) {
  const [picks, setPicks] = useState<Record<string, Side>>({});
  const [edits, setEdits] = useState<Record<string, string>>({});
  const by = conflict.theirs_by.name;
  const oneDeleted = conflict.mine === null || conflict.theirs === null;
  const record = composed(conflict, picks, edits);

  return (
    <article class="conflict" data-testid={ids.conflictItem}>
      <h3>
        {t("coalition.conflictTitle", { kind: kindWord(conflict.kind), name: conflict.name, by })}
      </h3>
      {oneDeleted ? (
        <p>{conflict.mine === null ? t("coalition.deletedHere", { by }) : t("coalition.deletedThere", { by })}</p>
      ) : (
        <table class="conflict-fields">
          <thead>
            <tr>
              <th scope="col">{t("coalition.field")}</th>
              <th scope="col">{t("coalition.yours")}</th>
              <th scope="col">{t("coalition.theirs", { by })}</th>
            </tr>
          </thead>
          <tbody>
            {conflict.fields.map((f) => {
              const pick = picks[f.field] ?? "mine";
              const name = `${conflict.id}-${f.field}`;
              const editable = typeof f.mine === "string" && typeof f.theirs === "string";
              return (
                <tr key={f.field} data-testid={ids.conflictField}>
                  <th scope="row">{fieldLabel(f.field)}</th>
                  {(["mine", "theirs"] as const).map((side) => (
                    <td key={side} class={pick === side ? "picked" : undefined}>
                      <label>
                        <input
                          type="radio"
                          name={name}
                          checked={pick === side}
                          data-testid={`${ids.conflictPick}-${side}-${f.field}`}
                          onChange={() => {
                            setPicks({ ...picks, [f.field]: side });
                            const { [f.field]: _dropped, ...rest } = edits;
                            setEdits(rest);
                          }}
                        />{" "}
                        <span class="conflict-value">{shown(side === "mine" ? f.mine : f.theirs)}</span>
                      </label>
                      {editable && pick === side && (
                        <textarea
                          aria-label={t("coalition.editField", { field: fieldLabel(f.field) })}
                          data-testid={`${ids.conflictEdit}-${f.field}`}
                          value={String(record[f.field] ?? "")}
                          onInput={(e) => setEdits({ ...edits, [f.field]: (e.currentTarget as HTMLTextAreaElement).value })}
                        />
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div class="button-row">
        {!oneDeleted && (
          <button
            type="button"
            class="primary"
            data-testid={ids.conflictSave}
            onClick={() => void attempt(t("coalition.settleDuring"), () => settleFields(conflict, record))}
          >
            {t("coalition.saveVersion")}
          </button>
        )}
        <button type="button" data-testid={ids.conflictKeepMine} onClick={() => void attempt(t("coalition.settleDuring"), () => settleTaking(conflict, "mine"))}>
          {t("coalition.keepMine")}
        </button>
        <button type="button" data-testid={ids.conflictTakeTheirs} onClick={() => void attempt(t("coalition.settleDuring"), () => settleTaking(conflict, "theirs"))}>
          {t("coalition.takeTheirs", { by })}
        </button>
      </div>
    </article>
  );
}
