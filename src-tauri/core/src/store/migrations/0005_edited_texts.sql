-- A document's text as the user edited it, in place of the generated one (the oral statement
-- today): one per campaign and document kind. Without a row the document is generated from
-- the issues; "Reset to the generated text" deletes the row.

CREATE TABLE edited_text (
    campaign_id TEXT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    document    TEXT NOT NULL,
    text        TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (campaign_id, document)
);
