-- Every change to a person's account (role, active, deletion, name) is announced on the channel
-- spectra_account_changed as '<organization id>:<user id>', delivered when its transaction commits,
-- so that every server instance forgets its cached copy of that account (ADR 0033). A trigger
-- rather than a call in each writer: no path that changes users - an admin's edit, a
-- deactivation from the command line, a sign-in through the lab's identity provider, a future
-- one - can forget to announce it. Inserts need no notice: nobody caches an account not yet there.
CREATE FUNCTION spectra_announce_account_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('spectra_account_changed', OLD.organization_id::text || ':' || OLD.id::text);
    RETURN NULL;
END;
$$;

CREATE TRIGGER users_announce_change
    AFTER UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION spectra_announce_account_change();
