package lab.spectra.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.desktop.sync.SyncStatus;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Without a server: the status bar says "Live" while the server's changes stream in, "Online" when polled. */
@ExtendWith(ApplicationExtension.class)
class TheStatusBarSaysLiveWhileUpdatesAreLiveTest {

    private final Lab lab = new Lab();
    private final StatusBarViewModel status = new StatusBarViewModel(LabPeople.signedIn(lab.technician));
    private final SyncStatus online =
            new SyncStatus(SyncStatus.Connectivity.ONLINE, SyncStatus.Phase.IDLE, 0, 0, 0, 0, 0, 0, null, null);

    @Test
    void liveWhileTheStreamIsOpenThenOnlineAgainWhenItDrops() {
        status.accept(online.withLive(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.connectivity().get()).isEqualTo("Live");
        assertThat(status.online().get()).isTrue();

        status.accept(online.withLive(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.connectivity().get()).isEqualTo("Online");
    }

    @Test
    void anOfflineBenchIsNeverShownLive() {
        status.accept(
                new SyncStatus(SyncStatus.Connectivity.OFFLINE, SyncStatus.Phase.IDLE, 0, 0, 0, 0, 0, 0, null, null)
                        .withLive(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.connectivity().get()).isEqualTo("Offline");
    }
}
