package lab.spectra.desktop.admin.apikeys;

import java.util.List;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.protocol.Table;

/** What the API keys screen reads on this PC: the instruments a results key may be limited to. */
public final class ApiKeyQueries {

    private static final String INSTRUMENTS = "SELECT " + LocalRows.columns(Table.INSTRUMENTS, "i")
            + " FROM instruments i WHERE i.organization_id = ? AND i.deleted_at IS NULL ORDER BY i.name, i.id";

    private final LocalReads reads;

    public ApiKeyQueries(LocalReads reads) {
        this.reads = reads;
    }

    public List<Instrument> instruments() {
        return reads.read(rows -> rows.rows(Table.INSTRUMENTS, INSTRUMENTS, rows.organizationId()));
    }
}
