package lab.spectra.model.report;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.availability.InstrumentStanding;
import lab.spectra.model.calibration.Calibration;
import lab.spectra.model.calibration.CalibrationLockout;
import lab.spectra.model.calibration.CalibrationState;
import lab.spectra.model.calibration.ReverseTraceability;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.OrganizationSettings;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.run.Run;

/**
 * The calibration status report: every instrument in use with its current certificate, how long
 * it has left, whether it is locked and why (in the bench's words: {@link InstrumentStanding}), a
 * warning for certificates that expire within the organization's warning window, and - after a
 * revocation - the runs to review (reverse traceability, spec §4). Compiled from the
 * organization's records with the shared rules, so the server's report and one a bench makes from
 * its local copy say the same.
 */
public record CalibrationReport(
        String organizationName, Instant generatedAt, int warningDays, List<InstrumentLine> instruments) {

    public CalibrationReport {
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(generatedAt, "generatedAt");
        instruments = List.copyOf(instruments);
    }

    /**
     * One instrument.
     *
     * @param certificate  the certificate in force now, revoked or expired included; null when it has none
     * @param runsToReview the runs that relied on a revoked certificate of the instrument, oldest first
     */
    public record InstrumentLine(InstrumentStanding standing, Calibration certificate, List<RunToReview> runsToReview) {

        public InstrumentLine {
            runsToReview = List.copyOf(runsToReview);
        }

        public Instrument instrument() {
            return standing.instrument();
        }

        /** Whole days until the certificate expires (negative once expired); empty without one. */
        public Optional<Long> daysLeft(Instant now) {
            return Optional.ofNullable(certificate)
                    .map(current -> Math.floorDiv(
                            Duration.between(now, current.expiresAt()).toSeconds(), 86_400L));
        }
    }

    /** A run to review after a revocation, and the certificate whose revocation put it there. */
    public record RunToReview(UUID runId, Instant startedAt, String status, String revokedCertificate) {}

    /** The organization's report at {@code now}, read through its records (server or bench alike). */
    public static CalibrationReport compile(JdbcDomainState state, Instant now) {
        Organization organization = state.organization()
                .orElseThrow(() -> new IllegalStateException("The organization's own row is not readable"));
        OrganizationSettings settings = OrganizationSettings.of(organization);
        CalibrationLockout rule = new CalibrationLockout(settings.calibrationWarning());
        List<Instrument> instruments = state.findOrdered(Table.INSTRUMENTS, "deleted_at IS NULL", "ORDER BY name, id");
        List<InstrumentLine> lines = new ArrayList<>();
        for (Instrument instrument : instruments) {
            InstrumentStanding standing = InstrumentStanding.of(instrument, state, rule, now);
            List<Calibration> certificates = state.calibrationsOf(instrument.id());
            Calibration current =
                    CalibrationLockout.currentAt(instrument, certificates, now).orElse(null);
            lines.add(new InstrumentLine(standing, current, runsToReview(state, certificates)));
        }
        return new CalibrationReport(organization.name(), now, settings.calibrationWarningDays(), lines);
    }

    /** Only the runs that can qualify are read; the shared rule then decides, as for the revocation's answer. */
    private static List<RunToReview> runsToReview(JdbcDomainState state, List<Calibration> certificates) {
        List<RunToReview> runs = new ArrayList<>();
        for (Calibration revoked : certificates) {
            if (revoked.state() != CalibrationState.REVOKED) {
                continue;
            }
            OffsetDateTime issued = revoked.issuedAt().atOffset(ZoneOffset.UTC);
            List<Run> candidates = state.find(
                    Table.RUNS,
                    "instrument_id = ? AND (calibration_id = ? OR started_at >= ? OR created_at >= ?)",
                    revoked.instrumentId(),
                    revoked.id(),
                    issued,
                    issued);
            ReverseTraceability.runsToReview(revoked, candidates).stream()
                    .map(run -> new RunToReview(
                            run.id(),
                            run.startedAt(),
                            run.status().name().toLowerCase(Locale.ROOT),
                            revoked.certificateNumber()))
                    .forEach(runs::add);
        }
        runs.sort(Comparator.comparing(RunToReview::startedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return runs;
    }
}
