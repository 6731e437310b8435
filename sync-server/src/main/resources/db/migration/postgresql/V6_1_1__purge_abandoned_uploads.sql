-- Uploads nobody finishes (a bench that never came back) are dropped with their parts after a
-- while (issue 15, ADR 0020). Uploads belong to every organization, and the application role sees
-- one organization at a time; like the purge of refresh tokens, the clean-up is a definer function
-- that only the login role may call. Whatever cut-off the caller names, an upload that received a
-- part in the last hour is never removed, so no caller can cut off uploads under way.
CREATE FUNCTION spectra_purge_abandoned_uploads(p_cutoff timestamptz)
    RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    removed integer;
BEGIN
    DELETE FROM file_upload_parts
        WHERE upload_id IN (SELECT id FROM file_uploads WHERE updated_at < least(p_cutoff, now() - interval '1 hour'));
    DELETE FROM file_uploads WHERE updated_at < least(p_cutoff, now() - interval '1 hour');
    GET DIAGNOSTICS removed = ROW_COUNT;
    RETURN removed;
END
$$;

REVOKE EXECUTE ON FUNCTION spectra_purge_abandoned_uploads(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION spectra_purge_abandoned_uploads(timestamptz) TO ${login_role};
