package lab.spectra.server.labimport;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.sample.Material;
import lab.spectra.server.db.TenantReads;

/** The lab's materials, as an import file names them. */
public final class MaterialQueries {

    private final TenantReads reads;

    public MaterialQueries(TenantReads reads) {
        this.reads = reads;
    }

    /** The material of that name, compared without case; the first registered when several share it. */
    public Optional<UUID> named(UserAccount viewer, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return reads.read(viewer, state -> state
                .<Material>findOrdered(Table.MATERIALS, "lower(name) = ? AND deleted_at IS NULL", "ORDER BY id", wanted)
                .stream()
                .findFirst()
                .map(Material::id));
    }
}
