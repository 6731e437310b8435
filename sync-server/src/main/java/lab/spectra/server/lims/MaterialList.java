package lab.spectra.server.lims;

import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.sample.Material;
import lab.spectra.server.db.Conditions;
import lab.spectra.server.db.Page;
import lab.spectra.server.db.PageRequest;
import lab.spectra.server.db.TenantReads;

/** What the API reads about materials: a page of the live ones. */
public final class MaterialList {

    private final TenantReads reads;

    public MaterialList(TenantReads reads) {
        this.reads = reads;
    }

    /** Materials that are not deleted, in the order they were added. */
    public Page<Material> page(UserAccount viewer, PageRequest page) {
        return reads.page(viewer, Table.MATERIALS, Conditions.where("deleted_at IS NULL"), page);
    }
}
