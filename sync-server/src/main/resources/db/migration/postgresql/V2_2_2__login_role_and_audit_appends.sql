-- Database in depth (docs/security.md):
--   1. The definer functions that look across tenants before a tenant is known are callable only
--      by the login role (${login_role}), no longer by the application role, and the purge can no
--      longer remove refresh tokens that are still valid.
--   2. The application role no longer inserts into audit_log: entries are appended only through
--      spectra_append_audit, which takes the organization's chain head itself and computes the
--      hash (chain format 2, which hashes numbers by their exact decimal value).
--   3. The application role may read Flyway's history, so that a server that does not migrate by
--      itself can tell that its schema is behind.

-- 1. The sign-in path's functions belong to the login role.
GRANT USAGE ON SCHEMA public TO ${login_role};

REVOKE EXECUTE ON FUNCTION spectra_find_login(varchar) FROM ${app_role};
REVOKE EXECUTE ON FUNCTION spectra_refresh_token_tenant(uuid) FROM ${app_role};
REVOKE EXECUTE ON FUNCTION spectra_refresh_family_tenant(uuid) FROM ${app_role};
REVOKE EXECUTE ON FUNCTION spectra_user_tenant(uuid) FROM ${app_role};
REVOKE EXECUTE ON FUNCTION spectra_purge_refresh_tokens(timestamptz) FROM ${app_role};

-- Housekeeping only: whatever cut-off the caller names, a token still valid now is never removed,
-- so no caller can sign everyone out ("infinity").
CREATE OR REPLACE FUNCTION spectra_purge_refresh_tokens(p_cutoff timestamptz)
    RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    removed integer;
BEGIN
    DELETE FROM refresh_tokens WHERE expires_at < least(p_cutoff, now());
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END
$$;

GRANT EXECUTE ON FUNCTION spectra_find_login(varchar) TO ${login_role};
GRANT EXECUTE ON FUNCTION spectra_refresh_token_tenant(uuid) TO ${login_role};
GRANT EXECUTE ON FUNCTION spectra_refresh_family_tenant(uuid) TO ${login_role};
GRANT EXECUTE ON FUNCTION spectra_user_tenant(uuid) TO ${login_role};
GRANT EXECUTE ON FUNCTION spectra_purge_refresh_tokens(timestamptz) TO ${login_role};

-- 2. The audit trail: appended only through the database's own function.
REVOKE INSERT ON audit_log FROM ${app_role};

-- The canonical text of a JSON value for chain format 2: object members sorted by the bytes of
-- their names, no white space, strings escaped as PostgreSQL writes them, numbers as their exact
-- decimal value without trailing zeros in plain notation (1.50 -> 1.5, 1e2 -> 100). The verifier
-- (shared-model, lab.spectra.model.audit.CanonicalJson) writes exactly the same text.
CREATE FUNCTION spectra_canonical_json(p_value jsonb) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = public, pg_temp AS $$
BEGIN
    -- Scalars inside objects and arrays are written in place: a call per member would cost more
    -- than the rest of an append.
    CASE jsonb_typeof(p_value)
        WHEN 'object' THEN
            RETURN '{' || coalesce((
                SELECT string_agg(to_jsonb(member.key)::text || ':' || CASE jsonb_typeof(member.value)
                            WHEN 'number' THEN trim_scale(member.value::numeric)::text
                            WHEN 'object' THEN spectra_canonical_json(member.value)
                            WHEN 'array' THEN spectra_canonical_json(member.value)
                            ELSE member.value::text
                        END, ',' ORDER BY member.key COLLATE "C")
                FROM jsonb_each(p_value) AS member), '') || '}';
        WHEN 'array' THEN
            RETURN '[' || coalesce((
                SELECT string_agg(CASE jsonb_typeof(element.value)
                            WHEN 'number' THEN trim_scale(element.value::numeric)::text
                            WHEN 'object' THEN spectra_canonical_json(element.value)
                            WHEN 'array' THEN spectra_canonical_json(element.value)
                            ELSE element.value::text
                        END, ',' ORDER BY element.position)
                FROM jsonb_array_elements(p_value) WITH ORDINALITY AS element(value, position)), '') || ']';
        WHEN 'number' THEN
            RETURN trim_scale(p_value::numeric)::text;
        ELSE
            RETURN p_value::text;
    END CASE;
END
$$;

-- The hash of an entry in chain format 2: SHA-256 of a JSON array of the format's name and every
-- field, the time in UTC with microseconds. Mirrored by lab.spectra.model.audit.AuditHashFormat.V2.
CREATE FUNCTION spectra_audit_hash_v2(
    p_previous_hash varchar, p_sequence bigint, p_organization_id uuid, p_occurred_at timestamptz,
    p_actor_id uuid, p_workstation_id uuid, p_command_id uuid, p_action varchar, p_table_name varchar,
    p_record_id uuid, p_old_value jsonb, p_new_value jsonb, p_reason varchar)
    RETURNS varchar
    LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT encode(sha256(convert_to('[' || concat_ws(',',
        '"spectra-audit-v2"',
        coalesce(to_jsonb(p_previous_hash::text)::text, 'null'),
        coalesce(p_sequence::text, 'null'),
        coalesce(to_jsonb(p_organization_id::text)::text, 'null'),
        coalesce(to_jsonb(to_char(p_occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text, 'null'),
        coalesce(to_jsonb(p_actor_id::text)::text, 'null'),
        coalesce(to_jsonb(p_workstation_id::text)::text, 'null'),
        coalesce(to_jsonb(p_command_id::text)::text, 'null'),
        coalesce(to_jsonb(p_action::text)::text, 'null'),
        coalesce(to_jsonb(p_table_name::text)::text, 'null'),
        coalesce(to_jsonb(p_record_id::text)::text, 'null'),
        coalesce(spectra_canonical_json(p_old_value), 'null'),
        coalesce(spectra_canonical_json(p_new_value), 'null'),
        coalesce(to_jsonb(p_reason::text)::text, 'null')) || ']', 'UTF8')), 'hex')
$$;

-- Finds the entry where chain format 2 starts without reading the whole trail.
CREATE INDEX idx_audit_log_format_marker ON audit_log (organization_id) WHERE action = 'audit:chain-format-v2';

-- Appends one entry to the current transaction's organization's trail. The caller gives what
-- happened; the database takes the organization's lock, the chain's head (from the trail itself,
-- not from anything the application can write), the next number and the hash, and returns them. The first append
-- to a chain still in format 1 first writes the marker entry where format 2 starts.
CREATE FUNCTION spectra_append_audit(
    p_id uuid, p_organization_id uuid, p_occurred_at timestamptz, p_actor_id uuid, p_workstation_id uuid,
    p_command_id uuid, p_action varchar, p_table_name varchar, p_record_id uuid,
    p_old_value jsonb, p_new_value jsonb, p_reason varchar)
    RETURNS TABLE (entry_sequence bigint, entry_previous_hash varchar, entry_hash varchar)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    marker CONSTANT varchar := 'audit:chain-format-v2';
    tenant uuid := NULLIF(current_setting('app.current_org_id', true), '')::uuid;
    head_sequence bigint;
    head_hash varchar;
BEGIN
    IF p_organization_id IS NULL OR p_organization_id IS DISTINCT FROM tenant THEN
        RAISE EXCEPTION 'audit entries are appended to the current transaction''s organization only'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_action = marker THEN
        RAISE EXCEPTION '% entries are written by the database only', marker
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM 1 FROM org_sync_state s WHERE s.organization_id = p_organization_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'organization % has no sync state', p_organization_id;
    END IF;

    SELECT a.sequence, a.hash INTO head_sequence, head_hash
        FROM audit_log a WHERE a.organization_id = p_organization_id
        ORDER BY a.sequence DESC LIMIT 1;
    IF NOT FOUND THEN
        head_sequence := 0;
        head_hash := repeat('0', 64);
    END IF;

    IF NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.organization_id = p_organization_id AND a.action = marker) THEN
        INSERT INTO audit_log (id, organization_id, sequence, occurred_at, actor_id, workstation_id, command_id,
                               action, table_name, record_id, old_value, new_value, reason, previous_hash, hash)
        VALUES (gen_random_uuid(), p_organization_id, head_sequence + 1, now(), NULL, NULL, NULL,
                marker, 'audit_log', NULL, NULL, NULL,
                'Chain format 2 starts here: numbers are hashed by their exact decimal value',
                head_hash,
                spectra_audit_hash_v2(head_hash, head_sequence + 1, p_organization_id, now(), NULL, NULL, NULL,
                    marker, 'audit_log', NULL, NULL, NULL,
                    'Chain format 2 starts here: numbers are hashed by their exact decimal value'))
        RETURNING sequence, hash INTO head_sequence, head_hash;
    END IF;

    entry_sequence := head_sequence + 1;
    entry_previous_hash := head_hash;
    entry_hash := spectra_audit_hash_v2(entry_previous_hash, entry_sequence, p_organization_id, p_occurred_at,
        p_actor_id, p_workstation_id, p_command_id, p_action, p_table_name, p_record_id, p_old_value, p_new_value,
        p_reason);
    INSERT INTO audit_log (id, organization_id, sequence, occurred_at, actor_id, workstation_id, command_id,
                           action, table_name, record_id, old_value, new_value, reason, previous_hash, hash)
    VALUES (p_id, p_organization_id, entry_sequence, p_occurred_at, p_actor_id, p_workstation_id, p_command_id,
            p_action, p_table_name, p_record_id, p_old_value, p_new_value, p_reason, entry_previous_hash, entry_hash);
    -- org_sync_state's copy of the head is the caller's to save with its other counters (once per
    -- transaction, not per entry); nothing here reads it.
    RETURN NEXT;
END
$$;
REVOKE ALL ON FUNCTION spectra_append_audit(uuid, uuid, timestamptz, uuid, uuid, uuid, varchar, varchar, uuid,
    jsonb, jsonb, varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION spectra_append_audit(uuid, uuid, timestamptz, uuid, uuid, uuid, varchar, varchar, uuid,
    jsonb, jsonb, varchar) TO ${app_role};

-- The checkpoints benches pull: tenant data like any other, written once, never changed.
ALTER TABLE audit_checkpoints ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_checkpoints FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_checkpoints
    USING (organization_id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid))
    WITH CHECK (organization_id = (SELECT NULLIF(current_setting('app.current_org_id', true), '')::uuid));
GRANT SELECT, INSERT ON audit_checkpoints TO ${app_role};

-- 3. The application role may read which migrations ran.
GRANT SELECT ON flyway_schema_history TO ${app_role};
