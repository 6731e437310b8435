package lab.spectra.desktop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.collections.FXCollections;
import lab.spectra.desktop.runs.RunQueries;
import lab.spectra.desktop.shell.StatusBarViewModel;
import lab.spectra.desktop.spc.alerts.SpcAlertQueries;
import lab.spectra.desktop.testing.CurrentThreadTaskRunner;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.run.Run;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Without a server: the dashboard's view model over an H2 file of a small lab. */
class TheDashboardListsMyOpenRunsByNameTest {

    private final Lab lab = new Lab();
    private final Run mine = lab.runningRunOf(lab.technician);

    {
        lab.runningRunOf(lab.engineer); // someone else's: not listed
    }

    private final LocalCopy copy = LocalCopy.of(lab);
    private final LocalData localData = new LocalData();

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void onlyTheSignedInPersonsOpenRunsAreListedWithRecipeAndInstrumentNames() {
        DashboardViewModel model = new DashboardViewModel(
                new RunQueries(copy),
                new SpcAlertQueries(copy),
                LabPeople.signedIn(lab.technician),
                new CurrentThreadTaskRunner(),
                localData,
                FXCollections.observableArrayList(),
                new StatusBarViewModel(LabPeople.signedIn(lab.technician)));

        assertThat(model.greeting()).isEqualTo("Signed in as Tess Technician (Technician)");
        assertThat(model.myRuns())
                .containsExactly("IV sweep on SMU-01 · running since " + Times.format(mine.startedAt()));

        copy.replace(mine.blocked("Calibration revoked for SMU-01", Lab.NOW));
        localData.changed();

        assertThat(model.myRuns())
                .containsExactly("IV sweep on SMU-01 · blocked since " + Times.format(mine.startedAt())
                        + " · Calibration revoked for SMU-01");
    }
}
