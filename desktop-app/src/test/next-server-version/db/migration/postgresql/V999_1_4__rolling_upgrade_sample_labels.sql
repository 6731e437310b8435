-- The rolling-upgrade test's next version: a table of its own, tenant-scoped like every domain table.
-- It references only the sample (one lock on a table the running version writes; see V999_1_1).
SET LOCAL lock_timeout = '10s';
CREATE TABLE sample_labels (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL,
    sample_id UUID NOT NULL REFERENCES samples (id),
    printed_at TIMESTAMPTZ NOT NULL
);
ALTER TABLE sample_labels ENABLE ROW LEVEL SECURITY;
ALTER TABLE sample_labels FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON sample_labels
    USING (organization_id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid))
    WITH CHECK (organization_id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid));
GRANT SELECT, INSERT ON sample_labels TO ${app_role};
