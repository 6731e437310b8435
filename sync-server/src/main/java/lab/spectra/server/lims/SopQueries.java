package lab.spectra.server.lims;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.approval.ApprovalStatus;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.sop.Sop;
import lab.spectra.server.db.Conditions;
import lab.spectra.server.db.Page;
import lab.spectra.server.db.PageRequest;
import lab.spectra.server.db.TenantReads;

/** Standard operating procedures, every version of each. */
public final class SopQueries {

    /** @param status only SOPs in this state of approval; null for all */
    public record Filter(ApprovalStatus status) {

        public static final Filter ALL = new Filter(null);
    }

    private final TenantReads reads;

    public SopQueries(TenantReads reads) {
        this.reads = reads;
    }

    /** SOPs that are not deleted, in the order they were drafted. */
    public Page<Sop> page(UserAccount viewer, PageRequest page) {
        return page(viewer, Filter.ALL, page);
    }

    /** SOPs that are not deleted and match the filter, in the order they were drafted. */
    public Page<Sop> page(UserAccount viewer, Filter filter, PageRequest page) {
        String status = filter.status() == null ? null : filter.status().name().toLowerCase(Locale.ROOT);
        return reads.page(
                viewer, Table.SOPS, Conditions.where("deleted_at IS NULL").andIfGiven("status = ?", status), page);
    }

    /** A live SOP of the viewer's organization. */
    public Optional<Sop> find(UserAccount viewer, UUID sopId) {
        return reads.read(viewer, state -> state.sop(sopId).filter(sop -> sop.deletedAt() == null));
    }

    /** The SOP as the library shows it; empty when it is not one of the viewer's organization. */
    public Optional<SopDetail> detail(UserAccount viewer, UUID sopId) {
        return reads.read(
                viewer,
                state -> state.sop(sopId).filter(sop -> sop.deletedAt() == null).map(sop -> SopDetail.of(state, sop)));
    }
}
