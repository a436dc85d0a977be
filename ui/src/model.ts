// The shapes Rust sends and takes, mirroring upr_core's serde form (snake_case fields). Ids are
// UUID strings, instants RFC 3339 strings, days "YYYY-MM-DD".

export type Uuid = string;

interface Stamped {
  id: Uuid;
  created_at: string;
  updated_at: string;
}

/** A record saved on its own: its version moves when a save changes it, and a save based on
 * an older version is refused as `stale_record`. 0: made in the window, never saved. */
interface Versioned extends Stamped {
  version: number;
}

export type EcosocStatus = "none" | "general" | "special" | "roster";

export interface Partner extends Stamped {
  name: string;
  acronym: string;
  contact_email: string;
}

export interface Organisation extends Versioned {
  name: string;
  acronym: string;
  contact_email: string;
  contact_phone: string;
  website: string;
  address: string;
  ecosoc_status: EcosocStatus;
  logo?: string | null;
  partners: Partner[];
}

export interface Campaign extends Versioned {
  state_under_review: string;
  cycle: number;
  session: number;
  review_date: string | null;
  adoption_session: string;
}

/** McMahon scale: 1 minimal, 2 continuing, 3 considering, 4 general, 5 specific action. */
export type ActionCategory = 1 | 2 | 3 | 4 | 5;

export interface KeyFact extends Stamped {
  text: string;
  source: string;
}

export interface Question extends Stamped {
  text: string;
}

export interface Recommendation extends Stamped {
  text: string;
  action_category: ActionCategory | null;
  previously_recommended: string;
}

export interface PriorityIssue extends Versioned {
  title: string;
  rank: number;
  upr_issues: string[];
  background: string;
  facts: KeyFact[];
  questions: Question[];
  recommendations: Recommendation[];
}

export type Post = "embassy" | "mission";

export interface ContactPerson extends Stamped {
  name: string;
  role: string;
  post: Post;
  email: string;
  phone: string;
}

export interface TargetState extends Versioned {
  state: string;
  reason: string;
  contacts: ContactPerson[];
  asks: Uuid[];
}

export type MeetingPlace = "capital" | "geneva" | "other";

export interface FollowUp {
  text: string;
  due: string | null;
  done: boolean;
}

export interface Meeting extends Versioned {
  date: string;
  place: MeetingPlace;
  location: string;
  target_state_id: Uuid | null;
  people: string;
  notes: string;
  follow_up: FollowUp | null;
}

export type Paper = "a4" | "letter";
export type Language = "en" | "fr" | "es";

/** Settings as stored; see src-tauri/core/src/settings.rs for the meaning and defaults. */
export interface Settings {
  speaking_rate_wpm: number;
  speaking_rate_ceiling_wpm: number;
  oral_statement_seconds: number;
  joint_oral_statement_seconds: number;
  talking_points_min_seconds: number;
  talking_points_target_seconds: number;
  talking_points_max_seconds: number;
  brief_max_pages: number;
  items_per_issue_min: number;
  items_per_issue_max: number;
  submission_words_individual: number;
  submission_words_joint: number;
  written_statement_words_general: number;
  written_statement_words_special: number;
  paper: Paper;
  document_language: Language;
  ui_language: Language;
  snapshots_kept: number;
  [other: string]: unknown;
}

export interface Workspace {
  organisation: Organisation | null;
  campaign: Campaign | null;
  priority_issues: PriorityIssue[];
  target_states: TargetState[];
  meetings: Meeting[];
  settings: Settings;
}

export interface IssueSummary {
  rank: number;
  title: string;
  facts: number;
  questions: number;
  recommendations: number;
}

export interface Summary {
  organisation: string | null;
  acronym: string;
  partners: string[];
  campaign: Campaign | null;
  other_campaigns: number;
  priority_issues: IssueSummary[];
  target_states: string[];
  meetings: number;
}

export interface DataLocation {
  data_dir: string;
  data_file: string;
  /** The folder may not be written: everything can be read, nothing saved. */
  read_only: boolean;
}

export type SnapshotReason = "manual" | "daily" | "before_replace" | "before_restore" | "before_migration";

/** What a snapshot holds; see src-tauri/core/src/store/snapshots.rs. */
export interface SnapshotContents {
  organisation: string | null;
  campaigns: string[];
  priority_issues: number;
  target_states: number;
  meetings: number;
  past_recommendations: number;
}

export interface Snapshot {
  name: string;
  taken_at: string;
  reason: SnapshotReason;
  bytes: number;
  holds: SnapshotContents | null;
  problem: string | null;
}

export interface RestoreReport {
  restored: Snapshot;
  saved_first: Snapshot;
}

export interface ImportCounts {
  campaigns: number;
  priority_issues: number;
  target_states: number;
  meetings: number;
}

/** The checker's verdict on one recommendation (`upr_core::checker::Classification`). */
export interface Classification {
  category: ActionCategory;
  confidence: number;
  decided_by: string[];
  suggestion: { key: "minimal" | "continuing" | "considering" | "general"; phrase: string } | null;
  /** The same quotations, each with the part of the recommendation it is. */
  because: { phrase: string; part: "action" | "means" | "word" }[];
}

export interface PastRecommendation {
  id: number;
  state_under_review: string;
  text: string;
  recommending_state: string;
  recommending_group: string;
  state_under_review_group: string;
  response: string;
  response_as_recorded: string;
  action_category: ActionCategory | null;
  issues: string[];
  session: number | null;
  cycle: number | null;
}

/** Why a State ranks where it does (`upr_core::recommendations::LobbyReason`): numbers and kinds, worded by the screen. */
export type LobbyReason =
  | { kind: "follow_up"; recommendations: number; supported: number; noted: number; followed_up: { followed: number; of: number } | null; points: number }
  | { kind: "record"; recommendations: number; specific: number; since_session: number | null; recent: number; recent_sessions: number; points: number }
  | { kind: "record_in_group"; recommendations: number; group: string; points: number }
  | { kind: "same_group"; group: string; points: number };

/** A recommending State worth meeting, with its evidence (`upr_core::recommendations::LobbyTarget`). */
export interface LobbyTarget {
  recommending_state: string;
  regional_group: string;
  score: number;
  to_this_state: number;
  to_others: number;
  specific: number;
  supported_by_this_state: number;
  noted_by_this_state: number;
  /** The weightiest first. */
  reasons: LobbyReason[];
  evidence: PastRecommendation[];
}

export interface LobbyTargets {
  state_under_review: string;
  issues: string[];
  targets: LobbyTarget[];
}

/** What the Documents screen asks for (`DocumentRequest` in src-tauri/app/commands.rs). */
export interface DocumentRequest {
  kind: "brief" | "talking_points" | "oral_statement";
  target_state: string | null;
  /** Titles of the issues to include; all when empty. */
  issues: string[];
  language: Language | null;
  paper: Paper | null;
}

/** What came out (`upr_core::documents::DocumentReport`). */
export interface DocumentReport {
  kind: "brief" | "talking_points" | "oral_statement";
  pages: number;
  words: number;
  seconds: number;
  body_size: number;
  notes: string[];
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

/** Why a document does not fit (`upr_core::documents::Overflow`). */
export interface Overflow {
  kind: DocumentReport["kind"];
  problem: string;
  words_over: number;
  lines_over: number | null;
  shorten: string[];
}

export type Preview =
  | { status: "fits"; pages: PreviewPage[]; report: DocumentReport }
  | { status: "too_long"; overflow: Overflow };

// The UPR cycle around the documents (upr_core::calendar, ::submission, ::monitoring).

export type MilestoneKind =
  | "national_consultations"
  | "submission_deadline"
  | "capitals_lobbying"
  | "documents_published"
  | "geneva_lobbying"
  | "pre_session"
  | "review"
  | "side_event_and_press"
  | "oral_statement_signup"
  | "adoption"
  | "midterm_report";

export type EntryStatus = "done" | "past" | "late" | "under_way" | "next" | "upcoming";

/** One line of the calendar: a computed milestone (`kind`) or a date the user added (`custom_id`). */
export interface AgendaEntry {
  kind: MilestoneKind | null;
  custom_id: Uuid | null;
  title: string;
  notes: string;
  start: string;
  end: string;
  /** "HH:MM:SS" in Geneva time, for the oral-statement sign-up. */
  geneva_time: string | null;
  utc: string | null;
  estimated: boolean;
  status: EntryStatus;
}

export interface CampaignAgenda {
  campaign: Campaign;
  agenda: { today: string; entries: AgendaEntry[] };
}

export interface CustomMilestone extends Versioned {
  date: string;
  title: string;
  notes: string;
  done: boolean;
}

/** settings.rs `MilestoneOffsets`: when each moment falls, counted from the review. */
export interface MilestoneOffsets {
  consultations_months_before_review: number;
  submission_months_before_review: number;
  documents_weeks_before_review: number;
  capitals_lobbying_from_months_before_review: number;
  capitals_lobbying_until_months_before_review: number;
  geneva_lobbying_from_months_before_review: number;
  geneva_lobbying_until_months_before_review: number;
  pre_session_weeks_before_review: number;
  side_event_days_after_review: number;
  adoption_months_after_review: number;
  adoption_weeks_into_session: number;
  oral_statement_signup_weeks_before_session: number;
  midterm_report_months_after_review: number;
  [other: string]: unknown;
}

export type SubmissionKind = "individual" | "joint";

export interface SubmissionIssue {
  heading: string;
  paragraphs: string[];
}

export interface Submission extends Versioned {
  title: string;
  kind: SubmissionKind;
  partners: string[];
  /** Paragraphs separated by blank lines. */
  summary: string;
  issues: SubmissionIssue[];
  recommendations: string[];
  /** Not counted against the limit. */
  annexes: string;
}

export interface WordCount {
  words: number;
  footnote_words: number;
  annex_words: number;
  limit: number;
}

export interface CountedSubmission {
  submission: Submission;
  count: WordCount;
}

export type Response = "supported" | "noted" | "pending";
export type ImplementationStatus = "not_started" | "partially" | "fully" | "regressed";

export interface Evidence extends Stamped {
  date: string;
  text: string;
  source: string;
}

export interface ReceivedRecommendation extends Versioned {
  cycle: number | null;
  reference: string;
  text: string;
  recommending_state: string;
  response: Response;
  priority_issue_id: Uuid | null;
  status: ImplementationStatus;
  responsible: string;
  evidence: Evidence[];
}

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

/** A search of the database: words (may be empty) and filters, all of which must hold. */
export interface PastSearch {
  text: string;
  state_under_review: string | null;
  recommending_state: string | null;
  issue: string | null;
  session: number | null;
  response: "supported" | "noted" | "unknown" | null;
  action_category: number | null;
  limit: number;
}

export interface PastImportReport {
  file: string;
  encoding: string;
  read: number;
  added: number;
  already_present: number;
  unknown_columns: string[];
}

/** A target State asked to make one of the campaign's recommendations. */
export interface Ask {
  target_state_id: Uuid;
  recommendation_id: Uuid;
  position: number;
}

/** What a deletion removed, as the core returns it; Undo hands it back whole. */
export type Deleted =
  | { kind: "priority_issue"; campaign_id: Uuid; issue: PriorityIssue; asks: Ask[]; received_recommendations: Uuid[] }
  | { kind: "target_state"; campaign_id: Uuid; position: number; target: TargetState; meetings: Uuid[] }
  | { kind: "meeting"; campaign_id: Uuid; meeting: Meeting }
  | { kind: "submission"; campaign_id: Uuid; submission: Submission }
  | { kind: "received_recommendation"; campaign_id: Uuid; position: number; recommendation: ReceivedRecommendation }
  | { kind: "calendar_date"; campaign_id: Uuid; date: CustomMilestone };
