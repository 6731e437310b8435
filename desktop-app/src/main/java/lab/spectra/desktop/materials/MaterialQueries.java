package lab.spectra.desktop.materials;

import java.util.List;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.sample.Material;

/** The materials on this PC: a lab keeps tens of them, so the choice reads them all, by name. */
public final class MaterialQueries {

    private static final String LIVE = "SELECT " + LocalRows.columns(Table.MATERIALS, "m")
            + " FROM materials m WHERE m.organization_id = ? AND m.deleted_at IS NULL ORDER BY LOWER(m.name), m.id";

    private final LocalReads reads;

    public MaterialQueries(LocalReads reads) {
        this.reads = reads;
    }

    /** Every material not deleted, by name in any case. */
    public List<Material> all() {
        return reads.read(rows -> rows.<Material>rows(Table.MATERIALS, LIVE, rows.organizationId()));
    }
}
