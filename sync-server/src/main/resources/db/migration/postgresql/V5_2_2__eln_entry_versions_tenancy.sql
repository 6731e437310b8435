-- Entry versions are a tenant table like every other domain table; history is only appended to.
ALTER TABLE eln_entry_versions ENABLE ROW LEVEL SECURITY;
ALTER TABLE eln_entry_versions FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON eln_entry_versions
    USING (organization_id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid))
    WITH CHECK (organization_id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid));
GRANT SELECT, INSERT, UPDATE ON eln_entry_versions TO ${app_role};
