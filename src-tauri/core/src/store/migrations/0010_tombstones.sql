-- Tombstones are purged once safe (coalition work): a tombstone may go when it is older
-- than the setting `tombstone_keep_days` and every partner organisation has acknowledged it.
--
-- `deleted_at`: when the record became a tombstone here (NULL while it lives). Tombstones
-- that existed before this migration start their keeping time now.
ALTER TABLE shared_record ADD COLUMN deleted_at TEXT;
UPDATE shared_record SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE deleted = 1;

-- A partner's acknowledgement of a tombstone: its last file held the record deleted, with
-- this version vector (the tombstone is acknowledged while it covers ours).
CREATE TABLE tombstone_ack (
    record_id       TEXT NOT NULL REFERENCES shared_record (record_id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL,
    clock           TEXT NOT NULL,
    PRIMARY KEY (record_id, organisation_id)
);

-- When the newest file merged from a partner was written (by its own clock): a file of that
-- partner written before it is stale, and brings no record unknown here (it may be one whose
-- tombstone was purged).
ALTER TABLE exchange_partner ADD COLUMN last_written_at TEXT;
