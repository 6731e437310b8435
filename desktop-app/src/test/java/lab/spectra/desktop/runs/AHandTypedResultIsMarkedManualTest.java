package lab.spectra.desktop.runs;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.collections.ObservableList;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.testing.LocalCommands;
import lab.spectra.model.run.RecordResult;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A number a technician types into the runs screen is recorded as manual, so a reviewer tells it
 * from a result computed from a raw file by a named algorithm.
 */
class AHandTypedResultIsMarkedManualTest {

    private final TechnicianAtTheRunsScreen screen = new TechnicianAtTheRunsScreen();
    private final Lab lab = screen.lab;
    private final LocalCommands commands = screen.commands;
    private final ObservableList<InstrumentLockout> lockouts = screen.lockouts;
    private final RunsViewModel model = screen.model;

    @AfterEach
    void close() {
        screen.close();
    }

    @Test
    void theResultsPayloadSaysManualAndNamesNoAlgorithm() {
        model.recipe().set(lab.approvedIvSweep);
        model.instrument()
                .set(lockouts.stream()
                        .filter(lockout -> lockout.instrument().name().equals("SMU-01"))
                        .findFirst()
                        .orElseThrow());
        model.sample().set(lab.sample);
        model.startRun();
        model.selectedRun().set(model.runs().get(0));

        model.quantity().set("sheet_resistance");
        model.value().set("41,7");
        model.unit().set("ohm/sq");
        model.recordResult();

        assertThat(commands.sent()).last().isInstanceOfSatisfying(RecordResult.class, result -> {
            assertThat(result.value()).isEqualTo(41.7);
            assertThat(result.payload()).isNotNull();
            assertThat(result.payload().path("manual").asBoolean()).isTrue();
            assertThat(result.payload().has("algorithm")).isFalse();
        });
        assertThat(model.message().get()).isEqualTo("Result recorded: sheet_resistance = 41,7 ohm/sq");
    }
}
