package lab.spectra.desktop.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import lab.spectra.desktop.lockout.InstrumentLockouts;
import lab.spectra.desktop.recipes.RecipeQueries;
import lab.spectra.desktop.samples.SampleQueries;
import lab.spectra.desktop.testing.CurrentThreadTaskRunner;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LocalCommands;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.model.run.Run;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A run opened from another screen (a point of an SPC chart) is selected on the Runs screen, even
 * when it is older than the first window of the list: it is put on top.
 */
class ARunOpenedFromAnotherScreenIsSelectedTest {

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void anOldRunBeyondTheFirstWindowIsPutOnTopAndSelected() {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < RunsViewModel.PAGE_SIZE + 20; i++) {
            Run run = lab.finishedRunOf(lab.technician);
            runs.add(new Run(
                    run.id(),
                    run.organizationId(),
                    run.recipeId(),
                    run.recipeVersion(),
                    run.instrumentId(),
                    run.calibrationId(),
                    run.sampleId(),
                    run.deviceId(),
                    run.operatorId(),
                    run.status(),
                    Lab.NOW.minus(Duration.ofHours(2L * (i + 1))),
                    Lab.NOW.minus(Duration.ofHours(2L * i + 1)),
                    null,
                    null,
                    null,
                    run.createdAt(),
                    run.updatedAt(),
                    run.rowVersion()));
        }
        copy.put(runs.toArray(Run[]::new));
        RunsViewModel model = runsScreen();
        Run oldest = runs.get(runs.size() - 1);
        assertThat(model.runs()).extracting(row -> row.run().id()).doesNotContain(oldest.id());

        model.open(oldest.id());

        assertThat(model.selectedRun().get().run().id()).isEqualTo(oldest.id());
        assertThat(model.runs().get(0).run().id()).isEqualTo(oldest.id());
        assertThat(model.selectedRun().get().operator()).isEqualTo(lab.technician.displayName());
    }

    private RunsViewModel runsScreen() {
        LocalData localData = new LocalData();
        Clock clock = Clock.fixed(Lab.NOW, ZoneOffset.UTC);
        return new RunsViewModel(
                new RunQueries(copy),
                new RecipeQueries(copy),
                new SampleQueries(copy),
                new LocalCommands(copy, lab.technician, clock, localData),
                LabPeople.signedIn(lab.technician),
                new CurrentThreadTaskRunner(),
                localData,
                FXCollections.observableArrayList(new InstrumentLockouts(copy, clock).evaluate()));
    }
}
