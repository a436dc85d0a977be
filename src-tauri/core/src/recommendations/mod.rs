//! Past UPR recommendations: reading the exports of UPR Info's database (and other sources),
//! keeping them in the local store, searching them, and ranking the States to lobby.

pub mod export_file;

pub use export_file::{read_export, PastRecommendation, ReadReport};
