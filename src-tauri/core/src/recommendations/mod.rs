//! Past UPR recommendations: reading the exports of UPR Info's database (and of OHCHR's
//! Universal Human Rights Index), keeping them in the local store, searching them, and ranking
//! the States to lobby.

pub mod export_file;
pub mod import;
pub mod lobby;
pub mod lobby_ranking;
pub mod prior;
pub mod search;
pub mod speakers;
pub mod state_names;
pub mod stored;

#[cfg(test)]
mod tests;

pub use export_file::{read_export, PastRecommendation, ReadReport};
pub use import::{import_bytes, import_file, ImportReport};
pub use lobby::{lobby_targets, rank_states, LobbyTargets};
pub use lobby_ranking::{
    rank, FollowedUp, LobbyModel, LobbyQuestion, LobbyReason, LobbyTarget, Signals, Speaking,
};
pub use prior::prior_recommendations;
pub use search::{search, SearchQuery};
pub use speakers::{
    clear_list_of_speakers, list_of_speakers, read_list_of_speakers, set_list_of_speakers,
    SpeakerEntry,
};
pub use stored::{Response, StoredRecommendation};
