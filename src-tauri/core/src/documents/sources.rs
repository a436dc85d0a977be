//! The first step of every document: gathering what it is made from. The organisation, the
//! current campaign, its priority issues and target States and the settings come from the
//! store in one place (so a missing campaign is one error, `no_campaign`, for every
//! document), then each document narrows them to the user's choices: the issues chosen, the
//! delegation, the language.

use crate::model::{
    Campaign, CustomName, EditableDocument, Organisation, PriorityIssue, TargetState,
};
use crate::settings::Settings;
use crate::store::Store;
use crate::{Error, Result};

use super::pipeline::Preamble;
use super::wording::Language;
use super::{DocumentKind, DocumentOptions, PriorRecommendation};

/// What a document is made from: the organisation's data as the store holds it.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    pub organisation: &'a Organisation,
    pub campaign: &'a Campaign,
    /// In rank order.
    pub issues: &'a [PriorityIssue],
    pub target_states: &'a [TargetState],
    pub settings: &'a Settings,
    /// The oral statement as the user edited it, said in place of the generated one.
    pub oral_statement_text: Option<&'a str>,
    /// The talking points as the user edited them, said in place of the generated ones.
    pub talking_points_text: Option<&'a str>,
    /// The campaign's own words for names in running text (`crate::names_in_text`).
    pub custom_names: &'a [CustomName],
}

impl<'a> Sources<'a> {
    /// The user's edited text of `document`, if any.
    pub fn edited(&self, document: EditableDocument) -> Option<&'a str> {
        match document {
            EditableDocument::OralStatement => self.oral_statement_text,
            EditableDocument::TalkingPoints => self.talking_points_text,
        }
    }

    /// Who writes, for which review, in the language of `options` (else the settings').
    pub(super) fn preamble(&self, options: &DocumentOptions) -> Result<Preamble<'a>> {
        Ok(Preamble {
            organisation: self.organisation,
            campaign: self.campaign,
            settings: self.settings,
            lang: language(self.settings, options.language),
            names: self.custom_names,
        })
    }
}

/// The store's data, owned, that [`Sources`] borrows.
pub(super) struct Gathered {
    organisation: Organisation,
    campaign: Campaign,
    issues: Vec<PriorityIssue>,
    target_states: Vec<TargetState>,
    settings: Settings,
    oral_statement_text: Option<String>,
    talking_points_text: Option<String>,
    custom_names: Vec<CustomName>,
}

impl Gathered {
    /// The organisation and the current campaign with its issues and target States: every
    /// document needs the first two, and says so the same way when either is missing.
    pub(super) fn from_store(store: &mut Store) -> Result<Gathered> {
        let organisation = store.organisation()?.ok_or(Error::NoOrganisation)?;
        let campaign = store.current_campaign()?.ok_or(Error::NoCampaign)?;
        Ok(Gathered {
            issues: store.priority_issues(campaign.id)?,
            target_states: store.target_states(campaign.id)?,
            settings: store.settings()?,
            oral_statement_text: store.edited_text(campaign.id, EditableDocument::OralStatement)?,
            talking_points_text: store.edited_text(campaign.id, EditableDocument::TalkingPoints)?,
            custom_names: store.custom_names(campaign.id)?,
            organisation,
            campaign,
        })
    }

    pub(super) fn sources(&self) -> Sources<'_> {
        Sources {
            organisation: &self.organisation,
            campaign: &self.campaign,
            issues: &self.issues,
            target_states: &self.target_states,
            settings: &self.settings,
            oral_statement_text: self.oral_statement_text.as_deref(),
            talking_points_text: self.talking_points_text.as_deref(),
            custom_names: &self.custom_names,
        }
    }
}

/// The language a document is written in: the one asked for ("en", "fr", "es"), else the
/// settings' document language.
pub(crate) fn language(settings: &Settings, chosen: Option<Language>) -> Language {
    chosen.unwrap_or(settings.document_language)
}

/// A brief for a delegation shows what that State recommended before on the chosen issues,
/// when the database of past recommendations has any and the caller gave none.
pub(super) fn with_prior_recommendations(
    store: &mut Store,
    kind: DocumentKind,
    options: &DocumentOptions,
    sources: &Sources,
) -> Result<DocumentOptions> {
    let mut options = options.clone();
    let Some(state) = options.target_state.clone() else {
        return Ok(options);
    };
    if kind != DocumentKind::Brief || !options.prior_recommendations.is_empty() {
        return Ok(options);
    }
    let mut tags: Vec<String> = Vec::new();
    for issue in sources.issues {
        if options.issues.is_empty() || options.issues.iter().any(|t| t == &issue.title) {
            for tag in &issue.upr_issues {
                if !tags.contains(tag) {
                    tags.push(tag.clone());
                }
            }
        }
    }
    let found = crate::recommendations::prior_recommendations(
        store,
        &state,
        &sources.campaign.state_under_review,
        &tags,
        sources.settings.brief_prior_recommendations as usize,
    )?;
    options.prior_recommendations = found
        .into_iter()
        .map(|r| PriorRecommendation {
            state_under_review: r.state_under_review,
            text: r.text,
            response: r.response_as_recorded,
            session: r.session,
        })
        .collect();
    Ok(options)
}

/// The issues the user chose, in rank order; an unknown title is an error naming the
/// titles there are.
pub(super) fn select_issues(
    all: &[PriorityIssue],
    titles: &[String],
) -> Result<Vec<PriorityIssue>> {
    let mut issues: Vec<PriorityIssue> = if titles.is_empty() {
        all.to_vec()
    } else {
        for t in titles {
            if !all
                .iter()
                .any(|i| i.title.trim().eq_ignore_ascii_case(t.trim()))
            {
                let known: Vec<String> = all.iter().map(|i| format!("'{}'", i.title)).collect();
                return Err(Error::invalid(
                    "issue",
                    format!(
                        "no priority issue is called '{t}'; there are {}",
                        known.join(", ")
                    ),
                ));
            }
        }
        all.iter()
            .filter(|i| {
                titles
                    .iter()
                    .any(|t| i.title.trim().eq_ignore_ascii_case(t.trim()))
            })
            .cloned()
            .collect()
    };
    issues.sort_by_key(|i| i.rank);
    Ok(issues)
}

/// The target State the document is for, when the user chose one.
pub(super) fn target<'a>(
    sources: &Sources<'a>,
    options: &DocumentOptions,
) -> Result<Option<&'a TargetState>> {
    let Some(name) = options.target_state.as_deref() else {
        return Ok(None);
    };
    sources
        .target_states
        .iter()
        .find(|t| t.state.trim().eq_ignore_ascii_case(name.trim()))
        .map(Some)
        .ok_or_else(|| {
            let known: Vec<&str> = sources
                .target_states
                .iter()
                .map(|t| t.state.as_str())
                .collect();
            Error::invalid(
                "target State",
                format!(
                    "'{name}' is not one of the campaign's target States ({}); add it first",
                    if known.is_empty() {
                        "none yet".to_string()
                    } else {
                        known.join(", ")
                    }
                ),
            )
        })
}
