//! The Campaign screen's "Names in the documents": what a sentence will say for the State
//! under Review in each document language, and the user's own words for a fictional State
//! kept as typed and said back by the core.

use crate::e2e::pages::Frame;
use crate::e2e::App;

#[test]
fn own_words_for_a_fictional_state_are_kept_and_said_in_a_sentence() {
    let app = App::start();
    let session = app.open();
    let frame = Frame::new(&session);
    frame.go_to("campaign");
    // The demo's English name takes its article; its French words are the demo's own.
    session.wait_for_text("the State in an English sentence", |t| {
        t.contains("In a sentence: the Republic of Meridia")
    });
    session.wait_for_text("the State in a French sentence", |t| {
        t.contains("In a sentence: la République de Méridie")
    });

    // One field at a time: each is saved, then read back from the core, before the next.
    let article = session.wait("[data-testid='name-row-state_under_review-es'] input");
    session.clear(&article);
    session.type_into(&article, "el");
    frame.wait_until_saved();
    session.wait_for_text("the new article in a Spanish sentence", |t| {
        t.contains("In a sentence: el República de Meridia")
    });
    let formal = session.wait("[data-testid='name-formal-state_under_review-es']");
    session.clear(&formal);
    session.type_into(&formal, "Estado Plurinacional de Valdoria");
    frame.wait_until_saved();
    // Said back by the core as sentences will say it.
    session.wait_for_text("the State in a Spanish sentence", |t| {
        t.contains("In a sentence: el Estado Plurinacional de Valdoria")
    });
}
