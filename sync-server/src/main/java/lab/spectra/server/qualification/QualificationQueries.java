package lab.spectra.server.qualification;

import java.util.UUID;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.qualification.Qualification;
import lab.spectra.server.db.Conditions;
import lab.spectra.server.db.Page;
import lab.spectra.server.db.PageRequest;
import lab.spectra.server.db.TenantReads;

/** Operator qualifications, revoked and expired ones included (they are the training record). */
public final class QualificationQueries {

    private final TenantReads reads;

    public QualificationQueries(TenantReads reads) {
        this.reads = reads;
    }

    /** One person's qualifications, or everyone's when {@code person} is null. */
    public Page<Qualification> page(UserAccount viewer, UUID person, PageRequest page) {
        return reads.page(viewer, Table.QUALIFICATIONS, Conditions.none().andIfGiven("user_id = ?", person), page);
    }
}
