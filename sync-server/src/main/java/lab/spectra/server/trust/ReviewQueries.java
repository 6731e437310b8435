package lab.spectra.server.trust;

import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.trust.ReviewItem;
import lab.spectra.server.db.Conditions;
import lab.spectra.server.db.Page;
import lab.spectra.server.db.PageRequest;
import lab.spectra.server.db.TenantReads;

/** Changes the server applied but flagged for a PI's review (ADR 0012). */
public final class ReviewQueries {

    /** @param openOnly only the reviews nobody has resolved yet */
    public record Filter(boolean openOnly) {

        public static final Filter OPEN = new Filter(true);
    }

    private final TenantReads reads;

    public ReviewQueries(TenantReads reads) {
        this.reads = reads;
    }

    /** Flagged changes in the order they were flagged. */
    public Page<ReviewItem> page(UserAccount viewer, Filter filter, PageRequest page) {
        Conditions conditions = filter.openOnly() ? Conditions.where("resolved_at IS NULL") : Conditions.none();
        return reads.page(viewer, Table.REVIEW_ITEMS, conditions, page);
    }
}
