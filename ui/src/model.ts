// The shapes Rust sends and takes, all generated from the core's Rust types by ts-rs into
// ./generated/ (`make types`; src-tauri/core/tests/generated_types.rs and the core's error
// tests fail while they are stale) and only named here, some under the name the UI knows
// them by. Nothing is written by hand. Ids are UUID strings, instants RFC 3339 strings, days
// "YYYY-MM-DD".

export type Uuid = string;

export type { Organisation } from "./generated/Organisation";
export type { Partner } from "./generated/Partner";
export type { EcosocStatus } from "./generated/EcosocStatus";
export type { Campaign } from "./generated/Campaign";
export type { CustomName } from "./generated/CustomName";
export type { NameInDocuments } from "./generated/NameInDocuments";
export type { NamedParty } from "./generated/NamedParty";
export type { PressDetails } from "./generated/PressDetails";
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
export type { FileContents } from "./generated/FileContents";
export type { MovedData } from "./generated/MovedData";
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
export type { Speaking } from "./generated/Speaking";
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

export type { DataLocation } from "./generated/DataLocation";
/** What the Documents screen asks for: the kind, then the choices every kind shares. */
export type { DocumentRequest } from "./generated/DocumentRequest";
export type { DocumentOptions } from "./generated/DocumentOptions";
export type { PrintProgress } from "./generated/PrintProgress";
export type { PrintRun } from "./generated/PrintRun";
export type { DocumentKind } from "./generated/DocumentKind";
/** What came out, and what a document of the cycle holds. */
export type { DocumentReport } from "./generated/DocumentReport";
export type { DocumentDetails } from "./generated/DocumentDetails";
export type { MidtermSummary } from "./generated/MidtermSummary";
export type { ThemeProgress } from "./generated/ThemeProgress";
export type { FactsheetSummary } from "./generated/FactsheetSummary";
/** Why a document does not fit, and a document's notes. */
export type { Overflow } from "./generated/Overflow";
export type { DocumentNote } from "./generated/DocumentNote";
// The preview of a document: the pages the PDF is painted from, in points, origin at the
// top-left corner, y growing downwards.
export type { Preview } from "./generated/Preview";
export type { SpeechText } from "./generated/SpeechText";
export type { EditableDocument } from "./generated/EditableDocument";
export type { Page as PreviewPage } from "./generated/Page";
export type { Item as PageItem } from "./generated/Item";
export type { Region as PageRegion } from "./generated/Region";
/** A colour, 0–255 per channel. */
export type { Rgb } from "./generated/Rgb";
/** A face of Noto Sans, the documents' family. */
export type { Face } from "./generated/Face";
export type { Author } from "./generated/Author";
export type { Change } from "./generated/Change";
export type { Conflict } from "./generated/Conflict";
export type { FieldDifference } from "./generated/FieldDifference";
export type { MeetingChoice } from "./generated/MeetingChoice";
export type { MergeOutcome } from "./generated/MergeOutcome";
export type { PreviewItem } from "./generated/PreviewItem";
export type { RecordKind } from "./generated/RecordKind";
export type { Settlement } from "./generated/Settlement";
export type { ShareChoice } from "./generated/ShareChoice";
export type { SharePreview } from "./generated/SharePreview";
export type { ChangedBy } from "./generated/ChangedBy";
export type { FolderFile } from "./generated/FolderFile";
