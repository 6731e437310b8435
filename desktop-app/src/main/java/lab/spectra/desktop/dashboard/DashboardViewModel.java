package lab.spectra.desktop.dashboard;

import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.runs.RunQueries;
import lab.spectra.desktop.runs.RunRow;
import lab.spectra.desktop.shell.StatusBarViewModel;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.desktop.ui.Times;

/** The first screen: my open runs, every instrument's calibration, pending changes, problems. */
public final class DashboardViewModel {

    /** How many of a person's open runs the dashboard lists. */
    public static final int OPEN_RUNS_SHOWN = 50;

    private final RunQueries runs;
    private final CurrentUser user;
    private final TaskRunner tasks;
    private final ObservableList<InstrumentLockout> instruments;
    private final ObservableList<String> myRuns = FXCollections.observableArrayList();
    private final StatusBarViewModel status;

    /**
     * @param instruments every instrument's calibration state, kept current by the shell
     * @param status      the window's status bar, which already follows the sync engine
     */
    public DashboardViewModel(
            RunQueries runs,
            CurrentUser user,
            TaskRunner tasks,
            LocalData localData,
            ObservableList<InstrumentLockout> instruments,
            StatusBarViewModel status) {
        this.runs = runs;
        this.user = user;
        this.tasks = tasks;
        this.instruments = instruments;
        this.status = status;
        localData.version().addListener((observable, before, after) -> load());
        load();
    }

    public ObservableList<InstrumentLockout> instruments() {
        return instruments;
    }

    /** The signed-in person's runs still running or blocked, newest first, in words. */
    public ObservableList<String> myRuns() {
        return myRuns;
    }

    public ReadOnlyIntegerProperty pending() {
        return status.pendingCount();
    }

    public ReadOnlyIntegerProperty problems() {
        return status.openProblems();
    }

    public String greeting() {
        return "Signed in as " + user.displayName() + " (" + user.role().displayName() + ")";
    }

    public void load() {
        tasks.run(
                () -> runs.openRunsOf(user.userId(), OPEN_RUNS_SHOWN).stream()
                        .map(DashboardViewModel::describe)
                        .toList(),
                myRuns::setAll,
                failure -> myRuns.setAll(Problems.describe(failure)));
    }

    private static String describe(RunRow row) {
        return row.recipe() + " on " + row.instrument() + " · "
                + row.run().status().name().toLowerCase(Locale.ROOT) + " since "
                + Times.format(row.run().startedAt())
                + (row.run().blockedReason() == null ? "" : " · " + row.run().blockedReason());
    }
}
