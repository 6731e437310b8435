package lab.spectra.server.lims;

import java.util.UUID;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.server.db.Conditions;
import lab.spectra.server.db.Page;
import lab.spectra.server.db.PageRequest;
import lab.spectra.server.db.TenantReads;

/** The recorded hand-overs of samples. */
public final class CustodyQueries {

    /** @param sampleId only this sample's chain of custody; null for every sample's */
    public record Filter(UUID sampleId) {

        public static final Filter ALL = new Filter(null);
    }

    private final TenantReads reads;

    public CustodyQueries(TenantReads reads) {
        this.reads = reads;
    }

    /** Custody events in the order they were recorded. */
    public Page<CustodyEvent> page(UserAccount viewer, Filter filter, PageRequest page) {
        return reads.page(
                viewer, Table.CUSTODY_EVENTS, Conditions.none().andIfGiven("sample_id = ?", filter.sampleId()), page);
    }
}
