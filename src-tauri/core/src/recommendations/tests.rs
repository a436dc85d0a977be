//! Tests of the database of past recommendations on the excerpt of UPR Info's real export
//! (tests/data/upr-info-excerpt.csv: CR line ends and Mac Roman bytes kept). Expected figures
//! are computed from the parsed file, never typed in.

use super::export_file::{parse_export, PastRecommendation};
use super::*;
use crate::language::Language;
use crate::model::ActionCategory;
use crate::store::Store;
use crate::{demo, Error};

const EXCERPT: &[u8] = include_bytes!("../../../../tests/data/upr-info-excerpt.csv");

fn excerpt_rows() -> Vec<PastRecommendation> {
    parse_export(EXCERPT, "excerpt").unwrap().0
}

fn store_with_excerpt() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    import_bytes(&mut store, EXCERPT, "excerpt", &mut |_, _| {}).unwrap();
    store
}

fn count(store: &mut Store, table: &str) -> i64 {
    store
        .connection()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

fn everything() -> SearchQuery {
    SearchQuery {
        limit: 100_000,
        ..SearchQuery::default()
    }
}

#[test]
fn importing_the_excerpt_adds_every_row_and_reports_progress() {
    let mut store = Store::open_in_memory().unwrap();
    let mut calls = Vec::new();
    let report = import_bytes(&mut store, EXCERPT, "excerpt", &mut |done, total| {
        calls.push((done, total))
    })
    .unwrap();
    let rows = excerpt_rows();
    assert_eq!(report.read, rows.len());
    assert_eq!(report.added, rows.len());
    assert_eq!(report.already_present, 0);
    assert!(report.unknown_columns.is_empty());
    assert_eq!(report.encoding, "Mac Roman");
    assert_eq!(count(&mut store, "past_recommendation"), rows.len() as i64);
    let tags: usize = rows.iter().map(|r| r.issues.len()).sum();
    assert_eq!(count(&mut store, "past_recommendation_issue"), tags as i64);
    assert_eq!(calls.first(), Some(&(0, rows.len())));
    assert_eq!(calls.last(), Some(&(rows.len(), rows.len())));
    assert!(calls.windows(2).all(|w| w[0].0 <= w[1].0), "{calls:?}");
}

#[test]
fn reimporting_the_same_file_adds_nothing() {
    let mut store = store_with_excerpt();
    let before = count(&mut store, "past_recommendation");
    let report = import_bytes(&mut store, EXCERPT, "excerpt again", &mut |_, _| {}).unwrap();
    assert_eq!(report.added, 0);
    assert_eq!(report.already_present, report.read);
    assert_eq!(count(&mut store, "past_recommendation"), before);
    // The same rows written as UTF-8 with LF line ends and curly apostrophes are the same
    // recommendations.
    let (text, _) = export_file::decode(EXCERPT);
    let retyped = text.replace('\r', "\n").replace("'", "\u{2019}");
    let report = import_bytes(&mut store, retyped.as_bytes(), "retyped", &mut |_, _| {}).unwrap();
    assert_eq!(report.added, 0);
    assert_eq!(count(&mut store, "past_recommendation"), before);
}

#[test]
fn a_broken_row_is_reported_with_its_line_and_the_store_is_left_as_it_was() {
    let mut store = store_with_excerpt();
    let before = count(&mut store, "past_recommendation");
    let fts_before = count(&mut store, "past_recommendation_text");
    // A file whose first rows are new (another session) and whose line 200 is broken.
    let (text, _) = export_file::decode(EXCERPT);
    let mut lines: Vec<String> = text.split('\r').map(String::from).collect();
    for line in lines.iter_mut().skip(1).take(150) {
        let cut = line.rfind(',').unwrap();
        line.truncate(cut);
        line.push_str(",77");
    }
    let broken = &mut lines[199];
    let cut = broken.rfind(',').unwrap();
    broken.truncate(cut);
    broken.push_str(",fifth");
    let file = lines.join("\r");
    let err = import_bytes(&mut store, file.as_bytes(), "broken.csv", &mut |_, _| {}).unwrap_err();
    assert!(
        matches!(err, Error::InvalidExport { line: 200, .. }),
        "{err}"
    );
    assert!(
        err.to_string()
            .contains("broken.csv, line 200: session 'fifth'"),
        "{err}"
    );
    assert_eq!(count(&mut store, "past_recommendation"), before);
    assert_eq!(count(&mut store, "past_recommendation_text"), fts_before);
    let session_77 = search(
        &mut store,
        &SearchQuery {
            session: Some(77),
            ..everything()
        },
    )
    .unwrap();
    assert!(session_77.is_empty());
}

#[test]
fn a_word_search_finds_the_recommendations_that_contain_it() {
    let mut store = store_with_excerpt();
    let found = search(
        &mut store,
        &SearchQuery {
            text: "torture".into(),
            ..everything()
        },
    )
    .unwrap();
    let expected = excerpt_rows()
        .iter()
        .filter(|r| r.text.to_lowercase().contains("tortur"))
        .count();
    assert!(expected > 0);
    assert_eq!(found.len(), expected);
    assert!(found
        .iter()
        .all(|r| r.text.to_lowercase().contains("tortur")));
    // Diacritics fold: "equite" finds "Instance Equité".
    let found = search(
        &mut store,
        &SearchQuery {
            text: "equite".into(),
            ..everything()
        },
    )
    .unwrap();
    assert!(found.iter().any(|r| r.text.contains("Instance Equité")));
}

#[test]
fn all_words_must_appear_and_results_come_best_first() {
    let mut store = store_with_excerpt();
    let found = search(
        &mut store,
        &SearchQuery {
            text: "death penalty".into(),
            ..everything()
        },
    )
    .unwrap();
    assert!(!found.is_empty());
    for r in &found {
        let t = r.text.to_lowercase();
        assert!(t.contains("death") && t.contains("penalt"), "{}", r.text);
    }
    let phrase = search(
        &mut store,
        &SearchQuery {
            text: "\"death penalty\"".into(),
            ..everything()
        },
    )
    .unwrap();
    assert!(phrase
        .iter()
        .all(|r| r.text.to_lowercase().contains("death penalty")));
    assert!(phrase.len() <= found.len());
    let limited = search(
        &mut store,
        &SearchQuery {
            text: "death penalty".into(),
            limit: 3,
            ..SearchQuery::default()
        },
    )
    .unwrap();
    assert_eq!(limited, found[..3.min(found.len())]);
}

#[test]
fn ranked_results_keep_the_order_of_ranking_every_match() {
    // The search sorts only ids and scores before fetching rows; its order must be the order
    // of ranking every match's whole row: best score, then latest session, then id.
    let mut store = store_with_excerpt();
    for (text, filter) in [
        ("rights", None),
        ("ensure", None),
        ("women", Some("Women's rights")),
    ] {
        let expected: Vec<i64> = store
            .read(|tx| {
                let mut stmt = tx.prepare(
                    "SELECT r.id FROM past_recommendation_text t
                     JOIN past_recommendation r ON r.id = t.rowid
                     WHERE past_recommendation_text MATCH ?1
                       AND (?2 IS NULL OR r.id IN (SELECT recommendation_id
                            FROM past_recommendation_issue WHERE issue = ?2))
                     ORDER BY bm25(past_recommendation_text), r.session DESC, r.id LIMIT 20",
                )?;
                let ids = stmt.query_map(rusqlite::params![text, filter], |row| row.get(0))?;
                Ok(ids.collect::<rusqlite::Result<Vec<i64>>>()?)
            })
            .unwrap();
        let found = search(
            &mut store,
            &SearchQuery {
                text: text.into(),
                issue: filter.map(String::from),
                limit: 20,
                ..SearchQuery::default()
            },
        )
        .unwrap();
        assert!(
            expected.len() >= 5,
            "{text}: too few matches to tell an order"
        );
        assert_eq!(
            found.iter().map(|r| r.id).collect::<Vec<_>>(),
            expected,
            "{text}"
        );
    }
}

#[test]
fn an_empty_query_filters_only_the_latest_session_first() {
    let mut store = store_with_excerpt();
    let all = search(&mut store, &everything()).unwrap();
    assert_eq!(all.len(), excerpt_rows().len());
    assert!(all.windows(2).all(|w| w[0].session >= w[1].session));
}

/// Each filter returns exactly the rows of the file that satisfy it.
#[test]
fn each_filter_keeps_exactly_the_matching_recommendations() {
    let mut store = store_with_excerpt();
    let rows = excerpt_rows();
    let first = &rows[0];
    type Keep = Box<dyn Fn(&PastRecommendation) -> bool>;
    let sur = first.state_under_review.clone();
    let from = first.recommending_state.clone();
    let cases: Vec<(SearchQuery, Keep)> = vec![
        (
            SearchQuery {
                state_under_review: Some(sur.to_uppercase()),
                ..everything()
            },
            Box::new(move |r| r.state_under_review == sur),
        ),
        (
            SearchQuery {
                recommending_state: Some(from.clone()),
                ..everything()
            },
            Box::new(move |r| r.recommending_state == from),
        ),
        (
            SearchQuery {
                regional_group: Some("Asia".into()),
                ..everything()
            },
            Box::new(|r| r.recommending_group == "Asia"),
        ),
        (
            SearchQuery {
                issue: Some("death penalty".into()),
                ..everything()
            },
            Box::new(|r| r.issues.iter().any(|i| i == "Death penalty")),
        ),
        (
            SearchQuery {
                session: Some(3),
                ..everything()
            },
            Box::new(|r| r.session == Some(3)),
        ),
        (
            SearchQuery {
                cycle: Some(1),
                ..everything()
            },
            Box::new(|r| r.session.is_some_and(|s| (1..=12).contains(&s))),
        ),
        (
            SearchQuery {
                response: Some(Response::Supported),
                ..everything()
            },
            Box::new(|r| r.response == "Accepted"),
        ),
        (
            SearchQuery {
                response: Some(Response::Noted),
                ..everything()
            },
            Box::new(|r| r.response == "Noted"),
        ),
        (
            SearchQuery {
                action_category: Some(ActionCategory::Considering),
                ..everything()
            },
            Box::new(|r| r.action_category == Some(ActionCategory::Considering)),
        ),
        (
            SearchQuery {
                text: "ensure".into(),
                response: Some(Response::Noted),
                action_category: Some(ActionCategory::General),
                ..everything()
            },
            Box::new(|r| {
                r.text.to_lowercase().contains("ensur")
                    && r.response == "Noted"
                    && r.action_category == Some(ActionCategory::General)
            }),
        ),
    ];
    for (query, keep) in cases {
        let expected = rows.iter().filter(|r| keep(r)).count();
        assert!(expected > 0, "{query:?} tests nothing");
        let found = search(&mut store, &query).unwrap();
        assert_eq!(found.len(), expected, "{query:?}");
    }
}

#[test]
fn what_users_type_never_breaks_the_search() {
    let mut store = store_with_excerpt();
    for typed in [
        "women's rights",
        "\"women's rights",
        "child-marriage",
        "-torture",
        "NOT torture",
        "torture AND",
        "OR",
        "(death",
        "penalty)",
        "\"\"",
        "'; DROP TABLE past_recommendation; --",
        "NEAR(a b)",
        "text:torture",
        "^death",
        "*",
        "ratif*",
        "\u{2019}",
        "l'égalité",
    ] {
        let result = search(
            &mut store,
            &SearchQuery {
                text: typed.into(),
                ..everything()
            },
        );
        assert!(result.is_ok(), "{typed}: {result:?}");
    }
    assert_eq!(
        count(&mut store, "past_recommendation"),
        excerpt_rows().len() as i64
    );
    let found = search(
        &mut store,
        &SearchQuery {
            text: "women's rights".into(),
            ..everything()
        },
    )
    .unwrap();
    assert!(!found.is_empty());
    assert!(found
        .iter()
        .all(|r| r.text.to_lowercase().contains("women")));
    let prefix = search(
        &mut store,
        &SearchQuery {
            text: "ratif*".into(),
            ..everything()
        },
    )
    .unwrap();
    assert!(prefix.iter().any(|r| r.text.contains("ratification")));
    assert!(prefix.iter().any(|r| r.text.contains("Ratify")));
}

/// A small file whose ranking is known by construction.
const RANKING: &str = "To,To-Rgrp,Text,From,From-Rgrp,Response,Action,Issue,Session
Chad,Africa,Adopt a law criminalising torture.,Norway,WEOG,Accepted,5,Torture and other CID treatment,10
Mali,Africa,Take measures against torture.,Brazil,GRULAC,Accepted,4,Torture and other CID treatment,12
Niger,Africa,Take measures to prevent torture.,Brazil,GRULAC,Noted,4,Torture and other CID treatment,13
Peru,GRULAC,Seek assistance to prevent torture.,Egypt,Africa,Accepted,1,Torture and other CID treatment,13
Togo,Africa,Ratify the Convention on the Rights of the Child.,Canada,WEOG,Accepted,5,Rights of the Child,13
Mali,Africa,Establish a national preventive mechanism against torture.,Chad,Africa,Accepted,5,Torture and other CID treatment,2
";

#[test]
fn lobby_ranking_from_the_store_follows_up_weighs_recency_and_region_and_shows_evidence() {
    let mut store = Store::open_in_memory().unwrap();
    import_bytes(
        &mut store,
        RANKING.as_bytes(),
        "ranking.csv",
        &mut |_, _| {},
    )
    .unwrap();
    let issues = vec!["torture and other cid treatment".to_string()];
    let ranked = rank_states(&mut store, "Chad", &issues, &[], &LobbyModel::MEASURED).unwrap();
    let names: Vec<&str> = ranked
        .iter()
        .map(|t| t.recommending_state.as_str())
        .collect();
    // Brazil: two recommendations to African States in the last two sessions; Norway: one to
    // Chad itself, three sessions before the last (a follow-up at Chad's next review); Egypt:
    // one of the last session, to a State of another region, but Egypt is African as Chad is
    // (the store spells both "African"); Canada raised another issue; Chad is the State under
    // Review.
    assert_eq!(names, ["Brazil", "Norway", "Egypt"]);
    let norway = &ranked[1];
    assert_eq!(
        (norway.to_this_state, norway.to_others, norway.specific),
        (1, 0, 1)
    );
    assert_eq!(norway.supported_by_this_state, 1);
    assert!(matches!(
        norway.reasons[0],
        LobbyReason::FollowUp {
            recommendations: 1,
            supported: 1,
            ..
        }
    ));
    assert_eq!(norway.evidence.len(), 1);
    assert_eq!(
        norway.evidence[0].text,
        "Adopt a law criminalising torture."
    );
    assert_eq!(norway.evidence[0].session, Some(10));
    assert_eq!(norway.evidence[0].response, Response::Supported);
    let brazil = &ranked[0];
    assert_eq!((brazil.to_this_state, brazil.to_others), (0, 2));
    assert_eq!(
        brazil
            .evidence
            .iter()
            .map(|r| r.session)
            .collect::<Vec<_>>(),
        [Some(13), Some(12)]
    );
    // The latest session in the store is 13: the ranking is for the review after it.
    let d = LobbyModel::MEASURED.decay;
    assert!((brazil.signals.record - (1.0 + d)).abs() < 1e-12);
    assert_eq!(brazil.signals.record_in_group, brazil.signals.record);
    let egypt = &ranked[2];
    assert!(egypt.signals.same_group);
    assert_eq!(egypt.signals.record_in_group, 0.0);
    for t in &ranked {
        assert_eq!(t.score, LobbyModel::MEASURED.score(&t.signals));
        let points: f64 = t.reasons.iter().map(LobbyReason::points).sum();
        assert!((points - t.score).abs() < 1e-9, "{t:?}");
    }
}

#[test]
fn lobby_targets_follow_the_current_campaigns_issues_and_an_issue_filter() {
    let mut store = store_with_excerpt();
    demo::load(&mut store).unwrap();
    // Review a State the excerpt holds recommendations to, on the demo's issues.
    let mut campaign = store.current_campaign().unwrap().unwrap();
    campaign.state_under_review = "Afghanistan".into();
    store.save_campaign(campaign.clone()).unwrap();
    let wanted: Vec<String> = store
        .priority_issues(campaign.id)
        .unwrap()
        .iter()
        .flat_map(|p| p.upr_issues.clone())
        .collect();

    let all = lobby_targets(&mut store, None).unwrap();
    assert_eq!(all.state_under_review, "Afghanistan");
    assert_eq!(all.issues.len(), wanted.len());
    assert!(!all.targets.is_empty());
    assert!(all.targets.windows(2).all(|w| w[0].score >= w[1].score));
    let evidence: usize = all.targets.iter().map(|t| t.evidence.len()).sum();
    let expected = excerpt_rows()
        .iter()
        .filter(|r| r.recommending_state != "Afghanistan")
        .filter(|r| r.issues.iter().any(|i| wanted.contains(i)))
        .count();
    assert_eq!(evidence, expected);
    for t in &all.targets {
        assert_eq!(t.evidence.len(), t.to_this_state + t.to_others);
        for r in &t.evidence {
            assert_eq!(r.recommending_state, t.recommending_state);
            assert!(r.issues.iter().any(|i| wanted.contains(i)), "{r:?}");
        }
    }
    // Austria recommended on women's rights to Afghanistan itself (the excerpt's first row).
    let austria = all
        .targets
        .iter()
        .find(|t| t.recommending_state == "Austria")
        .unwrap();
    assert!(austria.to_this_state >= 1);
    assert!(austria.evidence[0].state_under_review == "Afghanistan");

    let one = lobby_targets(&mut store, Some("Violence against women and girls")).unwrap();
    assert_eq!(
        one.issues,
        ["Women's rights", "Rights of the Child", "Justice"]
    );
    let death = lobby_targets(&mut store, Some("Death penalty")).unwrap();
    assert_eq!(death.issues, ["Death penalty"]);
    assert!(death
        .targets
        .iter()
        .flat_map(|t| &t.evidence)
        .all(|r| r.issues.iter().any(|i| i == "Death penalty")));
}

#[test]
fn lobby_targets_put_the_campaigns_speakers_first_and_say_who_is_not_on_the_list() {
    let mut store = store_with_excerpt();
    demo::load(&mut store).unwrap();
    let mut campaign = store.current_campaign().unwrap().unwrap();
    campaign.state_under_review = "Afghanistan".into();
    store.save_campaign(campaign.clone()).unwrap();
    let before = lobby_targets(&mut store, None).unwrap();
    assert!(before.list_of_speakers.is_empty());
    assert!(before
        .targets
        .iter()
        .all(|t| t.speaking == Speaking::Unknown));
    // The two States the ranking puts last, inscribed (one by its French name).
    let last: Vec<String> = before
        .targets
        .iter()
        .rev()
        .map(|t| t.recommending_state.clone())
        .filter(|name| speakers::recognise_state(name).is_some())
        .take(2)
        .collect();
    let french = crate::names_in_text::NameInText::state(&last[0], Language::Fr, &[]).short;
    set_list_of_speakers(&mut store, &format!("{french}\n{}", last[1])).unwrap();

    let after = lobby_targets(&mut store, None).unwrap();
    assert_eq!(after.list_of_speakers.len(), 2);
    let mut first_two: Vec<&str> = after.targets[..2]
        .iter()
        .map(|t| t.recommending_state.as_str())
        .collect();
    first_two.sort_unstable();
    let mut wanted: Vec<&str> = last.iter().map(String::as_str).collect();
    wanted.sort_unstable();
    assert_eq!(first_two, wanted);
    assert!(after.targets[..2]
        .iter()
        .all(|t| t.speaking == Speaking::Inscribed));
    assert!(after.targets[2..]
        .iter()
        .all(|t| t.speaking == Speaking::NotInscribed));
    assert_eq!(after.targets.len(), before.targets.len());
}

#[test]
fn lobby_targets_need_a_campaign() {
    let mut store = store_with_excerpt();
    let err = lobby_targets(&mut store, None).unwrap_err();
    assert!(err.to_string().contains("no campaign"), "{err}");
}

#[test]
fn an_index_export_is_read_by_its_headers() {
    let csv = "\u{feff}Recommendation,State under Review,Position,Themes,Session,Document symbol,Affected persons
\"121.1 Ratify the International Convention for the Protection of All Persons from Enforced Disappearance (France) (Iran (Islamic Republic of));\",Slovenia,Supported,\"Enforced disappearances; International instruments\",34th,A/HRC/43/15,Disappeared persons
\"122.11 Recognize the competence of the Committee (Senegal);\",Slovenia,Noted,Treaty bodies,34,A/HRC/43/15/Add.1,
";
    let mut store = Store::open_in_memory().unwrap();
    let report = import_bytes(&mut store, csv.as_bytes(), "index.csv", &mut |_, _| {}).unwrap();
    assert_eq!(
        report.unknown_columns,
        ["Affected persons", "Document symbol"]
    );
    assert_eq!(report.read, 3);
    let found = search(
        &mut store,
        &SearchQuery {
            text: "enforced disappearance".into(),
            ..everything()
        },
    )
    .unwrap();
    let mut from: Vec<&str> = found
        .iter()
        .map(|r| r.recommending_state.as_str())
        .collect();
    from.sort();
    assert_eq!(from, ["France", "Iran (Islamic Republic of)"]);
    let r = &found[0];
    assert!(
        r.text.starts_with("Ratify the International Convention"),
        "{}",
        r.text
    );
    assert!(!r.text.contains("(France)"));
    assert_eq!(
        (r.session, r.cycle, r.response),
        (Some(34), Some(3), Response::Supported)
    );
    assert_eq!(
        r.issues,
        ["Enforced disappearances", "International instruments"]
    );
    let noted = search(
        &mut store,
        &SearchQuery {
            response: Some(Response::Noted),
            ..everything()
        },
    )
    .unwrap();
    assert_eq!(noted.len(), 1);
    assert_eq!(noted[0].recommending_state, "Senegal");
}

#[test]
fn an_index_row_without_a_recommending_state_is_refused_with_its_line() {
    let csv = "Recommendation,State under Review\n\"Ratify the Convention (France).\",Chad\n\"Ratify the Convention.\",Chad\n";
    let mut store = Store::open_in_memory().unwrap();
    let err = import_bytes(&mut store, csv.as_bytes(), "index.csv", &mut |_, _| {}).unwrap_err();
    assert!(matches!(err, Error::InvalidExport { line: 3, .. }), "{err}");
    assert!(err.to_string().contains("no recommending State"), "{err}");
    assert_eq!(count(&mut store, "past_recommendation"), 0);
}

#[test]
fn a_data_file_of_the_first_schema_with_data_migrates_and_takes_recommendations() {
    use crate::store::migrations;
    let dir = tempfile::tempdir().unwrap();
    migrations::old_data_file_with_organisation(dir.path(), 1, "Coalition");
    let mut store = Store::open_dir(dir.path()).unwrap();
    assert_eq!(store.organisation().unwrap().unwrap().name, "Coalition");
    let report = import_bytes(&mut store, EXCERPT, "excerpt", &mut |_, _| {}).unwrap();
    assert_eq!(report.added, excerpt_rows().len());
    drop(store);
    let mut store = Store::open_dir(dir.path()).unwrap();
    let found = search(
        &mut store,
        &SearchQuery {
            text: "torture".into(),
            ..everything()
        },
    )
    .unwrap();
    assert!(!found.is_empty());
}

#[test]
fn state_names_match_without_accents_case_or_the_kind_of_apostrophe() {
    let mut store = store_with_excerpt();
    let from = |name: &str| SearchQuery {
        recommending_state: Some(name.into()),
        ..everything()
    };
    // UPR Info's export spells it "Cote d'Ivoire"; a user types it as it is written.
    let as_exported = search(&mut store, &from("Cote d'Ivoire")).unwrap();
    assert!(!as_exported.is_empty());
    for typed in ["Côte d’Ivoire", "COTE D IVOIRE", "  côte d'ivoire "] {
        assert_eq!(
            search(&mut store, &from(typed)).unwrap(),
            as_exported,
            "{typed}"
        );
    }
}

#[test]
fn a_state_the_database_does_not_know_is_refused_with_the_closest_names() {
    let mut store = store_with_excerpt();
    let err = search(
        &mut store,
        &SearchQuery {
            state_under_review: Some("Vietnam".into()),
            ..everything()
        },
    )
    .unwrap_err();
    assert_eq!(err.code(), "invalid_input");
    assert!(
        err.to_string().contains("did you mean \"Viet Nam\""),
        "{err}"
    );

    // Where no State is asked for by the user, an unknown one simply has nothing to show.
    let issues = vec!["Torture and other CID treatment".to_string()];
    let none = prior_recommendations(&mut store, "Atlantis", "Viet Nam", &issues, 3).unwrap();
    assert!(none.is_empty());
}
