package lab.spectra.desktop.instruments;

import java.util.List;
import java.util.UUID;
import lab.spectra.desktop.store.LocalReads;
import lab.spectra.desktop.store.LocalRows;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.protocol.Table;

/** What the bench reads about an instrument's certificates. */
public final class CalibrationQueries {

    private static final String HISTORY = "SELECT " + LocalRows.columns(Table.CALIBRATIONS, "c")
            + " FROM calibrations c WHERE c.organization_id = ? AND c.instrument_id = ?"
            + " ORDER BY c.issued_at DESC, c.id DESC";

    private final LocalReads reads;

    public CalibrationQueries(LocalReads reads) {
        this.reads = reads;
    }

    /** Every certificate of the instrument, revoked ones included, newest first. */
    public List<Calibration> historyOf(UUID instrumentId) {
        return reads.read(rows -> rows.rows(Table.CALIBRATIONS, HISTORY, rows.organizationId(), instrumentId));
    }
}
