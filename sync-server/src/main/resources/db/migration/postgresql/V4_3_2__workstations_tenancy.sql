-- The workstation tables are tenant tables like every other; the application records contacts
-- and revocations, and never deletes either.
DO $$
DECLARE
    tenant_table text;
BEGIN
    FOREACH tenant_table IN ARRAY ARRAY['workstations', 'workstation_people']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tenant_table);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', tenant_table);
        EXECUTE format(
            'CREATE POLICY tenant_isolation ON %I'
            || ' USING (organization_id = (SELECT NULLIF(current_setting(''app.current_org_id'', true), '''')::uuid))'
            || ' WITH CHECK (organization_id = (SELECT NULLIF(current_setting(''app.current_org_id'', true), '''')::uuid))',
            tenant_table);
    END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE ON workstations, workstation_people TO ${app_role};
