-- The SHA-256 (hex) of the bytes of the last file merged from each partner, as they were on
-- disk (encrypted or not). The exchange folder lists a file with these bytes as already
-- merged, even a sealed one it cannot open (merged by hand with its own passphrase).
ALTER TABLE exchange_partner ADD COLUMN last_file_digest TEXT NOT NULL DEFAULT '';
