package lab.spectra.model.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RunLifecycleTest {

    private static final Set<String> LEGAL = Set.of(
            "PLANNED->RUNNING",
            "PLANNED->ABORTED",
            "PLANNED->BLOCKED",
            "RUNNING->FINISHED",
            "RUNNING->ABORTED",
            "RUNNING->BLOCKED");

    @ParameterizedTest
    @EnumSource(RunStatus.class)
    void onlyTheDocumentedTransitionsAreAllowed(RunStatus from) {
        for (RunStatus to : RunStatus.values()) {
            assertThat(RunLifecycle.allows(from, to)).as(from + "->" + to).isEqualTo(LEGAL.contains(from + "->" + to));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = RunStatus.class,
            names = {"FINISHED", "ABORTED", "BLOCKED"})
    void finalStatesAreTerminal(RunStatus status) {
        assertThat(status.terminal()).isTrue();
    }
}
