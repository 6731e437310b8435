package lab.spectra.server.auth;

import java.util.UUID;

/**
 * Told by the code that changes a person's account (role, active flag), once its transaction has
 * committed, so that this instance serves the change from the very next request. Other instances
 * hear of it through the database's notice (ADR 0033).
 */
@FunctionalInterface
public interface AccountChanges {

    void changedHere(UUID organizationId, UUID userId);

    /** For command-line tools, which keep no accounts in memory. */
    AccountChanges NOTHING_CACHED = (organizationId, userId) -> {};
}
