package lab.spectra.desktop.runs;

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
import lab.spectra.model.testing.Lab;

/**
 * The runs screen's view model as the example lab's technician has it, on a local copy of that
 * lab at {@link Lab#NOW}, with the commands it sends kept for the test to read.
 */
final class TechnicianAtTheRunsScreen implements AutoCloseable {

    final Lab lab = new Lab();
    final LocalCommands commands;
    final ObservableList<InstrumentLockout> lockouts;
    final RunsViewModel model;
    private final LocalCopy copy = LocalCopy.of(lab);

    TechnicianAtTheRunsScreen() {
        LocalData localData = new LocalData();
        Clock clock = Clock.fixed(Lab.NOW, ZoneOffset.UTC);
        commands = new LocalCommands(copy, lab.technician, clock, localData);
        lockouts = FXCollections.observableArrayList(new InstrumentLockouts(copy, clock).evaluate());
        model = new RunsViewModel(
                new RunQueries(copy),
                new RecipeQueries(copy),
                new SampleQueries(copy),
                commands,
                LabPeople.signedIn(lab.technician),
                new CurrentThreadTaskRunner(),
                localData,
                lockouts);
    }

    @Override
    public void close() {
        copy.close();
    }
}
