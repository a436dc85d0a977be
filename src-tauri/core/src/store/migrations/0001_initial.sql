-- The first schema: the organisation, its campaigns and everything a campaign holds.
-- Ids are UUIDs as text, timestamps RFC 3339 UTC text with milliseconds, so that the file
-- reads plainly in any SQLite tool. `position` keeps the user's order of children.

CREATE TABLE organisation (
    id              TEXT PRIMARY KEY NOT NULL,
    name            TEXT NOT NULL,
    acronym         TEXT NOT NULL DEFAULT '',
    contact_email   TEXT NOT NULL DEFAULT '',
    contact_phone   TEXT NOT NULL DEFAULT '',
    website         TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    ecosoc_status   TEXT NOT NULL DEFAULT 'none'
                    CHECK (ecosoc_status IN ('none', 'general', 'special', 'roster')),
    logo            TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE partner (
    id              TEXT PRIMARY KEY NOT NULL,
    organisation_id TEXT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    name            TEXT NOT NULL,
    acronym         TEXT NOT NULL DEFAULT '',
    contact_email   TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE campaign (
    id                 TEXT PRIMARY KEY NOT NULL,
    state_under_review TEXT NOT NULL,
    cycle              INTEGER NOT NULL,
    session            INTEGER NOT NULL,
    review_date        TEXT,
    adoption_session   TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);

CREATE TABLE priority_issue (
    id          TEXT PRIMARY KEY NOT NULL,
    campaign_id TEXT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    rank        INTEGER NOT NULL,
    title       TEXT NOT NULL,
    upr_issues  TEXT NOT NULL DEFAULT '[]', -- JSON array of UPR Info issue names
    background  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX priority_issue_campaign ON priority_issue (campaign_id, rank);

CREATE TABLE key_fact (
    id                TEXT PRIMARY KEY NOT NULL,
    priority_issue_id TEXT NOT NULL REFERENCES priority_issue (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    text              TEXT NOT NULL,
    source            TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX key_fact_issue ON key_fact (priority_issue_id, position);

CREATE TABLE question (
    id                TEXT PRIMARY KEY NOT NULL,
    priority_issue_id TEXT NOT NULL REFERENCES priority_issue (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    text              TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX question_issue ON question (priority_issue_id, position);

CREATE TABLE recommendation (
    id                     TEXT PRIMARY KEY NOT NULL,
    priority_issue_id      TEXT NOT NULL REFERENCES priority_issue (id) ON DELETE CASCADE,
    position               INTEGER NOT NULL,
    text                   TEXT NOT NULL,
    action_category        INTEGER CHECK (action_category BETWEEN 1 AND 5),
    previously_recommended TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);
CREATE INDEX recommendation_issue ON recommendation (priority_issue_id, position);

CREATE TABLE target_state (
    id          TEXT PRIMARY KEY NOT NULL,
    campaign_id TEXT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    state       TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX target_state_campaign ON target_state (campaign_id, position);

CREATE TABLE contact_person (
    id              TEXT PRIMARY KEY NOT NULL,
    target_state_id TEXT NOT NULL REFERENCES target_state (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL DEFAULT '',
    post            TEXT NOT NULL CHECK (post IN ('embassy', 'mission')),
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX contact_person_state ON contact_person (target_state_id, position);

-- The recommendations a target State is asked to make, in the order they are asked.
CREATE TABLE target_state_ask (
    target_state_id   TEXT NOT NULL REFERENCES target_state (id) ON DELETE CASCADE,
    recommendation_id TEXT NOT NULL REFERENCES recommendation (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    PRIMARY KEY (target_state_id, recommendation_id)
);
CREATE INDEX target_state_ask_recommendation ON target_state_ask (recommendation_id);

CREATE TABLE meeting (
    id              TEXT PRIMARY KEY NOT NULL,
    campaign_id     TEXT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    date            TEXT NOT NULL,
    place           TEXT NOT NULL CHECK (place IN ('capital', 'geneva', 'other')),
    location        TEXT NOT NULL DEFAULT '',
    target_state_id TEXT REFERENCES target_state (id) ON DELETE SET NULL,
    people          TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    follow_up_text  TEXT,
    follow_up_due   TEXT,
    follow_up_done  INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX meeting_campaign ON meeting (campaign_id, date);
CREATE INDEX meeting_target_state ON meeting (target_state_id);

-- Named settings as one JSON value per key.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
