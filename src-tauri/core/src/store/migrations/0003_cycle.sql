-- The UPR cycle around the documents: the adoption at the Human Rights Council, dates the
-- user adds to the calendar, the stakeholder submission, and the recommendations the State
-- received with how they are implemented between reviews.

-- The day the Council adopts the outcome and the first day of that HRC session, when known;
-- without them the calendar estimates both from the review date.
ALTER TABLE campaign ADD COLUMN adoption_date TEXT;
ALTER TABLE campaign ADD COLUMN hrc_session_start TEXT;

-- Dates the user adds beside the computed milestones.
CREATE TABLE custom_milestone (
    id          TEXT PRIMARY KEY NOT NULL,
    campaign_id TEXT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    date        TEXT NOT NULL,
    title       TEXT NOT NULL,
    notes       TEXT NOT NULL DEFAULT '',
    done        INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX custom_milestone_campaign ON custom_milestone (campaign_id, date);

-- Computed milestones the user marked as done: their dates are computed, only the mark is kept.
CREATE TABLE milestone_done (
    campaign_id TEXT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    PRIMARY KEY (campaign_id, kind)
);

-- A stakeholder submission to OHCHR. Its issues (with their numbered paragraphs) and its
-- recommendations are edited and saved with it, and nothing else points at them, so they are
-- kept as JSON in the row, like a priority issue's UPR Info tags.
CREATE TABLE submission (
    id              TEXT PRIMARY KEY NOT NULL,
    campaign_id     TEXT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    title           TEXT NOT NULL DEFAULT '',
    kind            TEXT NOT NULL CHECK (kind IN ('individual', 'joint')),
    partners        TEXT NOT NULL DEFAULT '[]', -- JSON array of organisation names
    summary         TEXT NOT NULL DEFAULT '',
    issues          TEXT NOT NULL DEFAULT '[]', -- JSON array of {heading, paragraphs}
    recommendations TEXT NOT NULL DEFAULT '[]', -- JSON array of text
    annexes         TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX submission_campaign ON submission (campaign_id, created_at);

-- A recommendation the State under Review received, its response and its implementation.
CREATE TABLE received_recommendation (
    id                 TEXT PRIMARY KEY NOT NULL,
    campaign_id        TEXT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    cycle              INTEGER,
    reference          TEXT NOT NULL DEFAULT '', -- e.g. A/HRC/52/9, para. 112.34
    text               TEXT NOT NULL,
    recommending_state TEXT NOT NULL DEFAULT '',
    response           TEXT NOT NULL CHECK (response IN ('supported', 'noted', 'pending')),
    priority_issue_id  TEXT REFERENCES priority_issue (id) ON DELETE SET NULL,
    status             TEXT NOT NULL DEFAULT 'not_started'
                       CHECK (status IN ('not_started', 'partially', 'fully', 'regressed')),
    responsible        TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX received_recommendation_campaign ON received_recommendation (campaign_id, position);
CREATE INDEX received_recommendation_issue ON received_recommendation (priority_issue_id);

-- What shows the state of implementation: a law passed, a report, a case.
CREATE TABLE implementation_evidence (
    id                         TEXT PRIMARY KEY NOT NULL,
    received_recommendation_id TEXT NOT NULL
                               REFERENCES received_recommendation (id) ON DELETE CASCADE,
    position                   INTEGER NOT NULL,
    date                       TEXT NOT NULL,
    text                       TEXT NOT NULL,
    source                     TEXT NOT NULL DEFAULT '',
    created_at                 TEXT NOT NULL,
    updated_at                 TEXT NOT NULL
);
CREATE INDEX implementation_evidence_recommendation
    ON implementation_evidence (received_recommendation_id, position);
