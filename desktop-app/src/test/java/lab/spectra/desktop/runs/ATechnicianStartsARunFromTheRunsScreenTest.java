package lab.spectra.desktop.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.lockout.InstrumentLockouts;
import lab.spectra.desktop.recipes.RecipeQueries;
import lab.spectra.desktop.samples.SampleQueries;
import lab.spectra.desktop.testing.CurrentThreadTaskRunner;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LocalCommands;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.run.RunStatus;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Without a server: the runs screen's view model over an H2 file of a small lab. */
class ATechnicianStartsARunFromTheRunsScreenTest {

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    private final LocalData localData = new LocalData();
    private final Clock clock = Clock.fixed(Lab.NOW, ZoneOffset.UTC);
    private final LocalCommands commands = new LocalCommands(copy, lab.technician, clock, localData);
    private final ObservableList<InstrumentLockout> lockouts =
            FXCollections.observableArrayList(new InstrumentLockouts(copy, clock).evaluate());
    private final RunsViewModel model = new RunsViewModel(
            new RunQueries(copy),
            new RecipeQueries(copy),
            new SampleQueries(copy),
            commands,
            LabPeople.signedIn(lab.technician),
            new CurrentThreadTaskRunner(),
            localData,
            lockouts);

    @AfterEach
    void close() {
        copy.close();
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
