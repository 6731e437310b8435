package lab.spectra.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import lab.spectra.desktop.sync.SyncStatus;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Without a server or a database: the status bar's view model, fed from another thread as the
 * sync engine feeds it, shows on the JavaFX thread what is going on in words.
 */
@ExtendWith(ApplicationExtension.class)
class TheStatusBarSaysWhatTheSyncIsDoingTest {

    private final Lab lab = new Lab();
    private final StatusBarViewModel status = new StatusBarViewModel(LabPeople.signedIn(lab.technician));

    @Test
    void aPushUnderWayThenOfflineWithChangesWaitingAreDescribed() {
        assertThat(status.user().get()).isEqualTo("Tess Technician · Technician · Test lab");

        status.accept(
                new SyncStatus(SyncStatus.Connectivity.ONLINE, SyncStatus.Phase.PUSHING, 3, 1, 2, 3, 0, 0, null, null));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(status.connectivity().get()).isEqualTo("Online");
        assertThat(status.pending().get()).isEqualTo("3 changes waiting (1 for sign-in)");
        assertThat(status.activity().get()).isEqualTo("Sending 2 of 3");
        assertThat(status.progress().get()).isEqualTo(2.0 / 3);
        assertThat(status.syncing().get()).isTrue();
        assertThat(status.lastSync().get()).isEqualTo("Never synced");

        status.accept(new SyncStatus(
                SyncStatus.Connectivity.OFFLINE,
                SyncStatus.Phase.IDLE,
                1,
                0,
                0,
                0,
                0,
                2,
                Instant.parse("2026-03-10T08:00:00Z"),
                "The server cannot be reached"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(status.connectivity().get()).isEqualTo("Offline");
        assertThat(status.pending().get()).isEqualTo("1 change waiting");
        assertThat(status.syncing().get()).isFalse();
        assertThat(status.activity().get()).isEmpty();
        assertThat(status.openProblems().get()).isEqualTo(2);
        assertThat(status.lastSync().get()).startsWith("Last sync ");
        assertThat(status.lastError().get()).isEqualTo("The server cannot be reached");
    }

    @Test
    void filesGoingUpAfterTheChangesAreCountedInMebibytes() {
        status.accept(new SyncStatus(
                SyncStatus.Connectivity.ONLINE,
                SyncStatus.Phase.SENDING_FILES,
                0,
                0,
                0,
                0,
                0,
                0,
                null,
                null,
                12L * 1024 * 1024,
                64L * 1024 * 1024));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(status.activity().get()).isEqualTo("Sending files: 12 of 64 MiB");
        assertThat(status.progress().get()).isEqualTo(12.0 / 64);
        assertThat(status.syncing().get()).isTrue();
    }
}
