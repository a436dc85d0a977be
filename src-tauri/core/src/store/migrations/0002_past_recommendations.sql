-- Past UPR recommendations imported from UPR Info's database or OHCHR's Universal Human
-- Rights Index, with a full-text index over their text. They are reference data, not the
-- organisation's own work: they do not go into the exchange document.

CREATE TABLE past_recommendation (
    id                       INTEGER PRIMARY KEY,
    -- The first 16 bytes of SHA-256 over State under Review, recommending State, session and
    -- the text with case, punctuation and spacing folded: importing the same row twice (or
    -- the same recommendation from another source) adds it once.
    dedup_key                BLOB NOT NULL UNIQUE,
    state_under_review       TEXT NOT NULL COLLATE NOCASE,
    state_under_review_group TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    text                     TEXT NOT NULL,
    recommending_state       TEXT NOT NULL COLLATE NOCASE,
    recommending_group       TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    recommending_orgs        TEXT NOT NULL DEFAULT '', -- comma-separated, as UPR Info writes them
    -- 'supported' (older data: accepted), 'noted', or '' when the file says nothing we know;
    -- the file's own word is kept beside it.
    response                 TEXT NOT NULL DEFAULT '' CHECK (response IN ('supported', 'noted', '')),
    response_as_recorded     TEXT NOT NULL DEFAULT '',
    action_category          INTEGER CHECK (action_category BETWEEN 1 AND 5),
    session                  INTEGER,
    cycle                    INTEGER
);
CREATE INDEX past_recommendation_sur ON past_recommendation (state_under_review, session);
CREATE INDEX past_recommendation_from ON past_recommendation (recommending_state, session);
CREATE INDEX past_recommendation_session ON past_recommendation (session);

-- UPR Info's issues (or the Index's themes) of each recommendation.
CREATE TABLE past_recommendation_issue (
    recommendation_id INTEGER NOT NULL REFERENCES past_recommendation (id) ON DELETE CASCADE,
    issue             TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (recommendation_id, issue)
) WITHOUT ROWID;
CREATE INDEX past_recommendation_issue_by_issue ON past_recommendation_issue (issue, recommendation_id);

-- Full text over the recommendations, kept in step with the table by the triggers below.
-- Porter stemming lets "journalist" find "journalists"; diacritics are folded so that
-- "equite" finds "Equité".
CREATE VIRTUAL TABLE past_recommendation_text USING fts5 (
    text,
    content = 'past_recommendation',
    content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER past_recommendation_text_insert AFTER INSERT ON past_recommendation BEGIN
    INSERT INTO past_recommendation_text (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER past_recommendation_text_delete AFTER DELETE ON past_recommendation BEGIN
    INSERT INTO past_recommendation_text (past_recommendation_text, rowid, text)
    VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER past_recommendation_text_update AFTER UPDATE OF text ON past_recommendation BEGIN
    INSERT INTO past_recommendation_text (past_recommendation_text, rowid, text)
    VALUES ('delete', old.id, old.text);
    INSERT INTO past_recommendation_text (rowid, text) VALUES (new.id, new.text);
END;
