-- Command ids are unique per organization and author, not globally (ADR 0012): a spoofed id can
-- no longer block the real author's command, and two organizations never share one.
ALTER TABLE processed_commands DROP CONSTRAINT processed_commands_pkey;
ALTER TABLE processed_commands ADD PRIMARY KEY (organization_id, author_id, command_id);

-- The new tables are tenant tables like every other.
DO $$
DECLARE
    tenant_table text;
BEGIN
    FOREACH tenant_table IN ARRAY ARRAY['device_keys', 'workstation_keys', 'review_items']
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

-- Keys and escrowed bench keys are never deleted by the application; review items are resolved,
-- not removed.
GRANT SELECT, INSERT, UPDATE ON device_keys, workstation_keys, review_items TO ${app_role};
