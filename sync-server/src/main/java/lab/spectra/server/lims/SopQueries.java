package lab.spectra.server.lims;

import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.sop.Sop;
import lab.spectra.server.db.Conditions;
import lab.spectra.server.db.Page;
import lab.spectra.server.db.PageRequest;
import lab.spectra.server.db.TenantReads;

/** Standard operating procedures, every version of each. */
public final class SopQueries {

    private final TenantReads reads;

    public SopQueries(TenantReads reads) {
        this.reads = reads;
    }

    /** SOPs that are not deleted, in the order they were drafted. */
    public Page<Sop> page(UserAccount viewer, PageRequest page) {
        return reads.page(viewer, Table.SOPS, Conditions.where("deleted_at IS NULL"), page);
    }
}
