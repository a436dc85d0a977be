//! The merge laws, on random edit histories of two and three partners (proptest): the same
//! file merged twice changes nothing; no record is lost (every id either side knew is held
//! or tombstoned with its author); conflicts arise exactly where both sides changed a record
//! since they last agreed (item by item inside a priority issue: additions on both sides never
//! conflict); and with conflicts settled by the same rule, A→B then B→A and
//! B→A then A→B end with the same content on both sides. Tombstones purged once every
//! partner acknowledged them never come back from a late, stale file.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicU64, Ordering as AtomicOrdering};

use proptest::prelude::*;
use uuid::Uuid;

use super::history;
use super::*;
use crate::model::{new_id, now, Organisation, PriorityIssue, Recommendation};
use crate::store::Store;
use crate::{demo, model::UNSAVED};

static COUNTER: AtomicU64 = AtomicU64::new(0);

fn fresh(what: &str) -> String {
    format!("{what} {}", COUNTER.fetch_add(1, AtomicOrdering::Relaxed))
}

/// What a side holds of a record: its content's hash, or that it deleted it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Held {
    Alive(String),
    Deleted,
}

struct World {
    sides: Vec<Store>,
    campaign: Uuid,
}

/// Partner 0 holds the demo and shares it; the others start from its first file.
fn world(partners: usize) -> World {
    let mut first = Store::open_in_memory().unwrap();
    demo::load(&mut first).unwrap();
    let campaign = first.current_campaign().unwrap().unwrap().id;
    let start = bundle(&mut first, &ShareChoice::default()).unwrap();
    let mut sides = vec![first];
    for p in 1..partners {
        let mut store = Store::open_in_memory().unwrap();
        let mut org = Organisation::named(&format!("Partner {p}"));
        org.acronym = format!("P{p}");
        store.save_organisation(org).unwrap();
        merge(&mut store, &start, "start").unwrap();
        sides.push(store);
    }
    World { sides, campaign }
}

/// A copy of a store, histories and conflicts included.
fn copy(store: &mut Store, dir: &std::path::Path) -> Store {
    let file = dir.join(crate::store::DATA_FILE_NAME);
    store
        .connection()
        .execute("VACUUM INTO ?1", [file.display().to_string()])
        .unwrap();
    Store::open_dir(dir).unwrap()
}

#[derive(Debug, Clone)]
enum Op {
    Edit { p: usize, slot: usize },
    Add { p: usize },
    Delete { p: usize, slot: usize },
    AddRecommendation { p: usize, slot: usize },
    EditRecommendation { p: usize, slot: usize, item: usize },
    RemoveRecommendation { p: usize, slot: usize, item: usize },
    MoveRecommendation { p: usize, slot: usize },
    Exchange { from: usize, to: usize },
}

fn local_op(partners: usize) -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0..partners, 0..6usize).prop_map(|(p, slot)| Op::Edit { p, slot }),
        1 => (0..partners).prop_map(|p| Op::Add { p }),
        1 => (0..partners, 0..6usize).prop_map(|(p, slot)| Op::Delete { p, slot }),
        2 => (0..partners, 0..6usize).prop_map(|(p, slot)| Op::AddRecommendation { p, slot }),
        2 => (0..partners, 0..6usize, 0..8usize)
            .prop_map(|(p, slot, item)| Op::EditRecommendation { p, slot, item }),
        1 => (0..partners, 0..6usize, 0..8usize)
            .prop_map(|(p, slot, item)| Op::RemoveRecommendation { p, slot, item }),
        1 => (0..partners, 0..6usize).prop_map(|(p, slot)| Op::MoveRecommendation { p, slot }),
    ]
}

fn any_op(partners: usize) -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => local_op(partners),
        2 => (0..partners, 0..partners)
            .prop_filter("two different partners", |(a, b)| a != b)
            .prop_map(|(from, to)| Op::Exchange { from, to }),
    ]
}

fn issue_at(store: &mut Store, campaign: Uuid, slot: usize) -> Option<PriorityIssue> {
    let mut issues = store.priority_issues(campaign).unwrap();
    issues.sort_by_key(|i| i.id);
    (!issues.is_empty()).then(|| issues.remove(slot % issues.len()))
}

fn apply_local(world: &mut World, op: &Op) {
    let c = world.campaign;
    match *op {
        Op::Edit { p, slot } => {
            if let Some(mut issue) = issue_at(&mut world.sides[p], c, slot) {
                issue.background = fresh("background");
                world.sides[p].save_priority_issue(c, issue).unwrap();
            }
        }
        Op::Add { p } => {
            let issue = PriorityIssue {
                id: new_id(),
                title: fresh("issue"),
                rank: 99,
                upr_issues: vec![],
                background: String::new(),
                facts: vec![],
                questions: vec![],
                recommendations: vec![],
                created_at: now(),
                updated_at: now(),
                version: UNSAVED,
            };
            world.sides[p].save_priority_issue(c, issue).unwrap();
        }
        Op::Delete { p, slot } => {
            if let Some(issue) = issue_at(&mut world.sides[p], c, slot) {
                world.sides[p].delete_priority_issue(issue.id).unwrap();
            }
        }
        Op::AddRecommendation { p, slot } => {
            if let Some(mut issue) = issue_at(&mut world.sides[p], c, slot) {
                issue.recommendations.push(Recommendation {
                    id: new_id(),
                    text: fresh("recommendation"),
                    action_category: None,
                    previously_recommended: String::new(),
                    created_at: now(),
                    updated_at: now(),
                });
                world.sides[p].save_priority_issue(c, issue).unwrap();
            }
        }
        Op::EditRecommendation { p, slot, item } => {
            if let Some(mut issue) = issue_at(&mut world.sides[p], c, slot) {
                if !issue.recommendations.is_empty() {
                    let at = item % issue.recommendations.len();
                    issue.recommendations[at].text = fresh("changed recommendation");
                    world.sides[p].save_priority_issue(c, issue).unwrap();
                }
            }
        }
        Op::RemoveRecommendation { p, slot, item } => {
            if let Some(mut issue) = issue_at(&mut world.sides[p], c, slot) {
                if !issue.recommendations.is_empty() {
                    let at = item % issue.recommendations.len();
                    issue.recommendations.remove(at);
                    world.sides[p].save_priority_issue(c, issue).unwrap();
                }
            }
        }
        Op::MoveRecommendation { p, slot } => {
            if let Some(mut issue) = issue_at(&mut world.sides[p], c, slot) {
                if issue.recommendations.len() > 1 {
                    let first = issue.recommendations.remove(0);
                    issue.recommendations.push(first);
                    world.sides[p].save_priority_issue(c, issue).unwrap();
                }
            }
        }
        Op::Exchange { .. } => unreachable!("not a local edit"),
    }
}

/// What a side holds, record by record (its histories brought up to date first).
fn held(store: &mut Store, campaign: Uuid) -> BTreeMap<Uuid, (Held, Author)> {
    let me = store.organisation().unwrap().unwrap();
    let me = super::author_of(&me);
    store
        .write(|tx| history::bring_up_to_date(tx, campaign, &me))
        .unwrap()
        .entries
        .into_iter()
        // Meetings stay home unless ticked: they are not part of what partners share.
        .filter(|(_, e)| e.kind != Kind::Meeting)
        .map(|(id, e)| {
            let h = if e.deleted {
                Held::Deleted
            } else {
                Held::Alive(e.content_hash)
            };
            (id, (h, e.changed_by))
        })
        .collect()
}

/// The items a side holds, each with its priority issue.
fn items_of(store: &mut Store, campaign: Uuid) -> BTreeMap<Uuid, Uuid> {
    let mut out = BTreeMap::new();
    for issue in store.priority_issues(campaign).unwrap() {
        let ids = issue.facts.iter().map(|i| i.id);
        let ids = ids.chain(issue.questions.iter().map(|i| i.id));
        for id in ids.chain(issue.recommendations.iter().map(|i| i.id)) {
            out.insert(id, issue.id);
        }
    }
    out
}

fn content(store: &mut Store, campaign: Uuid) -> BTreeMap<Uuid, Held> {
    held(store, campaign)
        .into_iter()
        .map(|(id, (h, _))| (id, h))
        .collect()
}

/// The rule both sides settle by: the version last changed by the partner listed first wins.
fn settle_by_rule(store: &mut Store, campaign: Uuid, rank: &dyn Fn(Uuid) -> usize) {
    let mine = held(store, campaign);
    // In the order `conflicts` lists them, records before those that link to them: an item
    // of an issue deleted here settled before its issue could only stay deleted, and a target
    // State settled before the recommendation it asks for would lose the ask.
    let open = conflicts(store).unwrap();
    for conflict in open.clone() {
        // Settling an issue may settle its items with it.
        if !conflicts(store)
            .unwrap()
            .iter()
            .any(|c| c.id == conflict.id)
        {
            continue;
        }
        let mut my_author = mine[&conflict.id].1.id;
        // An issue deleted there while its items changed here: our version is those items'.
        if conflict.kind == Kind::PriorityIssue && conflict.theirs.is_none() {
            let items = items_of(store, campaign);
            if let Some(other) = items
                .iter()
                .filter(|(_, issue)| **issue == conflict.id)
                .filter_map(|(item, _)| mine.get(item).map(|(_, by)| by.id))
                .find(|by| *by != conflict.theirs_by.id)
            {
                my_author = other;
            }
        }
        let orphan =
            conflict.kind.is_item()
                && conflict.mine.is_none()
                && !store.priority_issues(campaign).unwrap().iter().any(|i| {
                    Some(i.id) == conflict.theirs.as_ref().and_then(super::items::issue_of)
                });
        // Its mirror: an issue deleted here while its items changed there: their version
        // is those items'.
        let mut their_author = conflict.theirs_by.id;
        if conflict.kind == Kind::PriorityIssue && conflict.mine.is_none() {
            if let Some(other) = open
                .iter()
                .filter(|c| c.theirs.as_ref().and_then(super::items::issue_of) == Some(conflict.id))
                .map(|c| c.theirs_by.id)
                .find(|by| *by != my_author)
            {
                their_author = other;
            }
        }
        let take = if rank(their_author) < rank(my_author) && !orphan {
            Settlement::Theirs
        } else {
            Settlement::Mine
        };
        settle(store, conflict.id, take).unwrap();
    }
}

/// One exchange, with the laws that hold for any exchange checked on the way. Returns the
/// ids that came out as conflicts.
fn exchange(world: &mut World, from: usize, to: usize) -> BTreeSet<Uuid> {
    let c = world.campaign;
    let file = bundle(&mut world.sides[from], &ShareChoice::default()).unwrap();
    let before: BTreeSet<Uuid> = held(&mut world.sides[to], c).into_keys().collect();
    let outcome = merge(&mut world.sides[to], &file, "file").unwrap();
    let conflicted: BTreeSet<Uuid> = outcome.conflicts.iter().map(|c| c.id).collect();

    // Idempotence: the same file again changes nothing, conflicts included.
    let kept = content(&mut world.sides[to], c);
    let open = conflicts(&mut world.sides[to]).unwrap();
    let again = merge(&mut world.sides[to], &file, "file").unwrap();
    assert!(
        again.added.is_empty() && again.updated.is_empty() && again.deleted.is_empty(),
        "{again:?}"
    );
    assert_eq!(content(&mut world.sides[to], c), kept);
    assert_eq!(conflicts(&mut world.sides[to]).unwrap(), open);

    // No record lost: every id either side knew is held or tombstoned, with its author.
    let after = held(&mut world.sides[to], c);
    for id in before.iter().chain(file.records.iter().map(|r| &r.id)) {
        let (_, author) = after
            .get(id)
            .unwrap_or_else(|| panic!("record {id} was lost"));
        assert!(!author.name.is_empty());
    }
    conflicted
}

fn ranks(world: &mut World) -> Vec<Uuid> {
    world
        .sides
        .iter_mut()
        .map(|s| s.organisation().unwrap().unwrap().id)
        .collect()
}

/// The body of `purged_tombstones_never_come_back_from_stale_files`, callable with one
/// history (the cases proptest found are kept below as plain tests).
fn purged_tombstones_stay_purged(ops: &[Op]) -> Result<(), TestCaseError> {
    let mut w = world(3);
    let c = w.campaign;
    let orgs = ranks(&mut w);
    let rank = move |id: Uuid| orgs.iter().position(|o| *o == id).unwrap_or(usize::MAX);
    let mut written: Vec<(usize, Bundle)> = Vec::new();
    for op in ops {
        match *op {
            Op::Exchange { from, to } => {
                let file = bundle(&mut w.sides[from], &ShareChoice::default()).unwrap();
                merge(&mut w.sides[to], &file, "file").unwrap();
                settle_by_rule(&mut w.sides[to], c, &rank);
                written.push((from, file));
            }
            ref local => apply_local(&mut w, local),
        }
    }
    let all_pairs = [(0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1)];
    for _ in 0..2 {
        for (from, to) in all_pairs {
            let file = bundle(&mut w.sides[from], &ShareChoice::default()).unwrap();
            merge(&mut w.sides[to], &file, "file").unwrap();
            settle_by_rule(&mut w.sides[to], c, &rank);
            written.push((from, file));
        }
    }
    for side in &mut w.sides {
        side.connection()
            .execute("UPDATE shared_record SET deleted_at = '2001-01-01T00:00:00.000Z' WHERE deleted = 1", [])
            .unwrap();
    }
    // Two more rounds: every partner acknowledges, then every side has purged.
    for _ in 0..2 {
        for (from, to) in all_pairs {
            let file = bundle(&mut w.sides[from], &ShareChoice::default()).unwrap();
            merge(&mut w.sides[to], &file, "file").unwrap();
        }
    }
    for side in &mut w.sides {
        let tombstones = side
            .write(|tx| history::read(tx, c))
            .unwrap()
            .values()
            .filter(|e| e.deleted)
            .count();
        prop_assert_eq!(tombstones, 0, "every tombstone was purged");
    }
    let first = content(&mut w.sides[0], c);
    for to in 0..3 {
        let before = content(&mut w.sides[to], c);
        prop_assert_eq!(&before, &first);
        for (from, file) in &written {
            if *from == to {
                continue;
            }
            merge(&mut w.sides[to], file, "late file").unwrap();
            prop_assert_eq!(
                &content(&mut w.sides[to], c),
                &before,
                "a late file of {} brought something back",
                from
            );
        }
    }
    Ok(())
}

/// The body of `the_order_of_two_exchanges_does_not_matter`, callable with one history.
fn exchange_order_does_not_matter(ops: &[Op]) -> Result<(), TestCaseError> {
    let mut w = world(2);
    let c = w.campaign;
    for op in ops {
        apply_local(&mut w, op);
    }
    let orgs = ranks(&mut w);
    let rank = move |id: Uuid| orgs.iter().position(|o| *o == id).unwrap_or(usize::MAX);
    let dirs = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    let mut other = World {
        sides: vec![
            copy(&mut w.sides[0], dirs[0].path()),
            copy(&mut w.sides[1], dirs[1].path()),
        ],
        campaign: c,
    };
    for (from, to) in [(0, 1), (1, 0)] {
        exchange(&mut w, from, to);
        settle_by_rule(&mut w.sides[to], c, &rank);
    }
    for (from, to) in [(1, 0), (0, 1)] {
        exchange(&mut other, from, to);
        settle_by_rule(&mut other.sides[to], c, &rank);
    }
    let one = content(&mut w.sides[0], c);
    prop_assert_eq!(&content(&mut w.sides[1], c), &one);
    prop_assert_eq!(&content(&mut other.sides[0], c), &one);
    prop_assert_eq!(&content(&mut other.sides[1], c), &one);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Two partners, random edits and exchanges: conflicts exactly where both sides changed a
    /// record since they last agreed (the model keeps what they last agreed on).
    #[test]
    fn two_partners_conflict_exactly_where_both_changed(ops in prop::collection::vec(any_op(2), 1..16)) {
        let mut w = world(2);
        let c = w.campaign;
        let orgs = ranks(&mut w);
        let rank = move |id: Uuid| orgs.iter().position(|o| *o == id).unwrap_or(usize::MAX);
        // What both last agreed on, record by record (after the first file: everything).
        let mut base = content(&mut w.sides[0], c);
        for op in &ops {
            match *op {
                Op::Exchange { from, to } => {
                    let f = content(&mut w.sides[from], c);
                    let f_items = items_of(&mut w.sides[from], c);
                    let t = content(&mut w.sides[to], c);
                    let items = items_of(&mut w.sides[to], c);
                    let issue_alive = |issue: &Uuid| matches!(t.get(issue), Some(Held::Alive(_)));
                    // Held after the merge: alive here, or taken back from their side (a
                    // change there only).
                    let issue_kept = |issue: &Uuid| {
                        issue_alive(issue)
                            || matches!(f.get(issue), Some(Held::Alive(_)))
                                && f.get(issue) != base.get(issue)
                                && t.get(issue) == base.get(issue)
                    };
                    let expected: BTreeSet<Uuid> = f
                        .iter()
                        .filter(|(id, theirs)| {
                            let b = base.get(id);
                            // An item new there, in an issue deleted here, was deleted here
                            // with its issue.
                            let orphan = f_items.get(id).is_some_and(|i| !issue_kept(i));
                            let mine = t.get(id).or(orphan.then_some(&Held::Deleted));
                            // Deleting an issue there would take items changed here with it.
                            let drops = Some(*theirs) != b
                                && **theirs == Held::Deleted
                                && issue_alive(id)
                                && items.iter().any(|(item, issue)| {
                                    issue == *id && t.get(item) != base.get(item)
                                });
                            // And its mirror: an issue deleted here while items of it
                            // changed there.
                            let dropped = matches!(theirs, Held::Alive(_))
                                && !issue_kept(id)
                                && f_items.iter().any(|(item, issue)| {
                                    issue == *id && f.get(item) != base.get(item)
                                });
                            Some(*theirs) != b && mine != b && mine != Some(*theirs)
                                || drops
                                || dropped
                        })
                        .map(|(id, _)| *id)
                        .collect();
                    let got = exchange(&mut w, from, to);
                    // Where the merge's own side effects (a target State's asks of deleted
                    // recommendations) left both versions alike, nothing is left to settle.
                    let after = content(&mut w.sides[to], c);
                    let expected: BTreeSet<Uuid> = expected
                        .into_iter()
                        .filter(|id| after.get(id) != f.get(id))
                        .collect();
                    prop_assert_eq!(&got, &expected);
                    settle_by_rule(&mut w.sides[to], c, &rank);
                    // The file's versions are now what both have seen.
                    for (id, h) in f {
                        base.insert(id, h);
                    }
                }
                ref local => apply_local(&mut w, local),
            }
        }
    }

    /// Three partners passing files around at random: idempotence and no loss on every
    /// exchange (checked inside `exchange`), and once every partner has passed its file on
    /// twice around the ring, all three hold the same content.
    #[test]
    fn three_partners_converge_after_a_round(ops in prop::collection::vec(any_op(3), 1..16)) {
        let mut w = world(3);
        let c = w.campaign;
        let orgs = ranks(&mut w);
        let rank = move |id: Uuid| orgs.iter().position(|o| *o == id).unwrap_or(usize::MAX);
        for op in &ops {
            match *op {
                Op::Exchange { from, to } => {
                    exchange(&mut w, from, to);
                    settle_by_rule(&mut w.sides[to], c, &rank);
                }
                ref local => apply_local(&mut w, local),
            }
        }
        for (from, to) in [(0, 1), (1, 2), (2, 0), (0, 1), (1, 2), (2, 0)] {
            exchange(&mut w, from, to);
            settle_by_rule(&mut w.sides[to], c, &rank);
        }
        let first = content(&mut w.sides[0], c);
        prop_assert_eq!(&content(&mut w.sides[1], c), &first);
        prop_assert_eq!(&content(&mut w.sides[2], c), &first);
    }

    /// Tombstones purged: after random histories of three partners, once all have exchanged
    /// with all and the tombstones are old, the next round purges them (the sides' histories
    /// hold no tombstone any more) and every file written during the history, arriving late,
    /// changes nothing: no purged record comes back.
    #[test]
    fn purged_tombstones_never_come_back_from_stale_files(ops in prop::collection::vec(any_op(3), 1..14)) {
        purged_tombstones_stay_purged(&ops)?;
    }

    /// Order independence: from the same edits, A→B then B→A and B→A then A→B, conflicts
    /// settled by the same rule, end with the same content on both sides in both orders.
    #[test]
    fn the_order_of_two_exchanges_does_not_matter(
        ops in prop::collection::vec(local_op(2), 0..12)
    ) {
        exchange_order_does_not_matter(&ops)?;
    }
}

/// Found by CI: two issues deleted on two sides and a recommendation moved on a third, then
/// every side exchanging with every other. The third side took the first's target State
/// (settling a conflict) without the ask of a recommendation it had deleted, under the first's
/// version vector; when the recommendation came back, the sides held different asks under
/// the same vector for good.
#[test]
fn two_deletions_and_a_move_on_three_sides_stay_purged() {
    use Op::*;
    purged_tombstones_stay_purged(&[
        Delete { p: 2, slot: 0 },
        Delete { p: 0, slot: 2 },
        MoveRecommendation { p: 1, slot: 0 },
    ])
    .unwrap();
}

/// Found by a long run of the law: a move and an edit on one side, a recommendation added on
/// the other, then an issue deleted where the move was. The added recommendation and its
/// deleted issue are two conflicts of one merge; listed as found, the recommendation came
/// first when the clock ticked between them, and settled alone it stayed deleted.
#[test]
fn a_move_an_edit_an_addition_and_a_deletion_merge_alike_in_either_order() {
    use Op::*;
    // Whether the clock ticks within a merge is chance: one history, many runs.
    for _ in 0..40 {
        exchange_order_does_not_matter(&[
            MoveRecommendation { p: 1, slot: 2 },
            Edit { p: 1, slot: 1 },
            AddRecommendation { p: 0, slot: 2 },
            Delete { p: 1, slot: 5 },
        ])
        .unwrap();
    }
}

/// Found by a long run of the law: an issue edited then deleted and a recommendation moved on
/// one side, the same recommendation removed on the other. Settled in the order found, the
/// target State asking for it could come before the recommendation, and lose the ask in one
/// order of exchanges only.
#[test]
fn a_target_state_is_settled_after_the_recommendation_it_asks_for() {
    use Op::*;
    exchange_order_does_not_matter(&[
        Edit { p: 0, slot: 0 },
        RemoveRecommendation {
            p: 1,
            slot: 2,
            item: 3,
        },
        MoveRecommendation { p: 0, slot: 2 },
        Delete { p: 0, slot: 0 },
    ])
    .unwrap();
}
