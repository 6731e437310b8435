package lab.spectra.server.people;

import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.apikey.ApiKeyAccounts;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.db.Conditions;
import lab.spectra.server.db.Page;
import lab.spectra.server.db.PageRequest;
import lab.spectra.server.db.TenantReads;

/** What the administration reads about the people of the admin's organization. */
public final class PeopleQueries {

    /**
     * Which people a list holds.
     *
     * @param role   only people with this role; null for every role
     * @param active only active (true) or deactivated (false) people; null for both
     */
    public record Filter(Role role, Boolean active) {

        public static final Filter ALL = new Filter(null, null);
    }

    private static final String KEY_ACCOUNTS = "%@" + ApiKeyAccounts.EMAIL_DOMAIN;

    private final TenantReads reads;

    public PeopleQueries(TenantReads reads) {
        this.reads = reads;
    }

    /** People of the viewer's organization, in the order their accounts were made. */
    public Page<UserAccount> page(UserAccount viewer, Filter filter, PageRequest page) {
        // API keys' own accounts (ADR 0023) are administered as keys, not as people.
        Conditions conditions = Conditions.where("deleted_at IS NULL AND email NOT LIKE ?", KEY_ACCOUNTS)
                .andIfGiven(
                        "role = ?", filter.role() == null ? null : filter.role().wireName())
                .andIfGiven("active = ?", filter.active());
        return reads.page(viewer, Table.USERS, conditions, page);
    }

    /** One person of the viewer's organization; empty for anyone else's id. */
    public Optional<UserAccount> person(UserAccount viewer, UUID userId) {
        return reads.read(viewer, state -> state
                .<UserAccount>find(
                        Table.USERS, "id = ? AND deleted_at IS NULL AND email NOT LIKE ?", userId, KEY_ACCOUNTS)
                .stream()
                .findFirst());
    }
}
