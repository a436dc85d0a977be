//! Whom to lobby, computed from rows: the signals each recommending State's past gives, the
//! measured model that weighs them, and the reasons a user reads. No store here, so that the
//! app (`lobby.rs`, rows from SQLite) and the backtest (`examples/backtest_lobby.rs`, every
//! review of UPR Info's data replayed with only its past) run the very same code.
//!
//! The question: which States will raise the campaign's issues at the coming review of the
//! State under Review? The backtest measured the signals on sessions 2–11 (see README, "Whom
//! to lobby"); what predicts it, per recommending State, from its recommendations carrying any
//! of the issues made before the coming session:
//!
//! ```text
//! score = record          × ln(1 + its recommendations on the issues, each weighted
//!                                   decay^(sessions ago), the last session counting 1)
//!       + record_in_group × ln(1 + the same, only those to States of the State under
//!                                   Review's regional group)
//!       + same_group      × (1 when it is in that regional group itself)
//!       + follow_up       × ln(1 + its recommendations on the issues to this State under
//!                                   Review, at its earlier reviews)
//! ```
//!
//! Recency is the strongest signal; a State's record with the State under Review's region and
//! belonging to that region add a little. Two signals were tried and left out because they made
//! the ranking worse on sessions 2–11: counting specific recommendations (McMahon category 5)
//! more, and counting a recommendation tagged with several issues less. They stay in the
//! reasons (how many were specific), which is what a delegate wants to know. The follow-up
//! weight cannot be measured on the data: before session 13 no State had been reviewed twice.
//! It is set, not fitted, equal to the record's weight.
//!
//! When the user has the review's list of speakers (`speakers.rs`), the States inscribed on
//! it come first, in the order of their scores, and the others after, marked as not on the
//! list: a State that does not take the floor makes no recommendation.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;
use ts_rs::TS;

use super::speakers::{speaker_key, speaker_keys};
use super::stored::{regional_group, Response, StoredRecommendation};
use crate::model::ActionCategory;

/// What the ranking is asked: whom to meet before `as_of_session`, the session of the review.
#[derive(Debug, Clone, Copy)]
pub struct LobbyQuestion<'a> {
    pub state_under_review: &'a str,
    /// The State under Review's regional group; empty when unknown (the regional signals are
    /// then left out).
    pub state_under_review_group: &'a str,
    /// UPR Info issues; a recommendation carrying any of them counts (once).
    pub issues: &'a [String],
    /// Only recommendations of earlier sessions count; the most recent of them weighs 1.
    pub as_of_session: u32,
    /// The States inscribed to speak at the review, by any name `speakers::speaker_key`
    /// knows; empty when the list is not known.
    pub list_of_speakers: &'a [String],
}

/// The weights of the score (see the module's documentation).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LobbyModel {
    /// How much a recommendation one session older still counts (0 to 1).
    pub decay: f64,
    pub record: f64,
    pub record_in_group: f64,
    pub same_group: f64,
    pub follow_up: f64,
}

impl LobbyModel {
    /// Fitted by `examples/backtest_lobby.rs --fit` (logistic regression on the reviews of
    /// sessions 2–11, each ranked with only its past); `follow_up` is set, not fitted.
    pub const MEASURED: LobbyModel = LobbyModel {
        decay: 0.7,
        record: 0.75,
        record_in_group: 0.51,
        same_group: 0.17,
        follow_up: 0.75,
    };

    /// The first reference of the backtest: past recommendations on the issues, counted.
    pub const COUNT: LobbyModel = LobbyModel {
        decay: 1.0,
        record: 1.0,
        record_in_group: 0.0,
        same_group: 0.0,
        follow_up: 0.0,
    };

    /// The second reference: the same count, weighted by recency as the measured model does.
    pub const RECENCY: LobbyModel = LobbyModel {
        decay: LobbyModel::MEASURED.decay,
        ..LobbyModel::COUNT
    };

    /// What each signal adds to a State's score, in the order of [`Signals::features`].
    pub fn contributions(&self, s: &Signals) -> [f64; 4] {
        let f = s.features();
        [
            self.record * f[0],
            self.record_in_group * f[1],
            self.same_group * f[2],
            self.follow_up * f[3],
        ]
    }

    pub fn score(&self, s: &Signals) -> f64 {
        self.contributions(s).iter().sum()
    }
}

impl Default for LobbyModel {
    fn default() -> Self {
        LobbyModel::MEASURED
    }
}

/// What one recommending State's past says, before the weights.
#[derive(Debug, Clone, Default, PartialEq, Serialize, TS)]
pub struct Signals {
    /// Its recommendations on the issues, weighted by recency.
    pub record: f64,
    /// Those of them made to States of the State under Review's regional group.
    pub record_in_group: f64,
    pub same_group: bool,
    /// Its recommendations on the issues to this State under Review.
    pub to_this_state: usize,
}

impl Signals {
    /// The inputs the weights multiply: counts on a log scale (the tenth recommendation says
    /// less than the first), the group as 0 or 1.
    pub fn features(&self) -> [f64; 4] {
        [
            self.record.ln_1p(),
            self.record_in_group.ln_1p(),
            if self.same_group { 1.0 } else { 0.0 },
            (self.to_this_state as f64).ln_1p(),
        ]
    }
}

/// Why a State ranks where it does, as numbers and kinds: the CLI words it in English, the
/// window from its catalogues. `points` is what the reason adds to the score.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LobbyReason {
    /// It recommended on the issues to this State under Review before. `followed_up` is set
    /// when it did so in two cycles or more: of its recommendations of the earlier cycles, how
    /// many it raised again (an issue in common) in a later one.
    FollowUp {
        recommendations: usize,
        supported: usize,
        noted: usize,
        followed_up: Option<FollowedUp>,
        points: f64,
    },
    /// Its record on the issues: how many, how many specific (category 5), since when, and how
    /// many in the latest `recent_sessions` sessions.
    Record {
        recommendations: usize,
        specific: usize,
        since_session: Option<u32>,
        recent: usize,
        recent_sessions: u32,
        points: f64,
    },
    /// Of its record, the recommendations made to States of the State under Review's group.
    RecordInGroup {
        recommendations: usize,
        group: String,
        points: f64,
    },
    /// It belongs to the State under Review's regional group.
    SameGroup { group: String, points: f64 },
}

impl LobbyReason {
    pub fn points(&self) -> f64 {
        match self {
            LobbyReason::FollowUp { points, .. }
            | LobbyReason::Record { points, .. }
            | LobbyReason::RecordInGroup { points, .. }
            | LobbyReason::SameGroup { points, .. } => *points,
        }
    }
}

/// Of a State's recommendations to this State under Review in earlier cycles, how many it
/// raised again in a later cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct FollowedUp {
    pub followed: usize,
    pub of: usize,
}

/// Where a State stands with the review's list of speakers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Speaking {
    /// The list is not known.
    Unknown,
    /// Inscribed to speak: ranked among the first.
    Inscribed,
    /// Not on the list: ranked after every inscribed State.
    NotInscribed,
}

/// How many of the latest sessions a reason calls "recent".
pub const RECENT_SESSIONS: u32 = 3;

/// A recommending State worth meeting, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct LobbyTarget {
    pub recommending_state: String,
    pub regional_group: String,
    pub score: f64,
    /// Recommendations on the issues made to this State under Review, and to others.
    pub to_this_state: usize,
    pub to_others: usize,
    /// Of all its recommendations on the issues, how many were specific (category 5).
    pub specific: usize,
    /// How this State under Review responded to the State's recommendations on the issues.
    pub supported_by_this_state: usize,
    pub noted_by_this_state: usize,
    /// Whether it is inscribed on the review's list of speakers, when the list is known.
    pub speaking: Speaking,
    /// Why it ranks where it does, the weightiest reason first; only reasons that add to the
    /// score.
    pub reasons: Vec<LobbyReason>,
    /// What the ranking used, before the weights.
    pub signals: Signals,
    /// The recommendations: those to this State under Review first, then the most specific,
    /// then the most recent.
    pub evidence: Vec<StoredRecommendation>,
}

/// Ranks the States that made recommendations carrying any of the question's issues before
/// its session, best first. The State under Review itself is left out; issues and names
/// match without regard to ASCII case. With a list of speakers, the inscribed States come
/// before all others. Ties go to the State with more recommendations to this State under
/// Review, then by name.
pub fn rank(
    rows: &[StoredRecommendation],
    question: &LobbyQuestion,
    model: &LobbyModel,
) -> Vec<LobbyTarget> {
    let sur = question.state_under_review;
    let sur_group = regional_group(question.state_under_review_group);
    let latest = question.as_of_session.saturating_sub(1);
    let mut by_state: HashMap<String, LobbyTarget> = HashMap::new();
    for r in rows {
        let before = !matches!(r.session, Some(s) if s >= question.as_of_session);
        if !before
            || r.recommending_state.eq_ignore_ascii_case(sur)
            || !r
                .issues
                .iter()
                .any(|i| question.issues.iter().any(|q| q.eq_ignore_ascii_case(i)))
        {
            continue;
        }
        // A recommendation without a session counts as one of the first session.
        let ago = latest.saturating_sub(r.session.unwrap_or(1));
        let weight = model.decay.powi(ago.min(i32::MAX as u32) as i32);
        let t = by_state
            .entry(r.recommending_state.to_lowercase())
            .or_insert_with(|| LobbyTarget {
                recommending_state: r.recommending_state.clone(),
                regional_group: r.recommending_group.clone(),
                score: 0.0,
                to_this_state: 0,
                to_others: 0,
                specific: 0,
                supported_by_this_state: 0,
                noted_by_this_state: 0,
                speaking: Speaking::Unknown,
                reasons: Vec::new(),
                signals: Signals {
                    same_group: !sur_group.is_empty()
                        && r.recommending_group.eq_ignore_ascii_case(&sur_group),
                    ..Signals::default()
                },
                evidence: Vec::new(),
            });
        t.signals.record += weight;
        if !sur_group.is_empty() && r.state_under_review_group.eq_ignore_ascii_case(&sur_group) {
            t.signals.record_in_group += weight;
        }
        if r.state_under_review.eq_ignore_ascii_case(sur) {
            t.to_this_state += 1;
            match r.response {
                Response::Supported => t.supported_by_this_state += 1,
                Response::Noted => t.noted_by_this_state += 1,
                Response::Unknown => {}
            }
        } else {
            t.to_others += 1;
        }
        if r.action_category == Some(ActionCategory::Specific) {
            t.specific += 1;
        }
        t.evidence.push(r.clone());
    }

    let mut targets: Vec<LobbyTarget> = by_state.into_values().collect();
    let inscribed = speaker_keys(question.list_of_speakers);
    for t in &mut targets {
        if !inscribed.is_empty() {
            t.speaking = if inscribed.contains(&speaker_key(&t.recommending_state)) {
                Speaking::Inscribed
            } else {
                Speaking::NotInscribed
            };
        }
        t.signals.to_this_state = t.to_this_state;
        t.score = model.score(&t.signals);
        t.reasons = reasons(t, sur, &sur_group, latest, model);
        let here = |r: &StoredRecommendation| r.state_under_review.eq_ignore_ascii_case(sur);
        t.evidence.sort_by(|a, b| {
            here(b)
                .cmp(&here(a))
                .then(b.action_category.cmp(&a.action_category))
                .then(b.session.cmp(&a.session))
                .then(a.id.cmp(&b.id))
        });
    }
    targets.sort_by(|a, b| {
        (a.speaking == Speaking::NotInscribed)
            .cmp(&(b.speaking == Speaking::NotInscribed))
            .then(b.score.total_cmp(&a.score))
            .then(b.to_this_state.cmp(&a.to_this_state))
            .then(a.recommending_state.cmp(&b.recommending_state))
    });
    targets
}

/// The reasons behind a target's score, weightiest first, from its evidence.
fn reasons(
    t: &LobbyTarget,
    sur: &str,
    sur_group: &str,
    latest: u32,
    model: &LobbyModel,
) -> Vec<LobbyReason> {
    let [record, in_group, same_group, follow_up] = model.contributions(&t.signals);
    let mut out = Vec::new();
    if t.to_this_state > 0 && follow_up > 0.0 {
        out.push(LobbyReason::FollowUp {
            recommendations: t.to_this_state,
            supported: t.supported_by_this_state,
            noted: t.noted_by_this_state,
            followed_up: followed_up(&t.evidence, sur),
            points: follow_up,
        });
    }
    if record > 0.0 {
        let first_recent = latest.saturating_sub(RECENT_SESSIONS - 1);
        out.push(LobbyReason::Record {
            recommendations: t.evidence.len(),
            specific: t.specific,
            since_session: t.evidence.iter().filter_map(|r| r.session).min(),
            recent: t
                .evidence
                .iter()
                .filter(|r| r.session.is_some_and(|s| s >= first_recent))
                .count(),
            recent_sessions: RECENT_SESSIONS,
            points: record,
        });
    }
    if in_group > 0.0 {
        out.push(LobbyReason::RecordInGroup {
            recommendations: t
                .evidence
                .iter()
                .filter(|r| r.state_under_review_group.eq_ignore_ascii_case(sur_group))
                .count(),
            group: sur_group.to_string(),
            points: in_group,
        });
    }
    if same_group > 0.0 {
        out.push(LobbyReason::SameGroup {
            group: sur_group.to_string(),
            points: same_group,
        });
    }
    out.sort_by(|a, b| b.points().total_cmp(&a.points()));
    out
}

/// Of the recommendations to `sur` made in a cycle before the last one they were made in, how
/// many share an issue with one made in a later cycle. `None` unless they span two cycles.
fn followed_up(evidence: &[StoredRecommendation], sur: &str) -> Option<FollowedUp> {
    let to_sur: Vec<&StoredRecommendation> = evidence
        .iter()
        .filter(|r| r.state_under_review.eq_ignore_ascii_case(sur))
        .collect();
    let cycles: BTreeSet<u32> = to_sur.iter().filter_map(|r| r.cycle).collect();
    let last = *cycles.last()?;
    if cycles.len() < 2 {
        return None;
    }
    let earlier: Vec<&&StoredRecommendation> = to_sur
        .iter()
        .filter(|r| r.cycle.is_some_and(|c| c < last))
        .collect();
    let followed = earlier
        .iter()
        .filter(|e| {
            to_sur.iter().any(|l| {
                l.cycle > e.cycle
                    && l.issues
                        .iter()
                        .any(|i| e.issues.iter().any(|j| j.eq_ignore_ascii_case(i)))
            })
        })
        .count();
    Some(FollowedUp {
        followed,
        of: earlier.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TORTURE: &str = "Torture and other CID treatment";

    /// A recommendation on `issue` from `from` (group `from_group`) to `to` (group `to_group`).
    fn rec(
        id: i64,
        (from, from_group): (&str, &str),
        (to, to_group): (&str, &str),
        session: u32,
        issue: &str,
    ) -> StoredRecommendation {
        StoredRecommendation {
            id,
            state_under_review: to.into(),
            state_under_review_group: to_group.into(),
            text: format!("Recommendation {id}"),
            recommending_state: from.into(),
            recommending_group: from_group.into(),
            response: Response::Supported,
            response_as_recorded: "Accepted".into(),
            action_category: Some(ActionCategory::General),
            issues: vec![issue.into()],
            session: Some(session),
            cycle: super::super::stored::cycle_of_session(session),
        }
    }

    fn question(issues: &[String], as_of_session: u32) -> LobbyQuestion<'_> {
        LobbyQuestion {
            state_under_review: "Meridia",
            state_under_review_group: "African",
            issues,
            as_of_session,
            list_of_speakers: &[],
        }
    }

    fn names(targets: &[LobbyTarget]) -> Vec<&str> {
        targets
            .iter()
            .map(|t| t.recommending_state.as_str())
            .collect()
    }

    fn issues() -> Vec<String> {
        vec![TORTURE.to_lowercase()]
    }

    #[test]
    fn recent_recommendations_count_more_than_old_ones() {
        let rows = [
            rec(1, ("Norway", "WEOG"), ("Chad", "WEOG"), 2, TORTURE),
            rec(2, ("Norway", "WEOG"), ("Mali", "WEOG"), 3, TORTURE),
            rec(3, ("Brazil", "GRULAC"), ("Togo", "WEOG"), 9, TORTURE),
        ];
        let ranked = rank(&rows, &question(&issues(), 10), &LobbyModel::MEASURED);
        // Brazil's one recommendation of the last session outweighs Norway's two of long ago.
        assert_eq!(names(&ranked), ["Brazil", "Norway"]);
        let d = LobbyModel::MEASURED.decay;
        assert_eq!(ranked[0].signals.record, 1.0);
        assert!((ranked[1].signals.record - (d.powi(7) + d.powi(6))).abs() < 1e-12);
        // Counted without recency, the reference puts Norway first.
        let counted = rank(&rows, &question(&issues(), 10), &LobbyModel::COUNT);
        assert_eq!(names(&counted), ["Norway", "Brazil"]);
    }

    #[test]
    fn only_the_past_counts_and_the_state_under_review_is_left_out() {
        let rows = [
            rec(1, ("Norway", "WEOG"), ("Chad", "African"), 4, TORTURE),
            rec(2, ("Brazil", "GRULAC"), ("Chad", "African"), 5, TORTURE),
            rec(3, ("Meridia", "African"), ("Chad", "African"), 4, TORTURE),
            rec(
                4,
                ("Canada", "WEOG"),
                ("Chad", "African"),
                4,
                "Death penalty",
            ),
        ];
        let ranked = rank(&rows, &question(&issues(), 5), &LobbyModel::MEASURED);
        // Brazil spoke at session 5 itself: not known before it. Canada raised another issue.
        assert_eq!(names(&ranked), ["Norway"]);
    }

    #[test]
    fn a_record_with_the_state_under_reviews_region_counts_more() {
        let rows = [
            rec(1, ("Norway", "WEOG"), ("Chad", "WEOG"), 8, TORTURE),
            rec(2, ("Sweden", "WEOG"), ("Mali", "African"), 8, TORTURE),
        ];
        let ranked = rank(&rows, &question(&issues(), 9), &LobbyModel::MEASURED);
        assert_eq!(names(&ranked), ["Sweden", "Norway"]);
        assert_eq!(ranked[0].signals.record_in_group, 1.0);
        assert_eq!(ranked[1].signals.record_in_group, 0.0);
        assert!(matches!(
            ranked[0].reasons.as_slice(),
            [LobbyReason::Record { .. }, LobbyReason::RecordInGroup { recommendations: 1, group, .. }]
                if group == "African"
        ));
    }

    #[test]
    fn a_state_of_the_same_region_counts_more() {
        let rows = [
            rec(1, ("Norway", "WEOG"), ("Chad", "GRULAC"), 8, TORTURE),
            rec(2, ("Egypt", "African"), ("Peru", "GRULAC"), 8, TORTURE),
        ];
        let ranked = rank(&rows, &question(&issues(), 9), &LobbyModel::MEASURED);
        assert_eq!(names(&ranked), ["Egypt", "Norway"]);
        assert!(ranked[0].signals.same_group);
        assert!(ranked[0]
            .reasons
            .iter()
            .any(|r| matches!(r, LobbyReason::SameGroup { group, .. } if group == "African")));
        // Without a known group the regional signals are left out.
        let torture = issues();
        let unknown = LobbyQuestion {
            state_under_review_group: "",
            ..question(&torture, 9)
        };
        let ranked = rank(&rows, &unknown, &LobbyModel::MEASURED);
        assert!(ranked.iter().all(|t| !t.signals.same_group));
        assert_eq!(names(&ranked), ["Egypt", "Norway"], "ties go by name");
    }

    #[test]
    fn recommendations_to_this_state_under_review_are_followed_up() {
        let mut noted = rec(2, ("Norway", "WEOG"), ("Meridia", "African"), 1, TORTURE);
        noted.response = Response::Noted;
        let rows = [
            // Norway recommended on torture to Meridia at its first review (session 1), twice.
            rec(1, ("Norway", "WEOG"), ("Meridia", "African"), 1, TORTURE),
            noted,
            // Brazil has a longer and more recent record, but never to Meridia.
            rec(3, ("Brazil", "GRULAC"), ("Chad", "WEOG"), 11, TORTURE),
            rec(4, ("Brazil", "GRULAC"), ("Peru", "WEOG"), 12, TORTURE),
        ];
        let ranked = rank(&rows, &question(&issues(), 13), &LobbyModel::MEASURED);
        assert_eq!(names(&ranked), ["Norway", "Brazil"]);
        let norway = &ranked[0];
        assert_eq!(norway.signals.to_this_state, 2);
        assert!(matches!(
            norway.reasons[0],
            LobbyReason::FollowUp {
                recommendations: 2,
                supported: 1,
                noted: 1,
                followed_up: None,
                ..
            }
        ));
        // Without the follow-up weight, Brazil's record wins.
        let without = LobbyModel {
            follow_up: 0.0,
            ..LobbyModel::MEASURED
        };
        assert_eq!(
            names(&rank(&rows, &question(&issues(), 13), &without)),
            ["Brazil", "Norway"]
        );
    }

    #[test]
    fn follow_up_across_cycles_counts_the_earlier_recommendations_raised_again() {
        let rows = [
            rec(1, ("Norway", "WEOG"), ("Meridia", "African"), 1, TORTURE),
            rec(
                2,
                ("Norway", "WEOG"),
                ("Meridia", "African"),
                1,
                "Detention",
            ),
            rec(3, ("Norway", "WEOG"), ("Meridia", "African"), 1, "Justice"),
            rec(4, ("Norway", "WEOG"), ("Meridia", "African"), 14, TORTURE),
            rec(
                5,
                ("Norway", "WEOG"),
                ("Meridia", "African"),
                14,
                "Detention",
            ),
        ];
        let all = ["Torture and other CID treatment", "Detention", "Justice"].map(String::from);
        let ranked = rank(&rows, &question(&all, 27), &LobbyModel::MEASURED);
        assert!(matches!(
            ranked[0].reasons[0],
            LobbyReason::FollowUp {
                recommendations: 5,
                followed_up: Some(FollowedUp { followed: 2, of: 3 }),
                ..
            }
        ));
    }

    #[test]
    fn the_record_reason_says_how_many_how_specific_since_when_and_how_recent() {
        let mut specific = rec(1, ("Norway", "WEOG"), ("Chad", "WEOG"), 3, TORTURE);
        specific.action_category = Some(ActionCategory::Specific);
        let rows = [
            specific,
            rec(2, ("Norway", "WEOG"), ("Mali", "WEOG"), 8, TORTURE),
            rec(3, ("Norway", "WEOG"), ("Togo", "WEOG"), 9, TORTURE),
        ];
        let ranked = rank(&rows, &question(&issues(), 10), &LobbyModel::MEASURED);
        assert_eq!(
            ranked[0].reasons,
            [LobbyReason::Record {
                recommendations: 3,
                specific: 1,
                since_session: Some(3),
                recent: 2,
                recent_sessions: RECENT_SESSIONS,
                points: ranked[0].score,
            }]
        );
        // The evidence: the most specific first, then the most recent.
        let ids: Vec<i64> = ranked[0].evidence.iter().map(|r| r.id).collect();
        assert_eq!(ids, [1, 3, 2]);
    }

    #[test]
    fn with_a_list_of_speakers_the_inscribed_states_come_first() {
        let rows = [
            rec(1, ("Norway", "WEOG"), ("Chad", "WEOG"), 9, TORTURE),
            rec(2, ("Norway", "WEOG"), ("Mali", "WEOG"), 9, TORTURE),
            rec(3, ("Brazil", "GRULAC"), ("Togo", "WEOG"), 9, TORTURE),
            rec(4, ("United Kingdom", "WEOG"), ("Togo", "WEOG"), 5, TORTURE),
        ];
        let torture = issues();
        let without = rank(&rows, &question(&torture, 10), &LobbyModel::MEASURED);
        assert_eq!(names(&without), ["Norway", "Brazil", "United Kingdom"]);
        assert!(without.iter().all(|t| t.speaking == Speaking::Unknown));
        // The list names the States as the user wrote them, in any language or by code.
        let list = ["Royaume-Uni".to_string(), "BRA".to_string()];
        let with = LobbyQuestion {
            list_of_speakers: &list,
            ..question(&torture, 10)
        };
        let ranked = rank(&rows, &with, &LobbyModel::MEASURED);
        assert_eq!(names(&ranked), ["Brazil", "United Kingdom", "Norway"]);
        let speaking: Vec<Speaking> = ranked.iter().map(|t| t.speaking).collect();
        assert_eq!(
            speaking,
            [
                Speaking::Inscribed,
                Speaking::Inscribed,
                Speaking::NotInscribed
            ]
        );
        // Norway keeps its score and its evidence; it only ranks after the speakers.
        assert_eq!(ranked[2].score, without[0].score);
        assert_eq!(ranked[2].evidence.len(), 2);
    }
}
