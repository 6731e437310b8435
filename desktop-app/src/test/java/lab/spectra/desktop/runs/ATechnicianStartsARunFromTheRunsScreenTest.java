package lab.spectra.desktop.runs;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.collections.ObservableList;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.testing.LocalCommands;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Without a server: the runs screen's view model over an H2 file of a small lab. */
class ATechnicianStartsARunFromTheRunsScreenTest {

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
    void aRunStartedOnAValidInstrumentIsListedWithTheNamesOfWhatItUses() {
        assertThat(model.approvedRecipes()).extracting(Recipe::name).containsExactly("IV sweep", "Theta-2theta scan");
        model.sampleSearch().set("s-000");
        assertThat(model.samples()).containsExactly(lab.sample);

        model.recipe().set(lab.approvedIvSweep);
        model.instrument().set(lockout("SMU-01"));
        model.sample().set(model.samples().get(0));
        assertThat(model.startBlockedReason().get()).isEmpty();
        model.startRun();

        assertThat(commands.sent()).singleElement().isInstanceOf(StartRun.class);
        assertThat(model.message().get()).isEqualTo("Run started on SMU-01");
        assertThat(model.runs()).singleElement().satisfies(row -> {
            assertThat(row.run().status()).isEqualTo(RunStatus.RUNNING);
            assertThat(row.recipe()).isEqualTo("IV sweep");
            assertThat(row.sample()).isEqualTo("GaN-on-Si #1");
            assertThat(row.operator()).isEqualTo("Tess Technician");
        });
    }

    @Test
    void aLockedInstrumentBlocksTheStartWithItsReasonAndNothingIsSent() {
        model.recipe().set(lab.approvedXrdScan);
        model.instrument().set(lockout("XRD-01"));
        model.sample().set(lab.sample);

        assertThat(model.startBlockedReason().get())
                .isEqualTo("Calibration expired for XRD-01 on 2026-03-01: runs cannot start on it");
        model.startRun();

        assertThat(commands.sent()).isEmpty();
        assertThat(model.runs()).isEmpty();
    }

    private InstrumentLockout lockout(String name) {
        return lockouts.stream()
                .filter(lockout -> lockout.instrument().name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
