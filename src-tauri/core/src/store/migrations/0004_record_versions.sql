-- Every record the user saves on its own carries a version that moves when a save changes
-- it. A save names the version it was based on; one based on an older version is refused,
-- so a stale window (or the command line) can never overwrite, or delete the children of,
-- what was saved elsewhere. Records stored before this migration start at version 1.

ALTER TABLE organisation ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE campaign ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE priority_issue ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE target_state ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE meeting ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE submission ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE received_recommendation ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE custom_milestone ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
