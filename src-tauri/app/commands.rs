//! The Tauri commands: the window's only door into the core. Each one takes its arguments,
//! makes one core call and maps the error to [`CommandError`], which the UI receives as
//! `{ code, message, …data }`, matches on `code` and words it from its catalogues with the data
//! (the codes' TypeScript type is generated from `upr_core::Error`).
//!
//! Every command is `async`: Tauri runs those off the main thread, so a long save or import
//! never freezes the window.

use std::path::PathBuf;
use std::sync::atomic::Ordering;

use chrono::NaiveDate;
use serde::Serialize;
use tauri::ipc::Channel;
use tauri::State;
use upr_core::calendar::{CalendarEntry, CampaignAgenda, CustomMilestone};
use upr_core::checker::Classification;
use upr_core::coalition::{
    ChangedBy, Conflict, FolderFile, MergeOutcome, Settlement, ShareChoice, SharePreview,
};
use upr_core::data_folder::MovedData;
use upr_core::documents::{
    DocumentOptions, DocumentReport, DocumentRequest, NameInDocuments, Preview, PrintProgress,
    PrintRun, SpeechText,
};
use upr_core::exchange::{Document, FileContents, ImportCounts};
use upr_core::language::Language;
use upr_core::model::{
    Campaign, CustomName, EditableDocument, Meeting, Organisation, PressDetails, PriorityIssue,
    TargetState,
};
use upr_core::monitoring::{ReceivedRecommendation, Response};
use upr_core::passphrase::Passphrase;
use upr_core::recommendations::{ImportReport, LobbyTargets, SearchQuery, StoredRecommendation};
use upr_core::settings::Settings;
use upr_core::store::{
    DataLocation, Deleted, RestoreReport, Snapshot, SnapshotReason, Summary, Workspace,
};
use upr_core::submission::{CountedSubmission, Submission, SubmissionKind};
use uuid::Uuid;

use super::AppState;

pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        summary,
        workspace,
        unlock,
        lock,
        store_encrypted,
        encrypt_data,
        change_passphrase,
        decrypt_data,
        export_data_encrypted,
        data_location,
        show_data_folder,
        move_data,
        save_organisation,
        save_campaign,
        save_priority_issue,
        delete_priority_issue,
        reorder_priority_issues,
        save_target_state,
        delete_target_state,
        save_meeting,
        delete_meeting,
        restore_deleted,
        save_settings,
        export_data,
        import_data,
        backup_contents,
        describe_file,
        classify_recommendation,
        lobby_targets,
        write_document,
        write_briefs,
        cancel_print_run,
        preview_document,
        speech_text,
        save_speech_text,
        reset_speech_text,
        names_in_documents,
        save_custom_name,
        reset_custom_name,
        press_details,
        save_press_details,
        agenda,
        add_calendar_date,
        mark_calendar_entry,
        delete_calendar_date,
        write_calendar,
        submissions,
        draft_submission,
        save_submission,
        export_submission,
        received_recommendations,
        save_received_recommendation,
        delete_received_recommendation,
        record_pasted_list,
        record_received_from_database,
        import_past_recommendations,
        search_past_recommendations,
        snapshots,
        take_snapshot,
        restore_snapshot,
        demo_shown,
        start_own,
        join_replacing_demo,
        show_demo_again,
        super::opened_file::take_opened_file,
        share_preview,
        share_campaign,
        merge_share_file,
        conflicts,
        settle_conflict,
        changed_by_partners,
        write_to_exchange_folder,
        pick_up_exchange_folder,
        list_of_speakers,
        set_list_of_speakers,
        set_coalition_passphrase,
        has_coalition_passphrase,
        set_logo,
        remove_logo,
    ]
}

/// An error as the UI sees it: the core's `{ code, …data }` (`upr_core::Error`'s serde form),
/// which the window words from its catalogues, and the core's English as `message`, a
/// fallback for logs.
#[derive(Debug, Clone, Serialize)]
pub struct CommandError {
    pub code: &'static str,
    pub message: String,
    #[serde(flatten)]
    pub data: serde_json::Map<String, serde_json::Value>,
}

impl From<upr_core::Error> for CommandError {
    fn from(e: upr_core::Error) -> Self {
        // The core's error always serialises to an object (serde's internal tag); should it
        // not, the window still has the code and words it without the data.
        let mut data = match serde_json::to_value(&e) {
            Ok(serde_json::Value::Object(data)) => data,
            _ => serde_json::Map::new(),
        };
        data.remove("code");
        CommandError {
            code: e.code(),
            message: e.to_string(),
            data,
        }
    }
}

type Reply<T> = Result<T, CommandError>;

/// What the store holds, in short.
#[tauri::command]
async fn summary(state: State<'_, AppState>) -> Reply<Summary> {
    state.with_store(|store| store.summary())
}

/// Everything the window shows of the current campaign.
/// The passphrase of an encrypted store, typed on the unlock screen.
#[tauri::command]
async fn unlock(state: State<'_, AppState>, passphrase: String) -> Reply<()> {
    state.unlock(&Passphrase::new(passphrase))
}

/// Lock now (Ctrl+L): the key is wiped and the data file closed; true when locked.
#[tauri::command]
async fn lock(state: State<'_, AppState>) -> Reply<bool> {
    state.lock()
}

/// Whether the data file is encrypted (Settings → Encryption).
#[tauri::command]
async fn store_encrypted(state: State<'_, AppState>) -> Reply<bool> {
    state.with_store(|store| Ok(store.is_encrypted()))
}

#[tauri::command]
async fn encrypt_data(state: State<'_, AppState>, passphrase: String) -> Reply<()> {
    state.with_store(|store| store.encrypt(&Passphrase::new_checked(passphrase)?))
}

#[tauri::command]
async fn change_passphrase(state: State<'_, AppState>, passphrase: String) -> Reply<()> {
    state.with_store(|store| store.change_passphrase(&Passphrase::new_checked(passphrase)?))
}

#[tauri::command]
async fn decrypt_data(state: State<'_, AppState>) -> Reply<()> {
    state.with_store(|store| store.decrypt())
}

/// An encrypted backup (age, with a passphrase), for keeping away from this computer.
#[tauri::command]
async fn export_data_encrypted(
    state: State<'_, AppState>,
    path: PathBuf,
    passphrase: String,
) -> Reply<()> {
    state.with_store(|store| {
        let passphrase = Passphrase::new_checked(passphrase)?;
        upr_core::exchange::export_encrypted_to(store, &path, &passphrase).map(|_| ())
    })
}

#[tauri::command]
async fn workspace(state: State<'_, AppState>) -> Reply<Workspace> {
    state.with_store(|store| store.workspace())
}

/// Where the data file is, and whether it can be written, for the Settings screen and the
/// read-only banner.
#[tauri::command]
async fn data_location(state: State<'_, AppState>) -> Reply<DataLocation> {
    // A store that could not be opened says why on every other command.
    let read_only = state
        .with_store(|store| Ok(store.is_read_only()))
        .unwrap_or(false);
    Ok(DataLocation::of(&state.data_dir(), read_only))
}

/// Opens the data folder in the system's file manager ("Show the data folder"). Done here,
/// not from the page, so the page's opener permission stays limited to PDFs it wrote.
#[tauri::command]
async fn show_data_folder(state: State<'_, AppState>) -> Reply<()> {
    let data_dir = state.data_dir();
    tauri_plugin_opener::open_path(&data_dir, None::<&str>).map_err(|e| {
        upr_core::Error::DataDir {
            path: data_dir.clone(),
            source: std::io::Error::other(e.to_string()),
        }
        .into()
    })
}

/// "Move my data to…": copies the data file into `dir`, checks the copy, remembers `dir` for
/// the next start, and switches this window to it (`AppState::move_data`).
#[tauri::command]
async fn move_data(state: State<'_, AppState>, dir: PathBuf) -> Reply<MovedData> {
    state.move_data(&dir)
}

/// Whether the window shows the fictional demo (and says so).
#[tauri::command]
async fn demo_shown(state: State<'_, AppState>) -> Reply<bool> {
    state.with_store(upr_core::demo::is_shown)
}

/// The first-run setup: the user's own organisation and campaign replace the demo.
#[tauri::command]
async fn start_own(
    state: State<'_, AppState>,
    organisation: Organisation,
    campaign: Campaign,
) -> Reply<ImportCounts> {
    state.with_store(|store| upr_core::demo::start_own(store, organisation, campaign))
}

/// A fresh window joins a partner's campaign: the share file at `path` replaces the demo,
/// under the user's own organisation; `passphrase` opens an encrypted share file.
#[tauri::command]
async fn join_replacing_demo(
    state: State<'_, AppState>,
    name: String,
    acronym: String,
    path: PathBuf,
    passphrase: Option<String>,
) -> Reply<MergeOutcome> {
    let passphrase = passphrase.map(Passphrase::new);
    state.with_store(|store| {
        upr_core::demo::join_replacing_demo(store, &name, &acronym, &path, passphrase.as_ref())
    })
}

/// The demo shown again in place of what the store holds.
#[tauri::command]
async fn show_demo_again(state: State<'_, AppState>) -> Reply<ImportCounts> {
    state.with_store(upr_core::demo::show_again)
}

#[tauri::command]
async fn save_organisation(
    state: State<'_, AppState>,
    organisation: Organisation,
) -> Reply<Organisation> {
    state.with_store(|store| store.save_organisation(organisation))
}

/// Makes the image file at `path` the organisation's logo (checked by the core: PNG or JPEG,
/// within the settings' limits).
#[tauri::command]
async fn set_logo(state: State<'_, AppState>, path: PathBuf) -> Reply<Organisation> {
    state.with_store(|store| upr_core::logo::set_logo(store, &path))
}

#[tauri::command]
async fn remove_logo(state: State<'_, AppState>) -> Reply<Organisation> {
    state.with_store(upr_core::logo::remove_logo)
}

#[tauri::command]
async fn save_campaign(state: State<'_, AppState>, campaign: Campaign) -> Reply<Campaign> {
    state.with_store(|store| store.save_campaign(campaign))
}

#[tauri::command]
async fn save_priority_issue(
    state: State<'_, AppState>,
    campaign_id: Uuid,
    issue: PriorityIssue,
) -> Reply<PriorityIssue> {
    state.with_store(|store| store.save_priority_issue(campaign_id, issue))
}

/// Deletes an issue; what it returns (the issue and every link that went with it) is what
/// Undo gives back to [`restore_deleted`].
#[tauri::command]
async fn delete_priority_issue(state: State<'_, AppState>, id: Uuid) -> Reply<Deleted> {
    state.with_store(|store| store.delete_priority_issue(id))
}

#[tauri::command]
async fn reorder_priority_issues(
    state: State<'_, AppState>,
    campaign_id: Uuid,
    ids: Vec<Uuid>,
) -> Reply<Vec<PriorityIssue>> {
    state.with_store(|store| store.reorder_priority_issues(campaign_id, &ids))
}

#[tauri::command]
async fn save_target_state(
    state: State<'_, AppState>,
    campaign_id: Uuid,
    target: TargetState,
) -> Reply<TargetState> {
    state.with_store(|store| store.save_target_state(campaign_id, target))
}

#[tauri::command]
async fn delete_target_state(state: State<'_, AppState>, id: Uuid) -> Reply<Deleted> {
    state.with_store(|store| store.delete_target_state(id))
}

#[tauri::command]
async fn save_meeting(
    state: State<'_, AppState>,
    campaign_id: Uuid,
    meeting: Meeting,
) -> Reply<Meeting> {
    state.with_store(|store| store.save_meeting(campaign_id, meeting))
}

#[tauri::command]
async fn delete_meeting(state: State<'_, AppState>, id: Uuid) -> Reply<Deleted> {
    state.with_store(|store| store.delete_meeting(id))
}

/// Undo of a deletion: puts back everything the deletion removed.
#[tauri::command]
async fn restore_deleted(state: State<'_, AppState>, deleted: Deleted) -> Reply<()> {
    state.with_store(|store| store.restore(&deleted))
}

#[tauri::command]
async fn save_settings(state: State<'_, AppState>, settings: Settings) -> Reply<()> {
    state.with_store(|store| store.save_settings(&settings))
}

/// Writes a backup of everything to `path` (chosen by the user in the Save dialog).
#[tauri::command]
async fn export_data(state: State<'_, AppState>, path: PathBuf) -> Reply<()> {
    state.with_store(|store| upr_core::exchange::export_to(store, &path).map(|_| ()))
}

/// Restores a backup or a partner's file; `replace` must be set when the store holds data.
#[tauri::command]
async fn import_data(
    state: State<'_, AppState>,
    path: PathBuf,
    replace: bool,
    passphrase: Option<String>,
) -> Reply<ImportCounts> {
    let passphrase = passphrase.map(Passphrase::new);
    state.with_store(|store| {
        let doc = Document::read_with(&path, passphrase.as_ref())?;
        upr_core::exchange::import(store, &doc, replace)
    })
}

/// What a backup written now would hold (contact persons, meeting notes), said before the
/// Save dialog.
#[tauri::command]
async fn backup_contents(state: State<'_, AppState>) -> Reply<FileContents> {
    state.with_store(upr_core::exchange::backup_contents)
}

/// What the exchange file at `path` holds, read without importing it: shown before a
/// restore replaces anything. Needs no store.
#[tauri::command]
async fn describe_file(path: PathBuf, passphrase: Option<String>) -> Reply<FileContents> {
    let passphrase = passphrase.map(Passphrase::new);
    Ok(upr_core::exchange::describe_file(
        &path,
        passphrase.as_ref(),
    )?)
}

/// The checker's action category for a recommendation being written, with a hint to make it
/// specific. Needs no store: the model ships in the binary.
#[tauri::command]
async fn classify_recommendation(text: String) -> Reply<Classification> {
    Ok(upr_core::checker::classify(&text)?)
}

/// Whom to lobby for the campaign's priority issues (all of them when `issue` is `None`),
/// from the database of past recommendations.
#[tauri::command]
async fn lobby_targets(state: State<'_, AppState>, issue: Option<String>) -> Reply<LobbyTargets> {
    state.with_store(|store| upr_core::recommendations::lobby_targets(store, issue.as_deref()))
}

/// The campaign's list of speakers (empty: not known).
#[tauri::command]
async fn list_of_speakers(state: State<'_, AppState>) -> Reply<Vec<String>> {
    state.with_store(upr_core::recommendations::list_of_speakers)
}

/// Keeps a pasted list of speakers as the campaign's (empty text forgets it); returns the
/// States recognised, in order, or `unknown_speakers` naming those that were not.
#[tauri::command]
async fn set_list_of_speakers(state: State<'_, AppState>, text: String) -> Reply<Vec<String>> {
    state.with_store(|store| upr_core::recommendations::set_list_of_speakers(store, &text))
}

/// The print run: a brief for every target State into `folder`, and the combined PDF with
/// the agenda. The store is held only while the run is read from it; the briefs are laid out
/// and written without it, so the window's saves go on meanwhile. Each file finished is sent
/// on `progress`; `cancel_print_run` stops it between two files.
#[tauri::command]
async fn write_briefs(
    state: State<'_, AppState>,
    options: DocumentOptions,
    folder: PathBuf,
    progress: Channel<PrintProgress>,
) -> Reply<PrintRun> {
    state.print_run_cancel.store(false, Ordering::Relaxed);
    let plan =
        state.with_store(|store| upr_core::documents::plan_briefs(store, &options, &folder))?;
    let tell = &mut |p: &PrintProgress| {
        // A window closed mid-run stops listening; the run itself goes on.
        let _ = progress.send(p.clone());
    };
    Ok(plan.write(tell, &state.print_run_cancel)?)
}

/// Stops the print run under way after the file being written.
#[tauri::command]
async fn cancel_print_run(state: State<'_, AppState>) -> Reply<()> {
    state.print_run_cancel.store(true, Ordering::Relaxed);
    Ok(())
}

/// Writes a document to `path` (chosen in the Save dialog or typed by the user), in the
/// format its name asks for (the letter's and the written statement's `.docx`, the press
/// release's `.txt`, else PDF). A document that does not fit comes back as
/// `document_too_long` with what to shorten; nothing is written.
#[tauri::command]
async fn write_document(
    state: State<'_, AppState>,
    request: DocumentRequest,
    path: PathBuf,
) -> Reply<DocumentReport> {
    state.with_store(|store| {
        upr_core::documents::write_file(store, request.kind, &request.options, &path)
    })
}

/// The pages of the chosen document as the PDF would have them, for the screen's preview;
/// a document that does not fit comes back as advice, not as an error.
#[tauri::command]
async fn preview_document(state: State<'_, AppState>, request: DocumentRequest) -> Reply<Preview> {
    state.with_store(|store| upr_core::documents::preview(store, request.kind, &request.options))
}

/// A speech's text for the editor (the oral statement's or the talking points'): the generated
/// one (in the request's language, on its issues) and the campaign's edit, with the rate and
/// the slot the counter needs.
#[tauri::command]
async fn speech_text(
    state: State<'_, AppState>,
    document: EditableDocument,
    request: DocumentRequest,
) -> Reply<SpeechText> {
    state.with_store(|store| upr_core::documents::speech_text(store, document, &request.options))
}

/// Keeps the user's text as the campaign's text of the speech.
#[tauri::command]
async fn save_speech_text(
    state: State<'_, AppState>,
    document: EditableDocument,
    text: String,
) -> Reply<()> {
    state.with_store(|store| upr_core::documents::save_speech_text(store, document, &text))
}

/// Forgets the edit: the speech is generated again.
#[tauri::command]
async fn reset_speech_text(state: State<'_, AppState>, document: EditableDocument) -> Reply<()> {
    state.with_store(|store| upr_core::documents::reset_speech_text(store, document))
}

/// The State under Review and the organisation as the documents' sentences name them, in
/// every document language.
#[tauri::command]
async fn names_in_documents(state: State<'_, AppState>) -> Reply<Vec<NameInDocuments>> {
    state.with_store(upr_core::documents::names_in_documents)
}

/// Keeps the campaign's own words for a name in one language.
#[tauri::command]
async fn save_custom_name(state: State<'_, AppState>, name: CustomName) -> Reply<()> {
    state.with_store(|store| upr_core::documents::save_custom_name(store, &name))
}

/// Forgets them: the UN's list (or the name as typed) is used again.
#[tauri::command]
async fn reset_custom_name(
    state: State<'_, AppState>,
    typed: String,
    language: Language,
) -> Reply<()> {
    state.with_store(|store| upr_core::documents::reset_custom_name(store, &typed, language))
}

/// What the current campaign's press release says beyond the campaign.
#[tauri::command]
async fn press_details(state: State<'_, AppState>) -> Reply<PressDetails> {
    state.with_store(upr_core::documents::press_details)
}

/// Keeps the press details of the current campaign.
#[tauri::command]
async fn save_press_details(state: State<'_, AppState>, details: PressDetails) -> Reply<()> {
    state.with_store(|store| upr_core::documents::save_press_details(store, &details))
}

// The UPR cycle around the documents: calendar, stakeholder submission, implementation.

/// The current campaign's calendar on `today` (the user's day, sent by the window).
#[tauri::command]
async fn agenda(state: State<'_, AppState>, today: NaiveDate) -> Reply<CampaignAgenda> {
    state.with_store(|store| upr_core::calendar::current_agenda(store, today))
}

/// Adds a date of the user's own beside the computed milestones.
#[tauri::command]
async fn add_calendar_date(
    state: State<'_, AppState>,
    date: NaiveDate,
    title: String,
    notes: String,
) -> Reply<CustomMilestone> {
    state.with_store(|store| upr_core::calendar::add_calendar_date(store, date, &title, &notes))
}

/// Marks a milestone (by its kind) or one of the user's dates (by its id) done or not done.
#[tauri::command]
async fn mark_calendar_entry(
    state: State<'_, AppState>,
    entry: CalendarEntry,
    done: bool,
) -> Reply<String> {
    state.with_store(|store| upr_core::calendar::mark_calendar_entry(store, entry, done))
}

#[tauri::command]
async fn delete_calendar_date(state: State<'_, AppState>, id: Uuid) -> Reply<Deleted> {
    state.with_store(|store| store.delete_custom_milestone(id))
}

/// Writes the calendar as an .ics file to `path` (chosen in the Save dialog).
#[tauri::command]
async fn write_calendar(
    state: State<'_, AppState>,
    today: NaiveDate,
    path: PathBuf,
) -> Reply<CampaignAgenda> {
    state.with_store(|store| upr_core::calendar::write_ics(store, today, &path, None))
}

/// The current campaign's stakeholder submissions with their word counts.
#[tauri::command]
async fn submissions(state: State<'_, AppState>) -> Reply<Vec<CountedSubmission>> {
    state.with_store(upr_core::submission::counted_submissions)
}

/// Starts a submission from the campaign's priority issues.
#[tauri::command]
async fn draft_submission(
    state: State<'_, AppState>,
    kind: SubmissionKind,
) -> Reply<CountedSubmission> {
    state.with_store(|store| upr_core::submission::draft_submission(store, kind))
}

#[tauri::command]
async fn save_submission(
    state: State<'_, AppState>,
    campaign_id: Uuid,
    submission: Submission,
) -> Reply<Submission> {
    state.with_store(|store| store.save_submission(campaign_id, submission))
}

/// Writes the submission `id` to `path` (.docx or .pdf). Over the word limit it is refused
/// as `submission_too_long` unless `draft` is set.
#[tauri::command]
async fn export_submission(
    state: State<'_, AppState>,
    id: Uuid,
    path: PathBuf,
    draft: bool,
) -> Reply<CountedSubmission> {
    state.with_store(|store| {
        upr_core::documents::export_submission(store, Some(id), &path, None, draft)
    })
}

/// The recommendations the State received, in the order recorded.
#[tauri::command]
async fn received_recommendations(
    state: State<'_, AppState>,
    campaign_id: Uuid,
) -> Reply<Vec<ReceivedRecommendation>> {
    state.with_store(|store| store.received_recommendations(campaign_id))
}

/// Saves one received recommendation as edited: response, status, responsible, evidence.
#[tauri::command]
async fn save_received_recommendation(
    state: State<'_, AppState>,
    campaign_id: Uuid,
    recommendation: ReceivedRecommendation,
) -> Reply<ReceivedRecommendation> {
    state.with_store(|store| store.save_received_recommendation(campaign_id, recommendation))
}

#[tauri::command]
async fn delete_received_recommendation(state: State<'_, AppState>, id: Uuid) -> Reply<Deleted> {
    state.with_store(|store| store.delete_received_recommendation(id))
}

/// Records a list pasted in the window, one recommendation per line, all or none.
#[tauri::command]
async fn record_pasted_list(
    state: State<'_, AppState>,
    text: String,
    response: Response,
    cycle: Option<u32>,
    issue: Option<String>,
) -> Reply<Vec<ReceivedRecommendation>> {
    state.with_store(|store| {
        upr_core::monitoring::record_pasted_list(store, &text, response, cycle, issue.as_deref())
    })
}

/// Imports a file of past recommendations (UPR Info's export, a UTF-8 or Index CSV), all or
/// none, telling the window `(done, total)` rows as it goes.
#[tauri::command]
async fn import_past_recommendations(
    state: State<'_, AppState>,
    path: PathBuf,
    progress: Channel<(usize, usize)>,
) -> Reply<ImportReport> {
    state.with_store(|store| {
        upr_core::recommendations::import_file(store, &path, &mut |done, total| {
            // A window closed mid-import stops listening; the import itself goes on.
            let _ = progress.send((done, total));
        })
    })
}

/// Searches the database of past recommendations.
#[tauri::command]
async fn search_past_recommendations(
    state: State<'_, AppState>,
    query: SearchQuery,
) -> Reply<Vec<StoredRecommendation>> {
    state.with_store(|store| upr_core::recommendations::search(store, &query))
}

/// Records what the State received at one review, taken from the database of past
/// recommendations, all or none; those already recorded are left out.
#[tauri::command]
async fn record_received_from_database(
    state: State<'_, AppState>,
    session: u32,
) -> Reply<Vec<ReceivedRecommendation>> {
    state.with_store(|store| {
        upr_core::monitoring::record_received_from_database(store, session, &Default::default())
    })
}

/// The snapshots of the store, newest first, each with what it holds.
#[tauri::command]
async fn snapshots(state: State<'_, AppState>) -> Reply<Vec<Snapshot>> {
    state.with_store(|store| store.snapshots())
}

/// Takes a snapshot now (`None` only for a store in memory, which the window never has).
#[tauri::command]
async fn take_snapshot(state: State<'_, AppState>) -> Reply<Option<Snapshot>> {
    state.with_store(|store| store.take_snapshot(SnapshotReason::Manual))
}

/// Puts a snapshot back, after a snapshot of what the store holds now.
#[tauri::command]
async fn restore_snapshot(state: State<'_, AppState>, name: String) -> Reply<RestoreReport> {
    state.with_store(|store| store.restore_snapshot(&name))
}

/// What a share file for `choice` will contain, before it is written.
#[tauri::command]
async fn share_preview(state: State<'_, AppState>, choice: ShareChoice) -> Reply<SharePreview> {
    state.with_store(|store| upr_core::coalition::preview(store, &choice))
}

/// Writes the share file for `choice` to `path` (chosen in the Save dialog), encrypted with
/// `passphrase` when one is given (required when the data is encrypted).
#[tauri::command]
async fn share_campaign(
    state: State<'_, AppState>,
    choice: ShareChoice,
    path: PathBuf,
    passphrase: Option<String>,
) -> Reply<SharePreview> {
    state.with_store(|store| {
        let passphrase = passphrase.map(Passphrase::new_checked).transpose()?;
        upr_core::coalition::share(store, &choice, &path, passphrase.as_ref())
    })
}

/// Merges a partner's share file (opened with `passphrase` when it is encrypted); records
/// changed on both sides become conflicts.
#[tauri::command]
async fn merge_share_file(
    state: State<'_, AppState>,
    path: PathBuf,
    passphrase: Option<String>,
) -> Reply<MergeOutcome> {
    let passphrase = passphrase.map(Passphrase::new);
    state.with_store(|store| upr_core::coalition::merge_file(store, &path, passphrase.as_ref()))
}

/// The records changed both here and by a partner, side by side.
#[tauri::command]
async fn conflicts(state: State<'_, AppState>) -> Reply<Vec<Conflict>> {
    state.with_store(upr_core::coalition::conflicts)
}

/// Settles one conflict: ours, theirs, or the version the user made field by field.
#[tauri::command]
async fn settle_conflict(
    state: State<'_, AppState>,
    id: Uuid,
    settlement: Settlement,
) -> Reply<Conflict> {
    state.with_store(|store| upr_core::coalition::settle(store, id, settlement))
}

/// The records a partner changed last, for the window's discreet "last changed by".
#[tauri::command]
async fn changed_by_partners(state: State<'_, AppState>) -> Reply<Vec<ChangedBy>> {
    state.with_store(upr_core::coalition::changed_by_partners)
}

/// Writes this organisation's share file into the exchange folder; returns where and what.
#[tauri::command]
async fn write_to_exchange_folder(state: State<'_, AppState>) -> Reply<(PathBuf, SharePreview)> {
    state.with_store(upr_core::coalition::write_to_folder)
}

/// Merges the partners' new share files in the exchange folder and lists them all.
#[tauri::command]
async fn pick_up_exchange_folder(state: State<'_, AppState>) -> Reply<Vec<FolderFile>> {
    state.with_store(upr_core::coalition::pick_up)
}

/// Sets the coalition passphrase (typed twice in the window), or forgets it with `None`. The
/// window never gets it back.
#[tauri::command]
async fn set_coalition_passphrase(
    state: State<'_, AppState>,
    passphrase: Option<String>,
) -> Reply<()> {
    state.with_store(|store| {
        let checked = passphrase.map(Passphrase::new_checked).transpose()?;
        store.set_coalition_passphrase(checked.as_ref())
    })
}

/// Whether a coalition passphrase is set (never the passphrase itself).
#[tauri::command]
async fn has_coalition_passphrase(state: State<'_, AppState>) -> Reply<bool> {
    state.with_store(|store| store.has_coalition_passphrase())
}
