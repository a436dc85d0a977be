-- The list of speakers of the campaign's review, as the user gave it: the States inscribed
-- to speak at the Working Group (published shortly before the review), in the list's order.
-- `state` is the State's English UN short name, or for a non-member the name the database of
-- past recommendations gives it ("Holy See"). No rows: the list is not known, and whom to
-- lobby is ranked from the past alone.

CREATE TABLE list_of_speakers (
    campaign_id TEXT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    state       TEXT NOT NULL,
    PRIMARY KEY (campaign_id, position)
);
