package lab.spectra.desktop.notebook.signing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.eln.ElnEntry;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;

/** What signing reads from the bench's copy: the entry being signed, and signatures others voided. */
final class SigningQueries {

    private static final String ENTRY = "SELECT " + LocalRows.columns(Table.ELN_ENTRIES, "e")
            + " FROM eln_entries e WHERE e.organization_id = ? AND e.id = ? AND e.deleted_at IS NULL";
    private static final String VOIDED_BY_OTHERS = "SELECT " + LocalRows.columns(Table.SIGNATURES, "s")
            + " FROM signatures s WHERE s.organization_id = ? AND s.record_table = ? AND s.signer_id = ?"
            + " AND s.voided_by IS NOT NULL AND s.voided_by <> ? ORDER BY s.voided_at DESC, s.id";

    private static final String SIGNATURES = "SELECT " + LocalRows.columns(Table.SIGNATURES, "s")
            + " FROM signatures s WHERE s.organization_id = ? AND s.record_table = ? AND s.record_id = ?"
            + " ORDER BY s.signed_at, s.id";
    private static final String PERSON =
            "SELECT " + LocalRows.columns(Table.USERS, "u") + " FROM users u WHERE u.organization_id = ? AND u.id = ?";

    private final LocalReads reads;

    SigningQueries(LocalReads reads) {
        this.reads = reads;
    }

    Optional<ElnEntry> entry(UUID entryId) {
        return reads.read(rows -> rows.<ElnEntry>rows(Table.ELN_ENTRIES, ENTRY, rows.organizationId(), entryId).stream()
                .findFirst());
    }

    List<Signature> signaturesOf(UUID entryId) {
        return reads.read(rows -> rows.<Signature>rows(
                Table.SIGNATURES, SIGNATURES, rows.organizationId(), ElnEntry.RECORD_TABLE, entryId));
    }

    Optional<UserAccount> person(UUID userId) {
        return reads.read(rows -> rows.<UserAccount>rows(Table.USERS, PERSON, rows.organizationId(), userId).stream()
                .findFirst());
    }

    List<Signature> voidedByOthers(UUID signer) {
        return reads.read(rows -> rows.<Signature>rows(
                Table.SIGNATURES, VOIDED_BY_OTHERS, rows.organizationId(), ElnEntry.RECORD_TABLE, signer, signer));
    }
}
