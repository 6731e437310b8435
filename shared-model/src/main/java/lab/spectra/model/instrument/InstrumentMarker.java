package lab.spectra.model.instrument;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import lab.spectra.model.calibration.Calibration;

/**
 * One mark on an instrument's timeline, for the markers of an SPC chart: a calibration, a
 * maintenance, a requalification, a move or a change of status, when, and what in words. Built
 * the same way on the bench and on the server by {@link #timeline}.
 */
public record InstrumentMarker(UUID instrumentId, InstrumentEventKind kind, Instant at, String label) {

    public InstrumentMarker {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(label, "label");
    }

    /** The instrument's events and certificates (issued, and revoked when they were), oldest first. */
    public static List<InstrumentMarker> timeline(List<InstrumentEvent> events, List<Calibration> calibrations) {
        Stream<InstrumentMarker> fromEvents = events.stream()
                .map(event ->
                        new InstrumentMarker(event.instrumentId(), event.kind(), event.occurredAt(), event.label()));
        Stream<InstrumentMarker> fromCalibrations = calibrations.stream().flatMap(InstrumentMarker::ofCalibration);
        return Stream.concat(fromEvents, fromCalibrations)
                .sorted(Comparator.comparing(InstrumentMarker::at).thenComparing(InstrumentMarker::label))
                .toList();
    }

    private static Stream<InstrumentMarker> ofCalibration(Calibration calibration) {
        InstrumentMarker issued = new InstrumentMarker(
                calibration.instrumentId(),
                InstrumentEventKind.CALIBRATION,
                calibration.issuedAt(),
                "Calibrated: certificate " + calibration.certificateNumber());
        if (calibration.revokedAt() == null) {
            return Stream.of(issued);
        }
        String reason = calibration.revocationReason();
        return Stream.of(
                issued,
                new InstrumentMarker(
                        calibration.instrumentId(),
                        InstrumentEventKind.CALIBRATION,
                        calibration.revokedAt(),
                        "Certificate " + calibration.certificateNumber() + " revoked"
                                + (reason == null ? "" : ": " + reason)));
    }
}
