// The window's words for the core's errors and a document's advice. Rust sends data
// (`{ code, …data }`, typed in ../generated/errors.ts, generated from upr_core::Error); this
// module words it in the window's language from the catalogues, numbers and names filled in.
// The switch covers every code (TypeScript checks it), and i18n.test.ts checks that every
// code of the generated list has its message in every catalogue.
import type {
  DocumentKind,
  DocumentNote,
  DocumentPart,
  CoreError,
  ExchangeProblem,
  IoProblem,
  Overflow,
  Shorten,
} from "../generated/errors";
import { formatNumber, joined, t, tn, type MessageKey } from "./index";

export type { CoreError };

/** "2 min 30 s", "2 min", "45 s". */
export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return t("duration.seconds", { seconds: rest });
  if (rest === 0) return t("duration.minutes", { minutes });
  return t("duration.minutesSeconds", { minutes, seconds: rest });
}

function documentName(kind: DocumentKind): string {
  return t(`documents.kind.${kind}` as MessageKey);
}

function ioProblem(p: IoProblem): string {
  return p.kind === "other" ? p.detail : t(`io.${p.kind}` as MessageKey);
}

/** A record's kind as the core names it ("priority issue", "target State"…). */
function recordName(what: string): string {
  const key = `record.${what.toLowerCase().replace(/ /g, "_")}`;
  return key in KNOWN_RECORDS ? t(key as MessageKey) : what;
}

const KNOWN_RECORDS: Record<string, true> = Object.fromEntries(
  [
    "organisation",
    "campaign",
    "priority_issue",
    "target_state",
    "meeting",
    "submission",
    "received_recommendation",
    "calendar_date",
    "past_recommendation",
    "snapshot",
  ].map((r) => [`record.${r}`, true]),
);

function exchangeProblem(p: ExchangeProblem): string {
  switch (p.kind) {
    case "not_utf8":
      return t("exchange.not_utf8", { byte: p.byte });
    case "cut_short":
      return t("exchange.cut_short", { line: p.line, column: p.column });
    case "not_json":
      return t("exchange.not_json", { line: p.line, column: p.column });
    case "not_ours":
      return p.found === null ? t("exchange.not_ours_nothing") : t("exchange.not_ours", { found: p.found });
    case "newer_version":
      return t("exchange.newer_version", { found: p.found, known: p.known });
    case "unknown_version":
      return t("exchange.unknown_version", { found: p.found ?? "—" });
    case "wrong_shape":
      return t("exchange.wrong_shape", { path: p.path });
    case "duplicate_id":
      return t("exchange.duplicate_id", { path: p.path, id: p.id });
    case "empty":
      return t("exchange.empty", { path: p.path });
    case "out_of_range":
      return t("exchange.out_of_range", { path: p.path, value: p.value, first: p.first, last: p.last });
    case "unknown_link":
      return t("exchange.unknown_link", { path: p.path, id: p.id });
    case "altered":
      return t("exchange.altered");
    case "other_campaign":
      return t("exchange.other_campaign", { found: p.found, held: p.held });
  }
}

/** A part of a document to shorten: "the background of “Torture”". */
export function documentPart(p: DocumentPart): string {
  switch (p.part) {
    case "background":
      return t("part.background", { issue: p.issue });
    case "fact":
      return t("part.fact", { issue: p.issue, number: p.number });
    case "question":
      return t("part.question", { issue: p.issue, number: p.number });
    case "recommendation":
      return t("part.recommendation", { issue: p.issue, number: p.number });
    case "whole_issue":
      return t("part.whole_issue", { issue: p.issue });
    case "spoken_issue":
      return t("part.spoken_issue", { issue: p.issue });
    case "paragraph":
      return t("part.paragraph", { number: p.number });
    case "passage":
      return t("part.passage", { number: p.number });
  }
}

export function shortenText(s: Shorten): string {
  return t("overflow.part", { part: documentPart(s.part), words: tn("documents.count.words", s.words) });
}

/** What overflows and by how much, in one paragraph (the parts to shorten are listed apart). */
export function overflowProblem(o: Overflow): string {
  const kind = documentName(o.kind);
  const m = o.measure;
  const limit = (() => {
    switch (m.limit) {
      case "pages":
        return t("overflow.pages", { kind, pages: m.pages, max: m.max_pages, size: formatNumber(m.smallest_size) });
      case "speaking_time":
        return t("overflow.speakingTime", {
          kind,
          words: m.words,
          time: formatDuration(m.seconds),
          rate: m.rate,
          max: formatDuration(m.max_seconds),
          fits: m.fits,
        });
      case "word_limit":
        return t("overflow.wordLimit", { kind, words: m.words, max: m.max_words });
    }
  })();
  const over =
    o.lines_over === null
      ? tn("overflow.wordsOver", o.words_over)
      : tn("overflow.linesOver", o.lines_over, { words: tn("documents.count.words", o.words_over) });
  return `${limit} ${over}`;
}

/** The parts to shorten, one line each under their heading (none when there are none). */
function shortenLines(o: Overflow): string[] {
  return o.shorten.length === 0 ? [] : [t("overflow.longest"), ...o.shorten.map((s) => `– ${shortenText(s)}`)];
}

/** A remark on a document that was written. */
export function noteText(n: DocumentNote): string {
  switch (n.note) {
    case "shorter_than_slot":
      return t("note.shorter_than_slot", {
        time: formatDuration(n.seconds),
        usual: formatDuration(n.usual_seconds),
        words: n.more_words,
      });
    case "some_recommendations_spoken":
      return t("note.some_recommendations_spoken", { spoken: n.spoken, all: n.all });
    case "draft_over_limit":
      return t("note.draft_over_limit", { words: n.words, limit: n.max_words, over: n.words - n.max_words });
  }
}

/** The message for an error from Rust, in the window's language. */
/** Names as the user typed them, each in the language's quotation marks, joined as a list. */
export function quotedNames(names: string[]): string {
  return joined(names.map((name) => t("speakers.quoted", { name })));
}

export function errorText(e: CoreError): string {
  switch (e.code) {
    case "data_dir":
      return t("errors.data_dir", { path: e.path, problem: ioProblem(e.problem) });
    case "folder_in_use":
      return t("errors.folder_in_use", { path: e.path });
    case "no_data_dir":
      return t("errors.no_data_dir");
    case "data_folder_taken":
      return t("errors.data_folder_taken", { path: e.path });
    case "schema_too_new":
      return t("errors.schema_too_new", { path: e.path, found: e.found, known: e.known });
    case "store_encrypted":
      return t("errors.store_encrypted", { path: e.path });
    case "wrong_passphrase":
      return t("errors.wrong_passphrase");
    case "passphrase_too_short":
      return t("errors.passphrase_too_short", { min: e.min, chars: e.chars });
    case "already_encrypted":
      return t("errors.already_encrypted");
    case "not_encrypted":
      return t("errors.not_encrypted");
    case "store_in_use":
      return t("errors.store_in_use");
    case "rekey_check_failed":
      return t("errors.rekey_check_failed", { problem: e.problem });
    case "file_encrypted":
      return t("errors.file_encrypted", { file: e.file });
    case "coalition_passphrase_needed":
      return t("errors.coalition_passphrase_needed");
    case "database":
      return t("errors.database", { detail: e.detail });
    case "read_only":
      return t("errors.read_only", { path: e.path || t("errors.theDataFolder") });
    case "read_only_upgrade":
      return t("errors.read_only_upgrade", { path: e.path });
    case "disk_full":
      return t("errors.disk_full");
    case "disk_write":
      return t("errors.disk_write");
    case "snapshot_damaged":
      return t("errors.snapshot_damaged", { name: e.name });
    case "read_file":
      return t("errors.read_file", { path: e.path, problem: ioProblem(e.problem) });
    case "write_file":
      return t("errors.write_file", { path: e.path, problem: ioProblem(e.problem) });
    case "output_in_data_folder":
      return t("errors.output_in_data_folder", { path: e.path, folder: e.data_dir });
    case "output_is_folder":
      return t("errors.output_is_folder", { path: e.path });
    case "output_in_use":
      return t("errors.output_in_use", { path: e.path });
    case "invalid_file":
      return t("errors.invalid_file", { file: e.file, problem: exchangeProblem(e.problem) });
    case "store_not_empty":
      return t("errors.store_not_empty", {
        holding: joined([e.organisation, e.state_under_review].filter((s): s is string => !!s)),
      });
    case "invalid_export":
      return t("errors.invalid_export", { file: e.file, line: e.line, problem: e.problem });
    case "checker_model":
      return t("errors.checker_model", { line: e.line });
    case "no_organisation":
      return t("errors.no_organisation");
    case "no_campaign":
      return t("errors.no_campaign");
    case "no_target_states":
      return t("errors.no_target_states");
    case "no_submission":
      return t("errors.no_submission");
    case "no_received_recommendations":
      return t("errors.no_received_recommendations");
    case "unknown_speakers":
      return t("errors.unknown_speakers", { names: quotedNames(e.names) });
    case "no_past_recommendations":
      return t("errors.no_past_recommendations", { state: e.state, session: e.session });
    case "submission_too_long":
      return t(e.kind === "joint" ? "errors.submission_too_long_joint" : "errors.submission_too_long", {
        words: e.words,
        over: e.over,
        limit: e.limit,
      });
    case "stale_record":
      return t(e.deleted ? "errors.stale_record_deleted" : "errors.stale_record", { what: recordName(e.what), name: e.name });
    case "not_found":
      return t("errors.not_found", { what: recordName(e.what), id: e.id });
    case "invalid_input":
      return t("errors.invalid_input", { field: e.field, problem: e.problem });
    case "document_too_long":
      return [t("errors.document_too_long", { problem: overflowProblem(e) }), ...shortenLines(e)].join("\n");
    case "missing_characters":
      return t("errors.missing_characters", {
        list: joined(
          e.missing.map((m) =>
            t("errors.missingScript", {
              script: m.script ? t("errors.missingScriptName", { script: m.script }) : t("errors.missingNoScript"),
              characters: tn("errors.missingCharacters", m.count),
              places: tn("errors.missingPlaces", m.places),
              first: joined(m.first_places),
              names: joined([...m.characters, ...(m.count > m.characters.length ? ["…"] : [])]),
            }),
          ),
          "clauses",
        ),
      });
    case "pdf":
      return t("errors.pdf", { detail: e.detail });
    case "logo_not_an_image":
      return t("errors.logo_not_an_image", { file: e.file });
    case "logo_too_large":
      return t("errors.logo_too_large", {
        file: e.file,
        size: formatNumber(Math.round(e.bytes / 100_000) / 10),
        limit: formatNumber(Math.round(e.limit / 100_000) / 10),
      });
    case "logo_too_many_pixels":
      return t("errors.logo_too_many_pixels", { file: e.file, width: e.width, height: e.height, limit: e.limit });
  }
}
