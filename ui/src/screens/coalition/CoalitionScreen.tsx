// Coalition work: open a partner's share file (merged at once, then a summary of what it
// did), settle the conflicts it left, and share the campaign with a partner after seeing
// exactly what the file will hold.
import { useEffect, useState } from "preact/hooks";
import { formatDate, formatDateTime, t, tn, wordList } from "../../i18n";
import type { MergeOutcome, RecordKind } from "../../model";
import {
  askToMergeFolderFile,
  folderFiles,
  pickUpFolder,
  writeToFolder,
  writtenToFolder,
  askingPassphrase,
  cancelPassphrase,
  chooseAndMerge,
  chooseAndShare,
  declineOffered,
  loadConflicts,
  merged,
  mergeFrom,
  mergeOffered,
  offeredShare,
  openConflicts,
  previewShare,
  type ShareSealing,
  sealingPassphrase,
  sharedTo,
  shareChoice,
  sharePreview,
  shareTo,
  tickedTitles,
} from "../../state/coalition";
import { demoShown } from "../../state/demo";
import { encrypted, loadEncrypted } from "../../state/encryption";
import { ordered } from "../../state/issues";
import { byDate } from "../../state/meetings";
import { editSettings, settings } from "../../state/settings";
import { attempt } from "../../state/notices";
import { today } from "../../state/records";
import ids from "../../testIds.json";
import { PathEntry, ScreenHeader, TextField } from "../frame/fields";
import { FilePassphrase } from "../frame/FilePassphrase";
import { CoalitionPassphrase } from "./CoalitionPassphrase";
import { ConflictView } from "./ConflictView";
import { ShareEncryption } from "./ShareEncryption";

export function kindWord(kind: RecordKind): string {
  return t(`coalition.kind.${kind}`);
}

/** "From WLAC: 3 new recommendations, 1 conflict". */
export function summary(o: MergeOutcome): string {
  const parts: string[] = [];
  if (o.new_recommendations > 0) parts.push(tn("coalition.count.recommendations", o.new_recommendations));
  if (o.added.length > 0) parts.push(tn("coalition.count.added", o.added.length));
  if (o.updated.length > 0) parts.push(tn("coalition.count.updated", o.updated.length));
  if (o.deleted.length > 0) parts.push(tn("coalition.count.deleted", o.deleted.length));
  if (o.conflicts.length > 0) parts.push(tn("coalition.count.conflicts", o.conflicts.length));
  if (parts.length === 0) return t("coalition.nothingNew", { from: o.from.name });
  const said = t("coalition.summary", { from: o.from.name, what: wordList(parts), when: formatDateTime(o.written_at) });
  return o.added_partner ? `${said} ${t("coalition.addedPartner", { partner: o.added_partner })}` : said;
}

/** A list of ticks, one per item (by id); nothing when there are no items. */
function Ticks(props: {
  legend: string;
  testId?: string;
  items: { id: string; label: string }[];
  ticked: string[];
  onChange: (ticked: string[]) => void;
}) {
  if (props.items.length === 0) return null;
  return (
    <fieldset class="field" data-testid={props.testId}>
      <legend>{props.legend}</legend>
      {props.items.map((item) => (
        <label key={item.id} class="check">
          <input
            type="checkbox"
            checked={props.ticked.includes(item.id)}
            onChange={(e) =>
              props.onChange(
                (e.currentTarget as HTMLInputElement).checked ? [...props.ticked, item.id] : props.ticked.filter((id) => id !== item.id),
              )
            }
          />{" "}
          {item.label}
        </label>
      ))}
    </fieldset>
  );
}

export function CoalitionScreen() {
  const [mergePath, setMergePath] = useState("");
  const [sharePath, setSharePath] = useState("");
  const [partner, setPartner] = useState("");
  const [ticked, setTicked] = useState<string[]>([]);
  const [tickedIssues, setTickedIssues] = useState<string[]>([]);
  const [sealing, setSealing] = useState<ShareSealing>({ ticked: false, first: "", again: "" });
  const passphrase = sealingPassphrase(sealing, encrypted.value === true);
  const shareBlocked = passphrase === null;
  const issueTitles = tickedTitles(ordered.value, tickedIssues);
  const choice = shareChoice(partner, ticked, issueTitles);
  useEffect(() => {
    void attempt(t("coalition.loadDuring"), loadConflicts);
    void loadEncrypted();
  }, []);
  useEffect(() => {
    void attempt(t("coalition.previewDuring"), () => previewShare(choice));
  }, [partner, ticked.join(","), issueTitles.join("\n")]);
  const outcome = merged.value;
  const preview = sharePreview.value;
  const asking = askingPassphrase.value;
  const offered = offeredShare.value;

  return (
    <section>
      <ScreenHeader title={t("nav.coalition")} intro={t("coalition.intro")} />

      {demoShown.value && (
        <p class="notice" data-testid={ids.joinHint}>
          {t("join.hint")}
        </p>
      )}
      <h2>{t("coalition.openHeading")}</h2>
      <p class="muted">{t("coalition.openIntro")}</p>
      {offered && (
        <div class="notice" role="alertdialog" aria-labelledby="share-open-title" aria-describedby="share-open-text" data-testid={ids.openShareQuestion}>
          <h3 id="share-open-title">{t("openShare.title")}</h3>
          <p id="share-open-text">{t("openShare.text", { path: offered })}</p>
          <div class="button-row">
            <button
              type="button"
              class="primary"
              data-testid={ids.openShareMerge}
              onClick={() => void attempt(t("coalition.mergeDuring"), mergeOffered)}
              ref={(el) => el?.focus()}
            >
              {t("openShare.merge")}
            </button>
            <button type="button" onClick={declineOffered}>
              {t("settings.replaceCancel")}
            </button>
          </div>
        </div>
      )}
      <div class="button-row">
        <button type="button" onClick={() => void attempt(t("coalition.mergeDuring"), () => chooseAndMerge(t("coalition.openTitle")))}>
          {t("coalition.openButton")}
        </button>
      </div>
      <PathEntry
        summary={t("database.typePath")}
        label={t("database.path")}
        value={mergePath}
        onInput={setMergePath}
        testId={ids.coalitionMergePath}
        submitLabel={t("coalition.openTyped")}
        submitTestId={ids.coalitionMergeTyped}
        onSubmit={(path) => void attempt(t("coalition.mergeDuring"), () => mergeFrom(path))}
      />
      {asking && !asking.join && (
        <FilePassphrase
          path={asking.path}
          onOpen={(passphrase) => void attempt(t("coalition.mergeDuring"), () => mergeFrom(asking.path, passphrase))}
          onCancel={cancelPassphrase}
        />
      )}
      <div aria-live="polite">
        {outcome && (
          <p class="notice" data-testid={ids.coalitionSummary}>
            {summary(outcome)}
          </p>
        )}
      </div>

      <h2>{t("coalition.conflictsHeading")}</h2>
      {openConflicts.value.length === 0 ? (
        <p class="muted">{t("coalition.noConflicts")}</p>
      ) : (
        <>
          <p class="muted">{t("coalition.conflictsIntro")}</p>
          {openConflicts.value.map((c) => (
            <ConflictView key={c.id} conflict={c} />
          ))}
        </>
      )}

      <h2>{t("coalition.shareHeading")}</h2>
      <p class="muted">{t("coalition.shareIntro")}</p>
      <TextField label={t("coalition.partner")} value={partner} onInput={setPartner} testId={ids.sharePartner} />
      <Ticks
        legend={t("coalition.issuesLegend")}
        testId={ids.shareIssues}
        items={ordered.value.map((issue) => ({ id: issue.id, label: issue.title }))}
        ticked={tickedIssues}
        onChange={setTickedIssues}
      />
      <Ticks
        legend={t("coalition.meetingsLegend")}
        items={byDate.value.map((m) => ({ id: m.id, label: `${formatDate(m.date)} ${m.location}` }))}
        ticked={ticked}
        onChange={setTicked}
      />
      {preview && (
        <div data-testid={ids.sharePreview}>
          <p>{t("coalition.willHold", { state: preview.state_under_review })}</p>
          <ul>
            {preview.items.map((item) => (
              <li key={item.id}>
                {kindWord(item.kind)}
                {t("coalition.colon")}
                {item.deleted ? t("coalition.deletion") : item.name}
              </li>
            ))}
          </ul>
          <p class="muted">
            {t("coalition.leftOut", {
              contacts: tn("safety.count.contacts", preview.contacts_left_out),
              meetings: tn("coalition.count.meetings", preview.meetings_left_out),
            })}
          </p>
        </div>
      )}
      <ShareEncryption sealing={sealing} dataEncrypted={encrypted.value === true} onChange={setSealing} />
      <div class="button-row">
        <button
          type="button"
          disabled={shareBlocked}
          onClick={() =>
            void attempt(t("coalition.shareDuring"), () =>
              chooseAndShare(t("coalition.shareTitle"), `upr-kit-share-${today()}.uprshare`, choice, passphrase ?? undefined),
            )
          }
        >
          {t("coalition.shareButton")}
        </button>
      </div>
      <PathEntry
        summary={t("database.typePath")}
        label={t("database.path")}
        value={sharePath}
        onInput={setSharePath}
        testId={ids.sharePath}
        submitLabel={t("coalition.shareTyped")}
        submitTestId={ids.shareTyped}
        disabled={shareBlocked}
        onSubmit={(path) => void attempt(t("coalition.shareDuring"), () => shareTo(choice, path, passphrase ?? undefined))}
      />
      {sharedTo.value && (
        <p aria-live="polite" data-testid={ids.shareWritten}>
          {t("coalition.written", { path: sharedTo.value, when: formatDateTime(new Date().toISOString()) })}
        </p>
      )}

      <h2>{t("coalition.folderHeading")}</h2>
      <p class="muted">{t("coalition.folderIntro")}</p>
      <TextField
        label={t("coalition.folder")}
        value={settings.value?.exchange_folder ?? ""}
        testId={ids.exchangeFolder}
        onInput={(value) => editSettings({ exchange_folder: value.trim() === "" ? null : value })}
      />
      <CoalitionPassphrase dataEncrypted={encrypted.value === true} />
      <div class="button-row">
        <button
          type="button"
          data-testid={ids.writeToFolder}
          disabled={!settings.value?.exchange_folder}
          onClick={() => void attempt(t("coalition.shareDuring"), writeToFolder)}
        >
          {t("coalition.writeToFolder")}
        </button>
        <button
          type="button"
          data-testid={ids.pickUpFolder}
          disabled={!settings.value?.exchange_folder}
          onClick={() => void attempt(t("coalition.mergeDuring"), pickUpFolder)}
        >
          {t("coalition.pickUp")}
        </button>
      </div>
      {writtenToFolder.value && <p aria-live="polite">{t("coalition.written", { path: writtenToFolder.value })}</p>}
      {folderFiles.value && (
        <ul data-testid={ids.folderFiles}>
          {folderFiles.value.length === 0 && <li class="muted">{t("coalition.folderEmpty")}</li>}
          {folderFiles.value.map((f) => (
            <li key={f.file}>
              {f.sealed ? (
                <>
                  {t(f.sealed === "other_passphrase" ? "coalition.sealedOther" : "coalition.sealedNeeds", { file: f.file })}{" "}
                  <button type="button" data-testid={ids.folderMergeWithPassphrase} onClick={() => askToMergeFolderFile(f)}>
                    {t("coalition.mergeWithPassphrase")}
                  </button>
                </>
              ) : f.problem ? (
                t("coalition.folderProblem", { file: f.file, problem: f.problem })
              ) : f.outcome ? (
                summary(f.outcome)
              ) : (
                f.file
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
