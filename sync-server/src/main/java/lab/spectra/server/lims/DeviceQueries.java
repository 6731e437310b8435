package lab.spectra.server.lims;

import java.util.UUID;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.sample.Device;
import lab.spectra.server.db.Conditions;
import lab.spectra.server.db.Page;
import lab.spectra.server.db.PageRequest;
import lab.spectra.server.db.TenantReads;

/** Devices on wafers. */
public final class DeviceQueries {

    /** @param waferId only the devices of this wafer; null for all */
    public record Filter(UUID waferId) {

        public static final Filter ALL = new Filter(null);
    }

    private final TenantReads reads;

    public DeviceQueries(TenantReads reads) {
        this.reads = reads;
    }

    /** Devices that are not deleted, in the order they were added. */
    public Page<Device> page(UserAccount viewer, Filter filter, PageRequest page) {
        return reads.page(
                viewer,
                Table.DEVICES,
                Conditions.where("deleted_at IS NULL").andIfGiven("wafer_id = ?", filter.waferId()),
                page);
    }
}
