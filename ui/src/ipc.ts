// The only door to Rust: one typed function per Tauri command. A failure arrives as a
// `UserError` with a code and data shared with Rust (`upr_core::Error`, whose TypeScript type
// is generated), so screens decide on the code and show the message, worded from the
// catalogues, never parse text.
import { Channel, invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { open as openDialog, save as saveDialog } from "@tauri-apps/plugin-dialog";
import { openPath } from "@tauri-apps/plugin-opener";
import type {
  ChangedBy,
  Conflict,
  FolderFile,
  MergeOutcome,
  Settlement,
  ShareChoice,
  SharePreview,
  Campaign,
  CampaignAgenda,
  CountedSubmission,
  CustomMilestone,
  CustomName,
  Language,
  NameInDocuments,
  PastImportReport,
  PastRecommendation,
  PressDetails,
  PastSearch,
  ReceivedRecommendation,
  Response,
  Submission,
  CalendarEntry,
  SubmissionKind,
  Classification,
  DocumentReport,
  DocumentOptions,
  DocumentRequest,
  Preview,
  SpeechText,
  EditableDocument,
  LobbyTargets,
  RestoreReport,
  Snapshot,
  DataLocation,
  Deleted,
  ImportCounts,
  FileContents,
  MovedData,
  Meeting,
  Organisation,
  PriorityIssue,
  Settings,
  Summary,
  TargetState,
  Uuid,
  Workspace,
  PrintProgress,
  PrintRun,
} from "./model";
import { ERROR_CODES, type CoreError } from "./generated/errors";
import { errorText } from "./i18n/errors";

/** The codes of the core's errors (generated from `upr_core::Error`) and the window's own. */
export type ErrorCode = CoreError["code"] | "cancelled" | "unexpected";

/** A failure the user can read. An error from Rust carries its data and is worded from the
 *  catalogues in the window's language whenever its `message` is read; one the window makes
 *  itself brings its own (already translated) message. */
export class UserError extends Error {
  constructor(
    readonly code: ErrorCode,
    private readonly text: string,
    readonly data?: CoreError,
  ) {
    super();
    this.name = "UserError";
  }

  override get message(): string {
    return this.data ? errorText(this.data) : this.text;
  }
}

/** Turns whatever a command threw into a UserError. */
export function toUserError(e: unknown): UserError {
  if (e instanceof UserError) return e;
  if (e && typeof e === "object" && "code" in e && "message" in e) {
    const { code, message } = e as { code: string; message: string };
    // An error of the core carries its data beside the code; an unknown code (an older or
    // newer core) keeps the English message Rust sent.
    if ((ERROR_CODES as readonly string[]).includes(code)) return new UserError(code as ErrorCode, message, e as CoreError);
    return new UserError("unexpected", message);
  }
  return new UserError("unexpected", e instanceof Error ? e.message : String(e));
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toUserError(e);
  }
}

// Argument names are camelCase here; Tauri maps them to the Rust parameters' snake_case.
export const api = {
  summary: () => call<Summary>("summary"),
  workspace: () => call<Workspace>("workspace"),
  /** Opens the encrypted store with its passphrase (the unlock screen). */
  unlock: (passphrase: string) => call<void>("unlock", { passphrase }),
  /** Lock now: the key is wiped and the data file closed; true when locked. */
  lock: () => call<boolean>("lock"),
  storeEncrypted: () => call<boolean>("store_encrypted"),
  encryptData: (passphrase: string) => call<void>("encrypt_data", { passphrase }),
  changePassphrase: (passphrase: string) => call<void>("change_passphrase", { passphrase }),
  decryptData: () => call<void>("decrypt_data"),
  exportDataEncrypted: (path: string, passphrase: string) => call<void>("export_data_encrypted", { path, passphrase }),
  dataLocation: () => call<DataLocation>("data_location"),
  saveOrganisation: (organisation: Organisation) => call<Organisation>("save_organisation", { organisation }),
  /** Makes the image file at `path` the logo; the core checks it (PNG or JPEG, within the
   * limits) and keeps a replaced one in a snapshot. */
  setLogo: (path: string) => call<Organisation>("set_logo", { path }),
  removeLogo: () => call<Organisation>("remove_logo"),
  saveCampaign: (campaign: Campaign) => call<Campaign>("save_campaign", { campaign }),
  savePriorityIssue: (campaignId: Uuid, issue: PriorityIssue) =>
    call<PriorityIssue>("save_priority_issue", { campaignId, issue }),
  deletePriorityIssue: (id: Uuid) => call<Deleted>("delete_priority_issue", { id }),
  reorderPriorityIssues: (campaignId: Uuid, ids: Uuid[]) => call<PriorityIssue[]>("reorder_priority_issues", { campaignId, ids }),
  /** Undo: puts back what a deletion removed (the record and every link that went with it). */
  restoreDeleted: (deleted: Deleted) => call<void>("restore_deleted", { deleted }),
  saveTargetState: (campaignId: Uuid, target: TargetState) =>
    call<TargetState>("save_target_state", { campaignId, target }),
  deleteTargetState: (id: Uuid) => call<Deleted>("delete_target_state", { id }),
  saveMeeting: (campaignId: Uuid, meeting: Meeting) => call<Meeting>("save_meeting", { campaignId, meeting }),
  deleteMeeting: (id: Uuid) => call<Deleted>("delete_meeting", { id }),
  saveSettings: (settings: Settings) => call<void>("save_settings", { settings }),
  exportData: (path: string) => call<void>("export_data", { path }),
  importData: (path: string, replace: boolean, passphrase?: string) =>
    call<ImportCounts>("import_data", { path, replace, passphrase: passphrase ?? null }),
  backupContents: () => call<FileContents>("backup_contents"),
  describeFile: (path: string, passphrase?: string) => call<FileContents>("describe_file", { path, passphrase: passphrase ?? null }),
  showDataFolder: () => call<void>("show_data_folder"),
  moveData: (dir: string) => call<MovedData>("move_data", { dir }),
  classifyRecommendation: (text: string) => call<Classification>("classify_recommendation", { text }),
  lobbyTargets: (issue: string | null) => call<LobbyTargets>("lobby_targets", { issue }),
  /** The campaign's list of speakers (English UN names); empty when not known. */
  listOfSpeakers: () => call<string[]>("list_of_speakers"),
  /** Keeps a pasted list of speakers (empty text forgets it): the States recognised, or
   *  `unknown_speakers` naming those that were not, nothing kept. */
  setListOfSpeakers: (text: string) => call<string[]>("set_list_of_speakers", { text }),
  writeDocument: (request: DocumentRequest, path: string) => call<DocumentReport>("write_document", { request, path }),
  writeBriefs: (options: DocumentOptions, folder: string, onProgress: (p: PrintProgress) => void) => {
    const progress = new Channel<PrintProgress>();
    progress.onmessage = onProgress;
    return call<PrintRun>("write_briefs", { options, folder, progress });
  },
  cancelPrintRun: () => call<void>("cancel_print_run"),
  previewDocument: (request: DocumentRequest) => call<Preview>("preview_document", { request }),
  speechText: (document: EditableDocument, request: DocumentRequest) =>
    call<SpeechText>("speech_text", { document, request }),
  saveSpeechText: (document: EditableDocument, text: string) => call<void>("save_speech_text", { document, text }),
  resetSpeechText: (document: EditableDocument) => call<void>("reset_speech_text", { document }),
  namesInDocuments: () => call<NameInDocuments[]>("names_in_documents"),
  saveCustomName: (name: CustomName) => call<void>("save_custom_name", { name }),
  resetCustomName: (typed: string, language: Language) => call<void>("reset_custom_name", { typed, language }),
  pressDetails: () => call<PressDetails>("press_details"),
  savePressDetails: (details: PressDetails) => call<void>("save_press_details", { details }),
  agenda: (today: string) => call<CampaignAgenda>("agenda", { today }),
  addCalendarDate: (date: string, title: string, notes: string) => call<CustomMilestone>("add_calendar_date", { date, title, notes }),
  markCalendarEntry: (entry: CalendarEntry, done: boolean) => call<string>("mark_calendar_entry", { entry, done }),
  deleteCalendarDate: (id: Uuid) => call<Deleted>("delete_calendar_date", { id }),
  writeCalendar: (today: string, path: string) => call<CampaignAgenda>("write_calendar", { today, path }),
  submissions: () => call<CountedSubmission[]>("submissions"),
  draftSubmission: (kind: SubmissionKind) => call<CountedSubmission>("draft_submission", { kind }),
  saveSubmission: (campaignId: Uuid, submission: Submission) => call<Submission>("save_submission", { campaignId, submission }),
  exportSubmission: (id: Uuid, path: string, draft: boolean) => call<CountedSubmission>("export_submission", { id, path, draft }),
  receivedRecommendations: (campaignId: Uuid) => call<ReceivedRecommendation[]>("received_recommendations", { campaignId }),
  saveReceivedRecommendation: (campaignId: Uuid, recommendation: ReceivedRecommendation) =>
    call<ReceivedRecommendation>("save_received_recommendation", { campaignId, recommendation }),
  deleteReceivedRecommendation: (id: Uuid) => call<Deleted>("delete_received_recommendation", { id }),
  recordPastedList: (text: string, response: Response, cycle: number | null, issue: string | null) =>
    call<ReceivedRecommendation[]>("record_pasted_list", { text, response, cycle, issue }),
  importPastRecommendations: (path: string, onProgress: (done: number, total: number) => void) => {
    const progress = new Channel<[number, number]>();
    progress.onmessage = ([done, total]) => onProgress(done, total);
    return call<PastImportReport>("import_past_recommendations", { path, progress });
  },
  searchPastRecommendations: (query: PastSearch) => call<PastRecommendation[]>("search_past_recommendations", { query }),
  recordReceivedFromDatabase: (session: number) =>
    call<ReceivedRecommendation[]>("record_received_from_database", { session }),
  // The cycle's documents go through the same command as every other document.
  writeMidtermReport: (path: string) => call<DocumentReport>("write_document", { request: { kind: "midterm_report" }, path }),
  writeFactsheet: (issue: string, path: string) => call<DocumentReport>("write_document", { request: { kind: "factsheet", theme: issue }, path }),
  snapshots: () => call<Snapshot[]>("snapshots"),
  takeSnapshot: () => call<Snapshot | null>("take_snapshot"),
  restoreSnapshot: (name: string) => call<RestoreReport>("restore_snapshot", { name }),
  demoShown: () => call<boolean>("demo_shown"),
  startOwn: (organisation: Organisation, campaign: Campaign) => call<ImportCounts>("start_own", { organisation, campaign }),
  showDemoAgain: () => call<ImportCounts>("show_demo_again"),
  /** A fresh window joins a partner's campaign: their share file replaces the demo, under our organisation. */
  joinReplacingDemo: (name: string, acronym: string, path: string, passphrase?: string) =>
    call<MergeOutcome>("join_replacing_demo", { name, acronym, path, passphrase: passphrase ?? null }),
  /** The exchange file the window was started with (a double-click), once; then `null`. */
  takeOpenedFile: () => call<string | null>("take_opened_file"),
  // Coalition work: share files for partners, merging theirs, and the conflicts kept.
  sharePreview: (choice: ShareChoice) => call<SharePreview>("share_preview", { choice }),
  /** `passphrase` encrypts the share file (required when the data is encrypted). */
  shareCampaign: (choice: ShareChoice, path: string, passphrase?: string) =>
    call<SharePreview>("share_campaign", { choice, path, passphrase: passphrase ?? null }),
  /** `passphrase` opens a partner's encrypted share file. */
  mergeShareFile: (path: string, passphrase?: string) => call<MergeOutcome>("merge_share_file", { path, passphrase: passphrase ?? null }),
  conflicts: () => call<Conflict[]>("conflicts"),
  settleConflict: (id: Uuid, settlement: Settlement) => call<Conflict>("settle_conflict", { id, settlement }),
  changedByPartners: () => call<ChangedBy[]>("changed_by_partners"),
  writeToExchangeFolder: () => call<[string, SharePreview]>("write_to_exchange_folder"),
  pickUpExchangeFolder: () => call<FolderFile[]>("pick_up_exchange_folder"),
  /** Sets the coalition passphrase (kept inside the encrypted data), or forgets it with null. */
  setCoalitionPassphrase: (passphrase: string | null) => call<void>("set_coalition_passphrase", { passphrase }),
  hasCoalitionPassphrase: () => call<boolean>("has_coalition_passphrase"),
};

export interface FileFilter {
  name: string;
  extensions: string[];
}

async function dialog<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw toUserError(e);
  }
}

// The native dialogs and the system viewer (tauri-plugin-dialog, tauri-plugin-opener). A
// dialog the user closes gives `null`, which is no error.
export const desktop = {
  chooseSaveFile: (title: string, defaultPath: string, filters: FileFilter[]) =>
    dialog(() => saveDialog({ title, defaultPath, filters })),
  chooseOpenFile: async (title: string, filters: FileFilter[]): Promise<string | null> => {
    const picked = await dialog(() => openDialog({ title, filters, multiple: false, directory: false }));
    return typeof picked === "string" ? picked : null;
  },
  chooseFolder: async (title: string): Promise<string | null> => {
    const picked = await dialog(() => openDialog({ title, multiple: false, directory: true }));
    return typeof picked === "string" ? picked : null;
  },
  openInViewer: (path: string) => dialog(() => openPath(path)),
  /** `run` whenever the app is started again on this data folder (this window came to the
   * front instead of a second one opening). */
  onSecondStart: (run: () => void) => listen("second-start", run),
  /** `run` whenever a second start handed this window a file to open. */
  onOpenFile: (run: () => void) => listen("open-file", run),
  /** `run` with the exchange folder's listing whenever the window's watch merged a partner's
   * share file found there. */
  onExchangeFolder: (run: (files: FolderFile[]) => void) => listen<FolderFile[]>("exchange-folder", (e) => run(e.payload)),
  /** `run` whenever the store locked itself after `auto_lock_minutes` without a command. */
  onStoreLocked: (run: () => void) => listen("store-locked", run),
};
