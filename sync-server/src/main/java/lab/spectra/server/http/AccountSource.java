package lab.spectra.server.http;

import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.org.UserAccount;

/** Where the account a verified token names is read: its role and active flag as they are now. */
@FunctionalInterface
public interface AccountSource {

    /** The account (deleted ones included), or empty when the organization has no such person. */
    Optional<UserAccount> account(UUID organizationId, UUID userId);
}
