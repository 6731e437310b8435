-- A stand-in for the next release's bench migrations (issue 22), played over the fixture of the
-- previous release's full outbox: a new column every queued command gets, the table's index
-- rebuilt, and the queue's size kept in a table of its own. Nothing here may touch a command.
ALTER TABLE outbox ADD COLUMN queued_by_release VARCHAR(20) DEFAULT 'this' NOT NULL;
UPDATE outbox SET queued_by_release = 'previous';
DROP INDEX idx_outbox_author;
CREATE INDEX idx_outbox_author ON outbox (author_id, seq);
CREATE TABLE outbox_at_update (queued INT NOT NULL);
INSERT INTO outbox_at_update SELECT COUNT(*) FROM outbox;
