-- The audit-trail viewer (ADR 0029) pages an organization's trail newest first by entry number,
-- filtered by record, person, action, workstation or time. Each filter gets an index that hands
-- back its entries already in entry-number order, so a page reads only the rows it shows, on a
-- trail of a million entries as on a small one. The time filter is a range: its index is on the
-- time alone and the planner sorts the (few) rows of the range.
CREATE INDEX idx_audit_log_record ON audit_log (organization_id, record_id, sequence);
CREATE INDEX idx_audit_log_actor ON audit_log (organization_id, actor_id, sequence);
CREATE INDEX idx_audit_log_occurred ON audit_log (organization_id, occurred_at, sequence);
CREATE INDEX idx_audit_log_action_sequence ON audit_log (organization_id, action, sequence);
CREATE INDEX idx_audit_log_workstation ON audit_log (organization_id, workstation_id, sequence);
