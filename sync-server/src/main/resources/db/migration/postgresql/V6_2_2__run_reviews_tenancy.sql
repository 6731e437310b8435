-- Run reviews are a tenant table like every other domain table; reviews are history, only appended to.
ALTER TABLE run_reviews ENABLE ROW LEVEL SECURITY;
ALTER TABLE run_reviews FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON run_reviews
    USING (organization_id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid))
    WITH CHECK (organization_id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid));
GRANT SELECT, INSERT, UPDATE ON run_reviews TO ${app_role};
