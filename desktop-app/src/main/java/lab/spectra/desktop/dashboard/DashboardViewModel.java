package lab.spectra.desktop.dashboard;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.runs.RunQueries;
import lab.spectra.desktop.runs.RunRow;
import lab.spectra.desktop.shell.StatusBarViewModel;
import lab.spectra.desktop.spc.alerts.AlertLine;
import lab.spectra.desktop.spc.alerts.SpcAlertQueries;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.TaskRunner;
import lab.spectra.desktop.ui.Times;

/** The first screen: my open runs, every instrument's calibration, open SPC alerts, pending changes, problems. */
public final class DashboardViewModel {

    /** How many of a person's open runs the dashboard lists. */
    public static final int OPEN_RUNS_SHOWN = 50;

    /** How many of the newest open SPC alerts the dashboard names; the SPC screen lists them all. */
    public static final int SPC_ALERTS_SHOWN = 5;

    private final RunQueries runs;
    private final SpcAlertQueries spcAlerts;
    private final CurrentUser user;
    private final TaskRunner tasks;
    private final ObservableList<InstrumentLockout> instruments;
    private final ObservableList<String> myRuns = FXCollections.observableArrayList();
    private final ObservableList<String> openSpcAlerts = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper openSpcAlertCount = new ReadOnlyIntegerWrapper(0);
    private final StatusBarViewModel status;

    /**
     * @param instruments every instrument's calibration state, kept current by the shell
     * @param status      the window's status bar, which already follows the sync engine
     */
    public DashboardViewModel(
            RunQueries runs,
            SpcAlertQueries spcAlerts,
            CurrentUser user,
            TaskRunner tasks,
            LocalData localData,
            ObservableList<InstrumentLockout> instruments,
            StatusBarViewModel status) {
        this.runs = runs;
        this.spcAlerts = spcAlerts;
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

    /** How many SPC alerts wait for acknowledgement; the card is shown only when there are any. */
    public ReadOnlyIntegerProperty openSpcAlertCount() {
        return openSpcAlertCount.getReadOnlyProperty();
    }

    /** The newest open SPC alerts in words: rule, series, what the points show, when raised. */
    public ObservableList<String> openSpcAlerts() {
        return openSpcAlerts;
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
        tasks.run(
                () -> new OpenAlerts(
                        spcAlerts.openCount(),
                        spcAlerts.alerts(null, false, SPC_ALERTS_SHOWN).stream()
                                .map(DashboardViewModel::describe)
                                .toList()),
                open -> {
                    openSpcAlerts.setAll(open.newest());
                    openSpcAlertCount.set(open.count());
                },
                failure -> openSpcAlerts.setAll(Problems.describe(failure)));
    }

    private record OpenAlerts(int count, List<String> newest) {}

    private static String describe(AlertLine alert) {
        return alert.summary() + " · raised " + Times.format(alert.alert().raisedAt())
                + (alert.provisional() ? " (provisional)" : "");
    }

    private static String describe(RunRow row) {
        return row.recipe() + " on " + row.instrument() + " · "
                + row.run().status().name().toLowerCase(Locale.ROOT) + " since "
                + Times.format(row.run().startedAt())
                + (row.run().blockedReason() == null ? "" : " · " + row.run().blockedReason());
    }
}
