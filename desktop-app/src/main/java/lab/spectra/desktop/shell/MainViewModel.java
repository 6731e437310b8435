package lab.spectra.desktop.shell;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.session.WorkSession;
import lab.spectra.desktop.sync.SyncStatus;
import org.slf4j.LoggerFactory;

/**
 * The main window: which screen is shown, the status bar, and the calibration state of every
 * instrument, evaluated at launch and again every minute (certificates expire while the app runs).
 */
public final class MainViewModel {

    public static final Duration LOCKOUT_REFRESH = Duration.ofMinutes(1);

    private final WorkSession session;
    private final Runnable onSignedOut;
    private final StatusBarViewModel statusBar;
    private final Consumer<SyncStatus> statusListener;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.DASHBOARD);
    private final ObservableList<InstrumentLockout> lockouts = FXCollections.observableArrayList();
    private final ObservableList<String> launchNotice = FXCollections.observableArrayList();
    private boolean launched;

    public MainViewModel(WorkSession session) {
        this(session, () -> {});
    }

    /** @param onSignedOut shows the sign-in screen again (a bench PC is shared) */
    public MainViewModel(WorkSession session, Runnable onSignedOut) {
        this.session = session;
        this.onSignedOut = onSignedOut;
        this.statusBar = new StatusBarViewModel(session.user());
        this.statusListener = statusBar::accept;
        session.workstation().sync().addListener(statusListener);
        session.localData().version().addListener((observable, before, after) -> refreshLockouts());
        // A finished sync may have brought rows: every open screen reloads.
        statusBar.syncing().addListener((observable, was, now) -> {
            if (was && !now) {
                session.localData().changed();
            }
        });
    }

    public WorkSession session() {
        return session;
    }

    public StatusBarViewModel statusBar() {
        return statusBar;
    }

    public ObjectProperty<Section> section() {
        return section;
    }

    /** Every instrument's calibration state; screens mark locked instruments from this list. */
    public ObservableList<InstrumentLockout> lockouts() {
        return lockouts;
    }

    /** The launch notice: locked instruments and those expiring within 7 days. Empty once dismissed. */
    public ObservableList<String> launchNotice() {
        return launchNotice;
    }

    public void dismissLaunchNotice() {
        launchNotice.clear();
    }

    /**
     * Signs the person out of this PC: their online session is forgotten, so their changes still
     * waiting are sent the next time they sign in online.
     */
    public void signOut() {
        // The next person's window listens afresh; this one must stop hearing the engine.
        session.workstation().sync().removeListener(statusListener);
        session.tasks()
                .run(
                        () -> {
                            session.workstation().signOut(session.user().userId());
                            return null;
                        },
                        done -> onSignedOut.run(),
                        failure -> onSignedOut.run());
    }

    public void syncNow() {
        session.scheduler().requestSync();
    }

    public void refreshLockouts() {
        session.tasks()
                .run(
                        session.lockouts()::evaluate,
                        evaluated -> {
                            lockouts.setAll(evaluated);
                            if (!launched) {
                                launched = true;
                                launchNotice.setAll(notice(evaluated));
                            }
                        },
                        failure -> LoggerFactory.getLogger(MainViewModel.class)
                                .warn("Could not evaluate the calibrations", failure));
    }

    private static List<String> notice(List<InstrumentLockout> evaluated) {
        return evaluated.stream()
                .filter(lockout -> lockout.locked() || lockout.expiringSoon())
                .sorted((a, b) -> Boolean.compare(b.locked(), a.locked()))
                .map(lockout -> (lockout.locked() ? "Locked: " : "Soon: ")
                        + lockout.calibration().message())
                .toList();
    }
}
