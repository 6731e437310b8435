package lab.spectra.desktop.sync;

import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;

/**
 * The lab's people as the local copy has them from the last pull: each sync brings the role an
 * admin gave someone, or their deactivation, before the person's own signed snapshot is renewed.
 */
public final class LocalAccounts {

    private static final String ONE =
            "SELECT " + LocalRows.columns(Table.USERS, "u") + " FROM users u WHERE u.organization_id = ? AND u.id = ?";

    private final BenchReads reads;

    public LocalAccounts(BenchCommands commands) {
        this.reads = new BenchReads(commands);
    }

    public Optional<UserAccount> of(UUID userId) {
        return reads.read(rows -> rows.<UserAccount>rows(Table.USERS, ONE, rows.organizationId(), userId).stream()
                .findFirst());
    }

    /** Whether the pulled copy says the person was deactivated (or removed). */
    public boolean deactivated(UUID userId) {
        return of(userId)
                .filter(user -> !user.active() || user.deletedAt() != null)
                .isPresent();
    }
}
