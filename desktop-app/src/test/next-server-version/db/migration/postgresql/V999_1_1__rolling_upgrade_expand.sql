-- The next server version's expand step, for the rolling-upgrade test only: this folder is put on the
-- class path of the restarted instance alone, never on the product's nor the test's. A nullable column
-- on tables the previous version writes on every push and reads on every pull, and a table of the new
-- version's own: the previous version's queries name their columns, so they go on working beside it.
ALTER TABLE samples ADD COLUMN label_printed_at TIMESTAMPTZ;
ALTER TABLE processed_commands ADD COLUMN served_by TEXT;
ALTER TABLE change_log ADD COLUMN served_by TEXT;

CREATE TABLE sample_labels (
    id UUID PRIMARY KEY,
    organization_id UUID NOT NULL REFERENCES organizations (id),
    sample_id UUID NOT NULL REFERENCES samples (id),
    printed_at TIMESTAMPTZ NOT NULL
);
ALTER TABLE sample_labels ENABLE ROW LEVEL SECURITY;
ALTER TABLE sample_labels FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON sample_labels
    USING (organization_id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid))
    WITH CHECK (organization_id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid));
GRANT SELECT, INSERT ON sample_labels TO ${app_role};
