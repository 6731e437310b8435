-- A presented API key names its prefix before any tenant is known. This tells which organization
-- the key with that prefix belongs to, and nothing else; the key's row (its hash, scopes, expiry)
-- is then read under that organization's row-level security.
CREATE FUNCTION spectra_api_key_tenant(p_prefix varchar)
    RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT k.organization_id FROM api_keys k WHERE k.key_prefix = p_prefix
$$;
REVOKE ALL ON FUNCTION spectra_api_key_tenant(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION spectra_api_key_tenant(varchar) TO ${app_role};
