-- The next server version's expand steps, for the rolling-upgrade test only: this folder is put on the
-- class path of the restarted instance alone, never on the product's nor the test's. Nullable columns
-- on tables the previous version writes on every push and reads on every pull, and a table of the new
-- version's own: the previous version's queries name their columns, so they go on working beside it.
--
-- One table per script: Flyway runs each script in a transaction of its own, and a transaction that
-- holds one table's exclusive lock while it waits for another's can deadlock with the running
-- version's transactions (it did, with the three columns in one script). A short lock timeout keeps
-- the running version's queries from queueing long behind a waiting ALTER.
SET LOCAL lock_timeout = '10s';
ALTER TABLE samples ADD COLUMN label_printed_at TIMESTAMPTZ;
