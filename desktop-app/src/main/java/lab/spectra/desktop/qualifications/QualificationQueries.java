package lab.spectra.desktop.qualifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.apikey.ApiKeyAccounts;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.qualification.Qualification;
import lab.spectra.model.sop.Sop;

/** What the bench reads about people's qualifications, and what a new one can name. */
public final class QualificationQueries {

    private static final String QUALIFICATIONS = "SELECT " + LocalRows.columns(Table.QUALIFICATIONS, "q")
            + " FROM qualifications q WHERE q.organization_id = ? ORDER BY q.expires_at DESC, q.id";
    private static final String PEOPLE = "SELECT " + LocalRows.columns(Table.USERS, "u")
            + " FROM users u WHERE u.organization_id = ? AND u.deleted_at IS NULL ORDER BY u.display_name, u.id";
    private static final String APPROVED_SOPS = "SELECT " + LocalRows.columns(Table.SOPS, "s")
            + " FROM sops s WHERE s.organization_id = ? AND s.status = 'approved' AND s.deleted_at IS NULL"
            + " ORDER BY s.title, s.version";
    private static final String ALL_SOPS =
            "SELECT " + LocalRows.columns(Table.SOPS, "s") + " FROM sops s WHERE s.organization_id = ?";

    private final LocalReads reads;

    public QualificationQueries(LocalReads reads) {
        this.reads = reads;
    }

    /** Everyone's qualifications with the person, the SOP and the state at {@code now}, latest expiry first. */
    public List<QualificationRow> all(Instant now) {
        return reads.read(rows -> {
            Map<UUID, UserAccount> people = rows.<UserAccount>rows(Table.USERS, PEOPLE, rows.organizationId()).stream()
                    .collect(Collectors.toMap(UserAccount::id, Function.identity()));
            Map<UUID, Sop> sops = rows.<Sop>rows(Table.SOPS, ALL_SOPS, rows.organizationId()).stream()
                    .collect(Collectors.toMap(Sop::id, Function.identity()));
            return rows.<Qualification>rows(Table.QUALIFICATIONS, QUALIFICATIONS, rows.organizationId()).stream()
                    .map(qualification -> QualificationRow.of(
                            qualification,
                            people.containsKey(qualification.userId())
                                    ? people.get(qualification.userId()).displayName()
                                    : "(unknown person)",
                            sops.containsKey(qualification.sopId())
                                    ? sops.get(qualification.sopId()).label()
                                    : "(unknown SOP)",
                            now))
                    .toList();
        });
    }

    /**
     * The people a qualification can be recorded for: active accounts, by name. An API key's account
     * (ADR 0023) is software, not a person to train, so it is never offered.
     */
    public List<UserAccount> activePeople() {
        return reads.read(rows -> rows.<UserAccount>rows(Table.USERS, PEOPLE, rows.organizationId()).stream()
                .filter(UserAccount::active)
                .filter(account -> !ApiKeyAccounts.isKey(account))
                .toList());
    }

    /** The SOP versions people can be qualified on. */
    public List<Sop> approvedSops() {
        return reads.read(rows -> rows.rows(Table.SOPS, APPROVED_SOPS, rows.organizationId()));
    }
}
