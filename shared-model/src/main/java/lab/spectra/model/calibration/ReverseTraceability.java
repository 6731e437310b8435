package lab.spectra.model.calibration;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import lab.spectra.model.run.Run;

/**
 * When a certificate is revoked, every run made on the instrument since that certificate was
 * issued (its last good calibration) is suspect and goes on a review list, oldest first. "Since"
 * is judged by the time the run says it started and, on the server, also by the time the server
 * received it ({@code created_at} there): a bench's claim about when it worked cannot take a run
 * off the list.
 */
public final class ReverseTraceability {

    private ReverseTraceability() {}

    public static List<Run> runsToReview(Calibration revoked, Collection<Run> runsOfInstrument) {
        return runsOfInstrument.stream()
                .filter(run -> run.instrumentId().equals(revoked.instrumentId()))
                .filter(run -> revoked.id().equals(run.calibrationId())
                        || (run.startedAt() != null && !run.startedAt().isBefore(revoked.issuedAt()))
                        || (run.createdAt() != null && !run.createdAt().isBefore(revoked.issuedAt())))
                .sorted(Comparator.comparing(Run::startedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
