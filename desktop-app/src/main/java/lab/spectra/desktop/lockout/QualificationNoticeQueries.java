package lab.spectra.desktop.lockout;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.qualification.Qualification;
import lab.spectra.model.sop.Sop;

/** What the launch notice reads about qualifications: the valid ones, with names for people and SOPs. */
public final class QualificationNoticeQueries {

    /** The qualifications not revoked, soonest expiry first, and the names a warning needs. */
    public record ValidQualifications(
            List<Qualification> qualifications, Map<UUID, String> people, Map<UUID, String> sops) {}

    private static final String VALID = "SELECT " + LocalRows.columns(Table.QUALIFICATIONS, "q")
            + " FROM qualifications q WHERE q.organization_id = ? AND q.state = 'valid' ORDER BY q.expires_at, q.id";
    private static final String PEOPLE =
            "SELECT " + LocalRows.columns(Table.USERS, "u") + " FROM users u WHERE u.organization_id = ?";
    private static final String SOPS =
            "SELECT " + LocalRows.columns(Table.SOPS, "s") + " FROM sops s WHERE s.organization_id = ?";

    private final LocalReads reads;

    public QualificationNoticeQueries(LocalReads reads) {
        this.reads = reads;
    }

    public ValidQualifications valid() {
        return reads.read(rows -> new ValidQualifications(
                rows.rows(Table.QUALIFICATIONS, VALID, rows.organizationId()),
                rows.<UserAccount>rows(Table.USERS, PEOPLE, rows.organizationId()).stream()
                        .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName)),
                rows.<Sop>rows(Table.SOPS, SOPS, rows.organizationId()).stream()
                        .collect(Collectors.toMap(Sop::id, Sop::label))));
    }
}
