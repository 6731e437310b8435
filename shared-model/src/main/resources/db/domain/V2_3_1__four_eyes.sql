-- Four-eyes rule (ADR 0010): who edited a draft or an entry travels with the row, so the bench can
-- refuse an approval or a review by one of them offline, and approvals name the row version they
-- were made on. Rows from before have no editors recorded (the server recovers them from its audit
-- trail in a later, PostgreSQL-only script) and their approvals no version.

ALTER TABLE recipes ADD COLUMN editor_ids ${json} DEFAULT JSON '[]' NOT NULL;
ALTER TABLE recipe_approvals ADD COLUMN recipe_row_version BIGINT;

ALTER TABLE sops ADD COLUMN editor_ids ${json} DEFAULT JSON '[]' NOT NULL;
ALTER TABLE sops ADD COLUMN approved_row_version BIGINT;

ALTER TABLE eln_entries ADD COLUMN editor_ids ${json} DEFAULT JSON '[]' NOT NULL;
