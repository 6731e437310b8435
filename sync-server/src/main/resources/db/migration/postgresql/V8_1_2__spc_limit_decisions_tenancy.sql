-- A PI's limit decisions are tenant rows like every other domain table, and append-only.
ALTER TABLE spc_limit_decisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE spc_limit_decisions FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON spc_limit_decisions
    USING (organization_id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid))
    WITH CHECK (organization_id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid));
GRANT SELECT, INSERT, UPDATE ON spc_limit_decisions TO ${app_role};
