//! Past UPR recommendations: reading the exports of UPR Info's database (and of OHCHR's
//! Universal Human Rights Index), keeping them in the local store, searching them, and ranking
//! the States to lobby.

pub mod export_file;
pub mod import;
pub mod lobby;
pub mod lobby_ranking;
pub mod prior;
pub mod search;
pub mod state_names;
pub mod stored;

#[cfg(test)]
mod tests;

pub use export_file::{read_export, PastRecommendation, ReadReport};
pub use import::{import_bytes, import_file, ImportReport};
pub use lobby::{lobby_targets, rank_states, LobbyTargets};
pub use lobby_ranking::{
    rank, FollowedUp, LobbyModel, LobbyQuestion, LobbyReason, LobbyTarget, Signals,
};
pub use prior::prior_recommendations;
pub use search::{search, SearchQuery};
pub use stored::{Response, StoredRecommendation};
