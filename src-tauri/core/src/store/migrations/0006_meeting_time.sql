-- The time of day a meeting starts ("10:30:00", as chrono writes a time), for the print run's
-- agenda; NULL when not known, as in every meeting recorded before this version.

ALTER TABLE meeting ADD COLUMN time TEXT;
