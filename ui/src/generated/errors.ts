// Generated from upr_core::error by the test
// `error::tests::the_window_types_are_generated_from_rust`. Do not edit.

import type { Overflow } from "./Overflow";
export type { DocumentKind } from "./DocumentKind";
export type { Overflow } from "./Overflow";
export type { OverflowMeasure } from "./OverflowMeasure";
export type { Shorten } from "./Shorten";
export type { DocumentPart } from "./DocumentPart";
export type { DocumentNote } from "./DocumentNote";

export type CoreError = { "code": "data_dir", path: string, problem: IoProblem, } | { "code": "folder_in_use", path: string, } | { "code": "data_folder_taken", path: string, } | { "code": "no_data_dir" } | { "code": "schema_too_new", path: string, found: number, known: number, } | { "code": "store_encrypted", path: string, } | { "code": "wrong_passphrase" } | { "code": "passphrase_too_short", chars: number, min: number, } | { "code": "already_encrypted" } | { "code": "not_encrypted" } | { "code": "store_in_use" } | { "code": "rekey_check_failed", problem: string, } | { "code": "file_encrypted", file: string, } | { "code": "database" } & Detail | { "code": "read_only", path: string, } | { "code": "read_only_upgrade", path: string, } | { "code": "disk_full", detail: string, } | { "code": "disk_write", detail: string, } | { "code": "snapshot_damaged", name: string, problem: string, } | { "code": "read_file", path: string, problem: IoProblem, } | { "code": "write_file", path: string, problem: IoProblem, } | { "code": "output_in_data_folder", path: string, data_dir: string, } | { "code": "output_is_folder", path: string, } | { "code": "output_in_use", path: string, } | { "code": "invalid_file", file: string, problem: ExchangeProblem, } | { "code": "store_not_empty", organisation: string | null, state_under_review: string | null, } | { "code": "invalid_export", file: string, line: number, problem: string, } | { "code": "checker_model", line: number, problem: string, } | { "code": "no_organisation" } | { "code": "no_campaign" } | { "code": "no_target_states" } | { "code": "no_submission" } | { "code": "no_received_recommendations" } | { "code": "no_past_recommendations", state: string, session: number, } | { "code": "submission_too_long", words: number, limit: number, over: number, kind: "individual" | "joint", } | { "code": "stale_record", what: string, name: string, deleted: boolean, } | { "code": "not_found", what: string, id: string, } | { "code": "invalid_input", field: string, problem: string, } | { "code": "document_too_long" } & Overflow | { "code": "missing_characters", missing: Array<MissingCharacters>, } | { "code": "pdf" } & Detail | { "code": "unknown_speakers", names: Array<string>, } | { "code": "coalition_passphrase_needed" } | { "code": "logo_not_an_image", file: string, } | { "code": "logo_too_large", file: string, bytes: number, limit: number, } | { "code": "logo_too_many_pixels", file: string, width: number, height: number, limit: number, };
export type IoProblem = { kind: IoKind, detail: string, };
export type IoKind = "not_found" | "permission_denied" | "already_exists" | "other";
export type Detail = { detail: string, };
export type MissingCharacters = { 
/**
 * "Han", "Arabic"…; "" for characters of no script (emoji, symbols, private use).
 */
script: string, 
/**
 * How many different characters.
 */
count: number, 
/**
 * How many places of the document's sources hold one.
 */
places: number, 
/**
 * The first places ("priority issue 'Torture', fact 2"), in English still; at most
 * [`MissingCharacters::SHOWN`].
 */
first_places: Array<string>, 
/**
 * The first characters by their Unicode names; at most [`MissingCharacters::SHOWN`].
 */
characters: Array<string>, };
export type ExchangeProblem = { "kind": "not_utf8", byte: number, } | { "kind": "cut_short", line: number, column: number, } | { "kind": "not_json", line: number, column: number, detail: string, } | { "kind": "not_ours", found: string | null, } | { "kind": "newer_version", found: number, known: number, } | { "kind": "unknown_version", found: number | null, } | { "kind": "wrong_shape", path: string, detail: string, } | { "kind": "duplicate_id", path: string, id: string, } | { "kind": "empty", path: string, } | { "kind": "out_of_range", path: string, value: string, time: boolean, first: number, last: number, } | { "kind": "unknown_link", path: string, id: string, } | { "kind": "altered" } | { "kind": "other_campaign", found: string, held: string, };

export const ERROR_CODES = [
  "already_encrypted",
  "checker_model",
  "coalition_passphrase_needed",
  "data_dir",
  "data_folder_taken",
  "database",
  "disk_full",
  "disk_write",
  "document_too_long",
  "file_encrypted",
  "folder_in_use",
  "invalid_export",
  "invalid_file",
  "invalid_input",
  "logo_not_an_image",
  "logo_too_large",
  "logo_too_many_pixels",
  "missing_characters",
  "no_campaign",
  "no_data_dir",
  "no_organisation",
  "no_past_recommendations",
  "no_received_recommendations",
  "no_submission",
  "no_target_states",
  "not_encrypted",
  "not_found",
  "output_in_data_folder",
  "output_in_use",
  "output_is_folder",
  "passphrase_too_short",
  "pdf",
  "read_file",
  "read_only",
  "read_only_upgrade",
  "rekey_check_failed",
  "schema_too_new",
  "snapshot_damaged",
  "stale_record",
  "store_encrypted",
  "store_in_use",
  "store_not_empty",
  "submission_too_long",
  "unknown_speakers",
  "write_file",
  "wrong_passphrase",
] as const satisfies readonly CoreError["code"][];
