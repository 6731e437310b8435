package lab.spectra.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import lab.spectra.desktop.lockout.InstrumentLockouts;
import lab.spectra.desktop.lockout.QualificationWarnings;
import lab.spectra.desktop.sync.SyncStatus;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.testing.WorkerThreadTaskRunner;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Without a server: the main window's view model on the JavaFX thread, over an H2 file of a small
 * lab (its XRD certificate expired) and a sync it drives through a recording stand-in.
 */
@ExtendWith(ApplicationExtension.class)
class TheMainWindowFollowsTheLockoutsAndTheSyncTest {

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);
    private final WorkerThreadTaskRunner tasks = new WorkerThreadTaskRunner();
    private final LocalData localData = new LocalData();
    private final RecordingSync sync = new RecordingSync();
    private final List<UUID> signedOut = new ArrayList<>();
    private final AtomicBoolean signInShown = new AtomicBoolean();

    /** Keeps what the window asked of the sync. */
    private static final class RecordingSync implements SyncControl {

        final List<Consumer<SyncStatus>> listeners = new ArrayList<>();
        int requests;

        @Override
        public void addListener(Consumer<SyncStatus> listener) {
            listeners.add(listener);
        }

        @Override
        public void removeListener(Consumer<SyncStatus> listener) {
            listeners.remove(listener);
        }

        @Override
        public void requestSync() {
            requests++;
        }

        void publish(SyncStatus.Phase phase) {
            SyncStatus status = new SyncStatus(SyncStatus.Connectivity.ONLINE, phase, 0, 0, 0, 0, 0, 0, Lab.NOW, null);
            List.copyOf(listeners).forEach(listener -> listener.accept(status));
        }
    }

    @AfterEach
    void close() {
        tasks.close();
        copy.close();
    }

    @Test
    void theLaunchNoticeNamesTheLockedInstrumentAndAFinishedSyncReloadsTheScreens(FxRobot robot) {
        MainViewModel main = onFxThread(robot);

        robot.interact(main::refreshLockouts);

        assertThat(main.lockouts()).hasSize(2);
        assertThat(main.launchNotice()).containsExactly("Locked: Calibration expired for XRD-01 on 2026-03-01");
        robot.interact(() -> {
            sync.publish(SyncStatus.Phase.PULLING);
            sync.publish(SyncStatus.Phase.IDLE);
        });
        assertThat(localData.version().get())
                .as("open screens reload after a sync")
                .isEqualTo(1);

        robot.interact(main::syncNow);
        assertThat(sync.requests).isEqualTo(1);
    }

    @Test
    void signingOutForgetsThePersonStopsListeningAndShowsTheSignInAgain(FxRobot robot) {
        MainViewModel main = onFxThread(robot);
        assertThat(sync.listeners).hasSize(1);

        robot.interact(main::signOut);

        assertThat(signedOut).containsExactly(lab.technician.userId());
        assertThat(sync.listeners).isEmpty();
        assertThat(signInShown).isTrue();
    }

    /** Built on the JavaFX thread, as the app builds it. */
    private MainViewModel onFxThread(FxRobot robot) {
        AtomicReference<MainViewModel> main = new AtomicReference<>();
        robot.interact(() -> main.set(newMain()));
        return main.get();
    }

    private MainViewModel newMain() {
        return new MainViewModel(
                LabPeople.signedIn(lab.technician),
                new InstrumentLockouts(copy, Clock.fixed(Lab.NOW, ZoneOffset.UTC)),
                new QualificationWarnings(copy, Clock.fixed(Lab.NOW, ZoneOffset.UTC))::evaluate,
                sync,
                signedOut::add,
                tasks,
                localData,
                () -> signInShown.set(true));
    }
}
