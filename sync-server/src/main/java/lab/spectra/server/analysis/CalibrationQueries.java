package lab.spectra.server.analysis;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.calibration.ReverseTraceability;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.run.Run;
import lab.spectra.server.db.Conditions;
import lab.spectra.server.db.Page;
import lab.spectra.server.db.PageRequest;
import lab.spectra.server.db.TenantReads;

/** Calibration certificates, and the runs a revoked one puts under review. */
public final class CalibrationQueries {

    /** @param instrumentId only this instrument's certificates; null for every instrument's */
    public record Filter(UUID instrumentId) {

        public static final Filter ALL = new Filter(null);
    }

    /** A revoked certificate and the runs that relied on it, oldest first. */
    public record RevokedCalibration(Calibration calibration, List<Run> runsToReview) {}

    private final TenantReads reads;

    public CalibrationQueries(TenantReads reads) {
        this.reads = reads;
    }

    /** Certificates in the order they were recorded. */
    public Page<Calibration> page(UserAccount viewer, Filter filter, PageRequest page) {
        return reads.page(
                viewer,
                Table.CALIBRATIONS,
                Conditions.none().andIfGiven("instrument_id = ?", filter.instrumentId()),
                page);
    }

    /**
     * The certificate with the runs to review. Only the runs that can qualify are read (made under
     * it, or started or received since it was issued); the shared rule then decides.
     */
    public Optional<RevokedCalibration> revoked(UserAccount viewer, UUID calibrationId) {
        return reads.read(viewer, state -> state.calibration(calibrationId).map(calibration -> {
            OffsetDateTime issued = calibration.issuedAt().atOffset(ZoneOffset.UTC);
            List<Run> candidates = state.find(
                    Table.RUNS,
                    "instrument_id = ? AND (calibration_id = ? OR started_at >= ? OR created_at >= ?)",
                    calibration.instrumentId(),
                    calibration.id(),
                    issued,
                    issued);
            return new RevokedCalibration(calibration, ReverseTraceability.runsToReview(calibration, candidates));
        }));
    }
}
