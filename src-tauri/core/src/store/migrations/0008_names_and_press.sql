-- How a name is written in a document's running text, per campaign and language, where the
-- shipped list of UN Member States does not say it or says it otherwise: a fictional or
-- disputed State, the organisation's own name. `typed` is the name as the campaign or the
-- organisation holds it; without a row the shipped list (or the name as typed) is used.

CREATE TABLE custom_name (
    campaign_id TEXT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    typed       TEXT NOT NULL,
    language    TEXT NOT NULL,
    short       TEXT NOT NULL,
    formal      TEXT NOT NULL,
    article     TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (campaign_id, typed, language)
);

-- What a campaign's press release says beyond the campaign: the dateline's city, the
-- spokesperson quoted and their words, what the organisation welcomes and regrets. One row
-- per campaign once written; without it the press release uses the catalogue's defaults.

CREATE TABLE press_details (
    campaign_id       TEXT PRIMARY KEY NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    city              TEXT NOT NULL,
    spokesperson      TEXT NOT NULL,
    spokesperson_role TEXT NOT NULL,
    quote             TEXT NOT NULL,
    welcomes          TEXT NOT NULL,
    regrets           TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
