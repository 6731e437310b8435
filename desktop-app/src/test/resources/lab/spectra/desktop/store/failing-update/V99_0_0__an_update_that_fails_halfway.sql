-- A release's migration that fails after it changed something: H2 has already committed the
-- first two statements when the third fails.
CREATE TABLE made_by_the_failed_update (n INT);
INSERT INTO update_probe VALUES (2);
SELECT * FROM a_table_no_release_ever_made;
