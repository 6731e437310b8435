-- The identity links are a tenant table like every other: the server reads and writes them in
-- the organization's own context (the provider's organization is fixed by configuration), and
-- never deletes one.
ALTER TABLE oidc_identities ENABLE ROW LEVEL SECURITY;
ALTER TABLE oidc_identities FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON oidc_identities
    USING (organization_id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid))
    WITH CHECK (organization_id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid));

GRANT SELECT, INSERT, UPDATE ON oidc_identities TO ${app_role};
