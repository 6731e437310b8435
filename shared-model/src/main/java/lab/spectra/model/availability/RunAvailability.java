package lab.spectra.model.availability;

import java.util.List;
import java.util.Optional;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Rejected;

/**
 * Whether work on an instrument may go ahead: every permit of the kind of work is checked and
 * every hold collected (ADR 0015). The one rule the bench runs offline and the server runs again
 * at receive time; commands use {@link #refusal}, screens may list all {@link Availability.Held#holds}.
 */
public final class RunAvailability {

    private static final RunAvailability TO_START = new RunAvailability(List.of(
            new InstrumentServicePermit(),
            new CalibrationPermit(),
            new RequalificationPermit(),
            new SpcHoldPermit(),
            new QualificationPermit()));
    private static final RunAvailability TO_RECORD_RESULTS = new RunAvailability(List.of(new CalibrationPermit()));

    private final List<Permit> permits;

    public RunAvailability(List<Permit> permits) {
        this.permits = List.copyOf(permits);
    }

    /**
     * Starting a run: the instrument in service, its calibration, no requalification pending, no
     * open alert on a critical control chart of the recipe lineage (ADR 0026), and the operator's
     * qualification; the instrument's state is named before the person's.
     */
    public static RunAvailability toStart() {
        return TO_START;
    }

    /**
     * Recording a result on a running run: the calibration only; the operator's qualification, the
     * instrument's status and its requalification were judged when the run started (ADR 0022), and
     * a change mid-run does not void the measurement. A certificate is different: it vouches for
     * the numbers themselves, so a lapsed one holds results too.
     */
    public static RunAvailability toRecordResults() {
        return TO_RECORD_RESULTS;
    }

    public Availability evaluate(RunRequest request, DomainState state) {
        List<Hold> holds = permits.stream()
                .map(permit -> permit.check(request, state))
                .flatMap(Optional::stream)
                .toList();
        return holds.isEmpty() ? new Availability.Available() : new Availability.Held(holds);
    }

    public Optional<Rejected> refusal(RunRequest request, DomainState state) {
        return evaluate(request, state).refusal();
    }
}
