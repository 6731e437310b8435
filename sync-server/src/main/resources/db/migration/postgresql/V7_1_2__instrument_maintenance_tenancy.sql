-- The maintenance plan and the instrument events are tenant tables like every other domain table.
-- Events are facts and tasks are updated when done; neither is deleted.
ALTER TABLE maintenance_tasks ENABLE ROW LEVEL SECURITY;
ALTER TABLE maintenance_tasks FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON maintenance_tasks
    USING (organization_id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid))
    WITH CHECK (organization_id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid));
GRANT SELECT, INSERT, UPDATE ON maintenance_tasks TO ${app_role};

ALTER TABLE instrument_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE instrument_events FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON instrument_events
    USING (organization_id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid))
    WITH CHECK (organization_id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid));
GRANT SELECT, INSERT, UPDATE ON instrument_events TO ${app_role};
