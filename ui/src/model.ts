// The shapes Rust sends and takes. Those of the core are generated from its Rust types by
// ts-rs into ./generated/ (`make types`; src-tauri/core/tests/generated_types.rs fails while
// they are stale) and only named here, some under the name the UI knows them by. Ids are UUID
// strings, instants RFC 3339 strings, days "YYYY-MM-DD".
//
// Written by hand below: the shell's own shapes (src-tauri/app/commands.rs) and the
// documents' report and preview (upr_core::documents), not generated yet.

import type { Language } from "./generated/Language";
import type { Paper } from "./generated/Paper";

export type Uuid = string;

export type { Organisation } from "./generated/Organisation";
export type { Partner } from "./generated/Partner";
export type { EcosocStatus } from "./generated/EcosocStatus";
export type { Campaign } from "./generated/Campaign";
export type { ActionCategory } from "./generated/ActionCategory";
export type { KeyFact } from "./generated/KeyFact";
export type { Question } from "./generated/Question";
export type { Recommendation } from "./generated/Recommendation";
export type { PriorityIssue } from "./generated/PriorityIssue";
export type { Post } from "./generated/Post";
export type { ContactPerson } from "./generated/ContactPerson";
export type { TargetState } from "./generated/TargetState";
export type { MeetingPlace } from "./generated/MeetingPlace";
export type { FollowUp } from "./generated/FollowUp";
export type { Meeting } from "./generated/Meeting";
export type { Paper } from "./generated/Paper";
export type { Language } from "./generated/Language";
export type { Settings } from "./generated/Settings";
export type { MilestoneOffsets } from "./generated/MilestoneOffsets";
export type { Workspace } from "./generated/Workspace";
export type { IssueSummary } from "./generated/IssueSummary";
export type { Summary } from "./generated/Summary";
export type { SnapshotReason } from "./generated/SnapshotReason";
export type { SnapshotContents } from "./generated/SnapshotContents";
export type { Snapshot } from "./generated/Snapshot";
export type { RestoreReport } from "./generated/RestoreReport";
export type { ImportCounts } from "./generated/ImportCounts";
export type { Ask } from "./generated/Ask";
export type { Deleted } from "./generated/Deleted";
export type { Classification } from "./generated/Classification";
export type { Suggestion } from "./generated/Suggestion";
export type { SuggestionKey } from "./generated/SuggestionKey";
export type { StoredRecommendation as PastRecommendation } from "./generated/StoredRecommendation";
export type { PastResponse } from "./generated/PastResponse";
export type { SearchQuery as PastSearch } from "./generated/SearchQuery";
export type { ImportReport as PastImportReport } from "./generated/ImportReport";
export type { LobbyReason } from "./generated/LobbyReason";
export type { FollowedUp } from "./generated/FollowedUp";
export type { Signals } from "./generated/Signals";
export type { LobbyTarget } from "./generated/LobbyTarget";
export type { LobbyTargets } from "./generated/LobbyTargets";
export type { MilestoneKind } from "./generated/MilestoneKind";
export type { CalendarEntry } from "./generated/CalendarEntry";
export type { EntryStatus } from "./generated/EntryStatus";
export type { AgendaEntry } from "./generated/AgendaEntry";
export type { Agenda } from "./generated/Agenda";
export type { CampaignAgenda } from "./generated/CampaignAgenda";
export type { CustomMilestone } from "./generated/CustomMilestone";
export type { SubmissionKind } from "./generated/SubmissionKind";
export type { SubmissionIssue } from "./generated/SubmissionIssue";
export type { Submission } from "./generated/Submission";
export type { WordCount } from "./generated/WordCount";
export type { CountedSubmission } from "./generated/CountedSubmission";
export type { Response } from "./generated/Response";
export type { ImplementationStatus } from "./generated/ImplementationStatus";
export type { Evidence } from "./generated/Evidence";
export type { ReceivedRecommendation } from "./generated/ReceivedRecommendation";

export interface DataLocation {
  data_dir: string;
  data_file: string;
  /** The folder may not be written: everything can be read, nothing saved. */
  read_only: boolean;
}

/** What the Documents screen asks for (`DocumentRequest` in src-tauri/app/commands.rs). */
export interface DocumentRequest {
  kind: DocumentKind;
  language?: Language | null;
  paper?: Paper | null;
  draft?: boolean;
  /** The brief and the talking points: for this delegation. */
  target_state?: string | null;
  /** The lobbying documents: titles of the issues to include; all when empty. */
  issues?: string[];
  /** The factsheet: the priority issue it is on (its title); the first when null. */
  theme?: string | null;
  /** The submission: its id; the first when null. */
  submission?: Uuid | null;
}

/** What came out (`upr_core::documents::DocumentReport`). */
export interface DocumentReport {
  kind: DocumentKind;
  pages: number;
  words: number;
  seconds: number;
  body_size: number;
  notes: DocumentNote[];
  /** What a document of the cycle holds. */
  details:
    | { midterm_report: MidtermSummary }
    | { factsheet: FactsheetSummary }
    | { submission: { words: number; footnote_words: number; annex_words: number; limit: number } }
    | null;
}

// The preview of a document (`upr_core::documents::Preview`): the pages the PDF is painted
// from, in points, origin at the top-left corner, y growing downwards.

/** A colour, 0–255 per channel. */
export type Rgb = [number, number, number];

/** A face of Noto Sans, the documents' family. */
export type Face = "regular" | "bold" | "italic";

export type PageItem =
  | {
      type: "text";
      text: string;
      face: Face;
      size: number;
      color: Rgb;
      /** The left end of the run. */
      x: number;
      baseline: number;
      width: number;
      top: number;
      height: number;
    }
  | { type: "rule"; x0: number; x1: number; y: number; thickness: number; color: Rgb };

export interface PreviewPage {
  width: number;
  height: number;
  items: { item: PageItem; region: "header" | "body" | "footer" }[];
}

/** Why a document does not fit, and a document's notes: generated from Rust. */
export type { DocumentKind, DocumentNote, Overflow } from "./generated/errors";
import type { DocumentKind, DocumentNote, Overflow } from "./generated/errors";

export type Preview =
  | { status: "fits"; pages: PreviewPage[]; report: DocumentReport }
  /** `pages`: as laid out at the smallest size tried, the part past the limit included. */
  | { status: "too_long"; overflow: Overflow; pages: PreviewPage[] };

export interface MidtermSummary {
  pages: number;
  recommendations: number;
  themes: Array<{ theme: string; counts: [number, number, number, number] }>;
}

export interface FactsheetSummary {
  theme: string;
  previous_recommendations: number;
  questions: number;
  recommendations: number;
}
