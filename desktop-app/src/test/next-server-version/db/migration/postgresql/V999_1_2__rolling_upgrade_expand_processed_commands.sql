-- The rolling-upgrade test's next version, second expand step: one table per script (see V999_1_1).
SET LOCAL lock_timeout = '10s';
ALTER TABLE processed_commands ADD COLUMN served_by TEXT;
