package lab.spectra.desktop.dashboard;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.session.WorkSession;
import lab.spectra.desktop.shell.StatusBarViewModel;
import lab.spectra.desktop.ui.Problems;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.run.Run;

/** The first screen: my open runs, every instrument's calibration, pending changes, problems. */
public final class DashboardViewModel {

    private final WorkSession session;
    private final ObservableList<InstrumentLockout> instruments;
    private final ObservableList<String> myRuns = FXCollections.observableArrayList();
    private final StatusBarViewModel status;

    /** @param status the window's status bar, which already follows the sync engine */
    public DashboardViewModel(
            WorkSession session, ObservableList<InstrumentLockout> instruments, StatusBarViewModel status) {
        this.session = session;
        this.instruments = instruments;
        this.status = status;
        session.localData().version().addListener((observable, before, after) -> load());
        load();
    }

    public ObservableList<InstrumentLockout> instruments() {
        return instruments;
    }

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
        return "Signed in as " + session.user().displayName() + " ("
                + session.user().role().displayName() + ")";
    }

    public void load() {
        session.tasks()
                .run(
                        () -> session.workstation().read(state -> {
                            List<Run> runs = state.findOrdered(
                                    Table.RUNS,
                                    "operator_id = ? AND status IN ('running', 'blocked')",
                                    "ORDER BY started_at DESC LIMIT 50",
                                    session.user().userId());
                            return runs.stream()
                                    .map(run -> {
                                        String recipe = state.recipe(run.recipeId())
                                                .map(Recipe::name)
                                                .orElse("?");
                                        String instrument = state.instrument(run.instrumentId())
                                                .map(Instrument::name)
                                                .orElse("?");
                                        return recipe + " on " + instrument + " · "
                                                + run.status().name().toLowerCase(Locale.ROOT) + " since "
                                                + Times.format(run.startedAt())
                                                + (run.blockedReason() == null ? "" : " · " + run.blockedReason());
                                    })
                                    .toList();
                        }),
                        myRuns::setAll,
                        failure -> myRuns.setAll(Problems.describe(failure)));
    }
}
