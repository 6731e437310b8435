-- Decisions on SOPs are tenant rows like every other domain table, and append-only.
ALTER TABLE sop_approvals ENABLE ROW LEVEL SECURITY;
ALTER TABLE sop_approvals FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON sop_approvals
    USING (organization_id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid))
    WITH CHECK (organization_id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid));
GRANT SELECT, INSERT, UPDATE ON sop_approvals TO ${app_role};
