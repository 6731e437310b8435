package lab.spectra.model.testing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Random {@link WorkStep}s: runs and samples more often than recipe decisions, as in a lab, and
 * every role often enough that refusals and acceptances both come up.
 */
public final class WorkSteps {

    /** Eight hours apart at most, so a sequence stays within the certificates and qualifications of the {@link Lab}. */
    private static final int LONGEST_PAUSE_SECONDS = 8 * 3600;

    private WorkSteps() {}

    public static Arbitrary<List<WorkStep>> sequences(int maxSteps) {
        return sequences(1, maxSteps);
    }

    public static Arbitrary<List<WorkStep>> sequences(int minSteps, int maxSteps) {
        // Lengths spread evenly: jqwik's default favours short lists, and a lab's day is long.
        return steps().list()
                .ofMinSize(minSteps)
                .ofMaxSize(maxSteps)
                .withSizeDistribution(RandomDistribution.uniform());
    }

    public static Arbitrary<WorkStep> steps() {
        return kinds().flatMap(kind -> Combinators.combine(
                        Arbitraries.just(kind), people(kind), pauses(), backdating(), Arbitraries.longs())
                .as(WorkStep::new));
    }

    private static Arbitrary<WorkStep.Kind> kinds() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(WorkStep.Kind.CREATE_SAMPLE)),
                Tuple.of(3, Arbitraries.just(WorkStep.Kind.EDIT_SAMPLE)),
                Tuple.of(1, Arbitraries.just(WorkStep.Kind.DELETE_SAMPLE)),
                Tuple.of(3, Arbitraries.just(WorkStep.Kind.RECORD_CUSTODY_EVENT)),
                Tuple.of(2, Arbitraries.just(WorkStep.Kind.CREATE_RECIPE)),
                Tuple.of(2, Arbitraries.just(WorkStep.Kind.EDIT_RECIPE_DRAFT)),
                Tuple.of(2, Arbitraries.just(WorkStep.Kind.SUBMIT_RECIPE)),
                Tuple.of(3, Arbitraries.just(WorkStep.Kind.APPROVE_RECIPE)),
                Tuple.of(1, Arbitraries.just(WorkStep.Kind.REJECT_RECIPE)),
                Tuple.of(2, Arbitraries.just(WorkStep.Kind.RETIRE_RECIPE)),
                Tuple.of(5, Arbitraries.just(WorkStep.Kind.START_RUN)),
                Tuple.of(4, Arbitraries.just(WorkStep.Kind.RECORD_RESULT)),
                Tuple.of(3, Arbitraries.just(WorkStep.Kind.FINISH_RUN)),
                Tuple.of(1, Arbitraries.just(WorkStep.Kind.ABORT_RUN)),
                Tuple.of(3, Arbitraries.just(WorkStep.Kind.RECORD_CALIBRATION)),
                Tuple.of(2, Arbitraries.just(WorkStep.Kind.REVOKE_CALIBRATION)));
    }

    /**
     * Mostly the person whose job it is, so that most steps get as far as the business rules;
     * anyone else now and then, so that the permission table is tried too.
     */
    private static Arbitrary<WorkStep.Who> people(WorkStep.Kind kind) {
        return Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just(whoseJobItIs(kind))),
                Tuple.of(1, Arbitraries.just(WorkStep.Who.ADMIN)),
                Tuple.of(1, Arbitraries.just(WorkStep.Who.PI)),
                Tuple.of(1, Arbitraries.just(WorkStep.Who.ENGINEER)),
                Tuple.of(1, Arbitraries.just(WorkStep.Who.TECHNICIAN)),
                Tuple.of(1, Arbitraries.just(WorkStep.Who.VIEWER)),
                Tuple.of(1, Arbitraries.just(WorkStep.Who.DISABLED_ENGINEER)),
                Tuple.of(1, Arbitraries.just(WorkStep.Who.TECHNICIAN_SENDING_THE_PIS_WORK)));
    }

    private static WorkStep.Who whoseJobItIs(WorkStep.Kind kind) {
        return switch (kind) {
            case CREATE_SAMPLE, EDIT_SAMPLE, CREATE_RECIPE, EDIT_RECIPE_DRAFT, SUBMIT_RECIPE -> WorkStep.Who.ENGINEER;
            case DELETE_SAMPLE, APPROVE_RECIPE, REJECT_RECIPE, RETIRE_RECIPE -> WorkStep.Who.PI;
            case RECORD_CUSTODY_EVENT, START_RUN, RECORD_RESULT, FINISH_RUN, ABORT_RUN -> WorkStep.Who.TECHNICIAN;
            case RECORD_CALIBRATION, REVOKE_CALIBRATION -> WorkStep.Who.ADMIN;
        };
    }

    private static Arbitrary<Integer> pauses() {
        return Arbitraries.integers().between(1, LONGEST_PAUSE_SECONDS);
    }

    /** Mostly on time; now and then made offline hours before it reaches the deciding side. */
    private static Arbitrary<Integer> backdating() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(1, 12 * 3600)));
    }
}
