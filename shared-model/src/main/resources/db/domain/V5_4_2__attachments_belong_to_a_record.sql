-- A file is attached to one record (issue 15): a run's raw data, a calibration's certificate, a
-- notebook entry's figure. Rows written before have no record.
ALTER TABLE attachments ADD COLUMN record_table VARCHAR(40);
ALTER TABLE attachments ADD COLUMN record_id UUID;
CREATE INDEX attachments_of_record ON attachments (organization_id, record_table, record_id);
