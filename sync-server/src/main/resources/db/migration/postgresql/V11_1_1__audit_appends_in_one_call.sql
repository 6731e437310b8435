-- A pushed batch's audit entries appended in one call (issue 19, ADR 0031 revised 2026-11-30):
-- spectra_append_audit did the same work once per entry, one round trip each. This function takes
-- the entries of a transaction as a JSON array, in order, and appends them exactly as that many
-- calls of spectra_append_audit would: the same checks, the chain head read once from the trail
-- itself under the organization's lock, the same numbers, links and hashes (chain format 2).
-- Each element: {id, occurred_at, actor_id, workstation_id, command_id, action, table_name,
-- record_id, old_value, new_value, reason}; a JSON null value is stored as SQL NULL.
CREATE FUNCTION spectra_append_audits(p_organization_id uuid, p_entries jsonb)
    RETURNS TABLE (entry_sequence bigint, entry_previous_hash varchar, entry_hash varchar)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    marker CONSTANT varchar := 'audit:chain-format-v2';
    tenant uuid := NULLIF(current_setting('app.current_org_id', true), '')::uuid;
    head_sequence bigint;
    head_hash varchar;
    entry jsonb;
    v_occurred_at timestamptz;
    v_actor_id uuid;
    v_workstation_id uuid;
    v_command_id uuid;
    v_action varchar;
    v_table_name varchar;
    v_record_id uuid;
    v_old_value jsonb;
    v_new_value jsonb;
    v_reason varchar;
BEGIN
    IF p_organization_id IS NULL OR p_organization_id IS DISTINCT FROM tenant THEN
        RAISE EXCEPTION 'audit entries are appended to the current transaction''s organization only'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF jsonb_typeof(p_entries) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'audit entries are given as a JSON array' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_array_elements(p_entries) AS e(value) WHERE e.value->>'action' = marker) THEN
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

    IF jsonb_array_length(p_entries) > 0
            AND NOT EXISTS (SELECT 1 FROM audit_log a
                            WHERE a.organization_id = p_organization_id AND a.action = marker) THEN
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

    FOR entry IN SELECT e.value FROM jsonb_array_elements(p_entries) WITH ORDINALITY AS e(value, position)
                 ORDER BY e.position LOOP
        v_occurred_at := (entry->>'occurred_at')::timestamptz;
        v_actor_id := (entry->>'actor_id')::uuid;
        v_workstation_id := (entry->>'workstation_id')::uuid;
        v_command_id := (entry->>'command_id')::uuid;
        v_action := entry->>'action';
        v_table_name := entry->>'table_name';
        v_record_id := (entry->>'record_id')::uuid;
        v_old_value := NULLIF(entry->'old_value', 'null'::jsonb);
        v_new_value := NULLIF(entry->'new_value', 'null'::jsonb);
        v_reason := entry->>'reason';

        entry_sequence := head_sequence + 1;
        entry_previous_hash := head_hash;
        entry_hash := spectra_audit_hash_v2(entry_previous_hash, entry_sequence, p_organization_id, v_occurred_at,
            v_actor_id, v_workstation_id, v_command_id, v_action, v_table_name, v_record_id, v_old_value,
            v_new_value, v_reason);
        INSERT INTO audit_log (id, organization_id, sequence, occurred_at, actor_id, workstation_id, command_id,
                               action, table_name, record_id, old_value, new_value, reason, previous_hash, hash)
        VALUES ((entry->>'id')::uuid, p_organization_id, entry_sequence, v_occurred_at, v_actor_id,
                v_workstation_id, v_command_id, v_action, v_table_name, v_record_id, v_old_value, v_new_value,
                v_reason, entry_previous_hash, entry_hash);
        head_sequence := entry_sequence;
        head_hash := entry_hash;
        -- org_sync_state's copy of the head is the caller's to save, as with spectra_append_audit.
        RETURN NEXT;
    END LOOP;
END
$$;
REVOKE ALL ON FUNCTION spectra_append_audits(uuid, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION spectra_append_audits(uuid, jsonb) TO ${app_role};
