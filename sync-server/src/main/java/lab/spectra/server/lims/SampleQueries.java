package lab.spectra.server.lims;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongPredicate;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.sample.Device;
import lab.spectra.model.sample.Sample;
import lab.spectra.model.sample.Wafer;
import lab.spectra.server.db.ChangeNumbered;
import lab.spectra.server.db.Conditions;
import lab.spectra.server.db.Page;
import lab.spectra.server.db.PageRequest;
import lab.spectra.server.db.TenantReads;

/** What the API reads about samples: a page of them, the one a barcode names, one in full. */
public final class SampleQueries {

    /**
     * Which samples a list holds.
     *
     * @param barcode        only the sample with this barcode, as a scanner looks one up; null for all
     * @param includeDeleted deleted samples too, with who deleted them, when and why (for admins)
     */
    public record Filter(String barcode, boolean includeDeleted) {

        public static final Filter ALL = new Filter(null, false);
    }

    /** A sample with its wafers, their devices and its chain of custody, oldest hand-over first. */
    public record SampleDetail(Sample sample, List<Wafer> wafers, List<Device> devices, List<CustodyEvent> custody) {}

    private final TenantReads reads;

    public SampleQueries(TenantReads reads) {
        this.reads = reads;
    }

    /** Samples that are not deleted (unless asked for), in the order they were registered. */
    public Page<Sample> page(UserAccount viewer, Filter filter, PageRequest page) {
        return reads.page(viewer, Table.SAMPLES, conditions(filter), page);
    }

    /**
     * The organization's change number and, when {@code wanted} for it, the page: in one
     * transaction, for the answer cache (ADR 0033).
     */
    public ChangeNumbered<Page<Sample>> pageAtChangeNumber(
            UserAccount viewer, Filter filter, PageRequest page, LongPredicate wanted) {
        Conditions conditions = conditions(filter);
        return reads.readAtChangeNumber(
                viewer, wanted, state -> TenantReads.page(state, Table.SAMPLES, conditions, page));
    }

    private static Conditions conditions(Filter filter) {
        return (filter.includeDeleted() ? Conditions.none() : Conditions.where("deleted_at IS NULL"))
                .andIfGiven(
                        "barcode = ?",
                        filter.barcode() == null ? null : filter.barcode().strip());
    }

    public Optional<SampleDetail> detail(UserAccount viewer, UUID sampleId) {
        return reads.read(
                viewer, state -> state.<Sample>find(Table.SAMPLES, "id = ? AND deleted_at IS NULL", sampleId).stream()
                        .findFirst()
                        .map(sample -> new SampleDetail(
                                sample,
                                state.findOrdered(Table.WAFERS, "sample_id = ?", "ORDER BY id", sampleId),
                                state.findOrdered(
                                        Table.DEVICES,
                                        "wafer_id IN (SELECT w.id FROM wafers w WHERE w.sample_id = ?)",
                                        "ORDER BY id",
                                        sampleId),
                                state.findOrdered(
                                        Table.CUSTODY_EVENTS, "sample_id = ?", "ORDER BY occurred_at, id", sampleId))));
    }
}
