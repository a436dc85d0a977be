-- Coalition work: what a merge of partners' share files needs to decide, record by record,
-- which side changed since the last exchange.
--
-- `shared_record` is the exchange history of one record of a campaign (a priority issue, a
-- target State…): its version vector (`clock`, JSON {organisation id: count}), the hash of its
-- shared content when the clock last moved (a different hash today means it was edited here
-- since), the organisation that last changed it, and whether it was deleted (a tombstone).
CREATE TABLE shared_record (
    record_id       TEXT PRIMARY KEY NOT NULL,
    campaign_id     TEXT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    clock           TEXT NOT NULL,
    content_hash    TEXT NOT NULL DEFAULT '',
    changed_by_id   TEXT NOT NULL,
    changed_by_name TEXT NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX shared_record_campaign ON shared_record (campaign_id, kind);

-- A partner's version of a record that was changed on both sides (or deleted on one side and
-- edited on the other): kept beside ours, which is untouched, until the user settles it.
CREATE TABLE merge_conflict (
    record_id   TEXT PRIMARY KEY NOT NULL,
    campaign_id TEXT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    theirs      TEXT NOT NULL, -- JSON of the partner's shared record (clock, author, data)
    found_at    TEXT NOT NULL
);

-- The last exchange with each partner organisation: when we last wrote them a share file and
-- when we last merged one of theirs, with what it brought.
CREATE TABLE exchange_partner (
    organisation_id TEXT PRIMARY KEY NOT NULL,
    name            TEXT NOT NULL,
    last_shared_at  TEXT,
    last_merged_at  TEXT,
    last_digest     TEXT NOT NULL DEFAULT '',
    last_outcome    TEXT NOT NULL DEFAULT '{}' -- JSON of what the last merge did
);
