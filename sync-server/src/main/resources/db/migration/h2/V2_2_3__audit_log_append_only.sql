-- H2 (development mode, single-PC labs): the same append-only guard PostgreSQL has. TRUNCATE is
-- refused by H2 itself for a table that other tables' foreign keys may point at... and for one
-- with triggers, so the two triggers cover every way to change or remove an entry.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW CALL 'lab.spectra.server.db.AuditLogIsAppendOnly';
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW CALL 'lab.spectra.server.db.AuditLogIsAppendOnly';

-- Finds the entry where chain format 2 starts without reading the whole trail.
CREATE INDEX idx_audit_log_action ON audit_log (organization_id, action);
