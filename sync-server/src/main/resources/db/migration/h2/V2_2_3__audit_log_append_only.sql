-- H2 (development mode, single-PC labs): the same append-only guard PostgreSQL has. Triggers
-- refuse every UPDATE and DELETE of an entry.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW CALL 'lab.spectra.server.db.AuditLogIsAppendOnly';
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW CALL 'lab.spectra.server.db.AuditLogIsAppendOnly';

-- H2 fires no trigger on TRUNCATE, but refuses to truncate a table that a foreign key points at:
-- this empty table is that foreign key.
CREATE TABLE audit_log_truncate_guard (
    entry_id UUID REFERENCES audit_log (id)
);

-- Finds the entry where chain format 2 starts without reading the whole trail.
CREATE INDEX idx_audit_log_action ON audit_log (organization_id, action);
