package lab.spectra.desktop.audit;

import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;

/** The lab's people as this bench knows them, to filter the audit trail by person. */
public final class AuditQueries {

    private static final String PEOPLE = "SELECT " + LocalRows.columns(Table.USERS, "u")
            + " FROM users u WHERE u.organization_id = ? ORDER BY u.display_name, u.id";

    /** A person to pick; shown by name. */
    public record Person(UUID id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final LocalReads reads;

    public AuditQueries(LocalReads reads) {
        this.reads = reads;
    }

    /** Everyone, deactivated people too: the trail keeps what they did. */
    public List<Person> all() {
        return reads.read(rows -> rows.<UserAccount>rows(Table.USERS, PEOPLE, rows.organizationId()).stream()
                .map(user -> new Person(user.id(), user.displayName()))
                .toList());
    }
}
