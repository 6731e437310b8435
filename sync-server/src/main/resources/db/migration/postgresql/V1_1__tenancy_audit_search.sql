-- PostgreSQL only: row-level security, the application role's grants, the append-only audit log,
-- full-text search, and the two narrow look-ups that must work before a tenant is known.

-- Row-level security on every tenant table. The tenant comes from app.current_org_id, set with
-- SET LOCAL at the start of each transaction. Unset or empty means no rows at all.
DO $$
DECLARE
    tenant_table text;
BEGIN
    FOREACH tenant_table IN ARRAY ARRAY[
        'users', 'api_keys', 'instruments', 'calibrations', 'materials', 'samples', 'wafers', 'devices',
        'custody_events', 'recipes', 'recipe_approvals', 'runs', 'results', 'sops', 'eln_entries',
        'signatures', 'attachments', 'spc_series', 'spc_points', 'spc_alerts', 'feature_sets', 'ml_models',
        'audit_log', 'org_sync_state', 'change_log', 'processed_commands', 'refresh_tokens']
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

ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON organizations
    USING (id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid))
    WITH CHECK (id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid));

-- The application role reads and writes domain rows but deletes nothing (soft delete), and may
-- only append to the logs.
GRANT USAGE ON SCHEMA public TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON
    organizations, users, api_keys, instruments, calibrations, materials, samples, wafers, devices,
    custody_events, recipes, recipe_approvals, runs, results, sops, eln_entries, signatures, attachments,
    spc_series, spc_points, spc_alerts, feature_sets, ml_models, org_sync_state, refresh_tokens
    TO ${app_role};
GRANT SELECT, INSERT ON audit_log, change_log, processed_commands TO ${app_role};

-- The audit trail cannot be changed, not even by mistake by the owner: only appended to.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only; % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- Full-text search of lab notebook bodies.
CREATE INDEX idx_eln_entries_body_fts ON eln_entries USING gin (to_tsvector('english', body_markdown));
CREATE INDEX idx_eln_entries_org_created ON eln_entries (organization_id, created_at);

-- Log-in happens before the tenant is known. This function reveals the one account matching an
-- e-mail address and nothing else; it runs as the owner, which alone may look across tenants.
CREATE FUNCTION spectra_find_login(p_email varchar)
    RETURNS TABLE (user_id uuid, organization_id uuid, password_hash varchar, active boolean, deleted boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT u.id, u.organization_id, u.password_hash, u.active, u.deleted_at IS NOT NULL
    FROM users u
    WHERE lower(u.email) = lower(p_email)
$$;
REVOKE ALL ON FUNCTION spectra_find_login(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION spectra_find_login(varchar) TO ${app_role};

-- A refresh token names its id (or its family); these tell which tenant it belongs to, and
-- nothing else, so the token's own row is then read under that tenant's row-level security.
CREATE FUNCTION spectra_refresh_token_tenant(p_token_id uuid)
    RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT t.organization_id FROM refresh_tokens t WHERE t.id = p_token_id
$$;
REVOKE ALL ON FUNCTION spectra_refresh_token_tenant(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION spectra_refresh_token_tenant(uuid) TO ${app_role};

CREATE FUNCTION spectra_refresh_family_tenant(p_family_id uuid)
    RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT t.organization_id FROM refresh_tokens t WHERE t.family_id = p_family_id LIMIT 1
$$;
REVOKE ALL ON FUNCTION spectra_refresh_family_tenant(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION spectra_refresh_family_tenant(uuid) TO ${app_role};

CREATE FUNCTION spectra_user_tenant(p_user_id uuid)
    RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT u.organization_id FROM users u WHERE u.id = p_user_id
$$;
REVOKE ALL ON FUNCTION spectra_user_tenant(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION spectra_user_tenant(uuid) TO ${app_role};

-- Housekeeping across tenants: only ever removes refresh tokens that can no longer be used.
CREATE FUNCTION spectra_purge_refresh_tokens(p_cutoff timestamptz)
    RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    removed integer;
BEGIN
    DELETE FROM refresh_tokens WHERE expires_at < p_cutoff;
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END
$$;
REVOKE ALL ON FUNCTION spectra_purge_refresh_tokens(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION spectra_purge_refresh_tokens(timestamptz) TO ${app_role};
