-- Live updates (ADR 0034): whenever an organization's change number advances, the writing
-- transaction announces it on the spectra_changes channel. NOTIFY is transactional, so the
-- announcement is delivered when (and only if) the transaction commits, to every server instance
-- listening on the same database. The payload is "<organization id>:<change number>".
CREATE FUNCTION spectra_announce_change_number() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('spectra_changes', NEW.organization_id::text || ':' || NEW.last_change_number::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER org_sync_state_announces_change_numbers
    AFTER UPDATE OF last_change_number ON org_sync_state
    FOR EACH ROW
    WHEN (NEW.last_change_number > OLD.last_change_number)
    EXECUTE FUNCTION spectra_announce_change_number();
