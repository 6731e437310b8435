package lab.spectra.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.control.ListView;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Spec §4: at launch the bench evaluates every instrument from its local copy and says which are locked. */
class TheLaunchNoticeListsLockedAndExpiringInstrumentsTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("notice");

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private UiBench bench;

    @Test
    @Timeout(60)
    void theExpiredInstrumentIsListedAsLockedWithItsDateAndTheExpiringOneAsSoon(FxRobot robot) {
        Instant now = Instant.now();
        Instant expired = now.minus(Duration.ofDays(3));
        var lab = testbed.lab;
        lab.calibrate(org, lab.instrument(org, "XRD-01", InstrumentKind.XRD), now.minus(Duration.ofDays(400)), expired);
        lab.calibrate(
                org,
                lab.instrument(org, "ELL-01", InstrumentKind.ELLIPSOMETER),
                now.minus(Duration.ofDays(360)),
                now.plus(Duration.ofDays(5)));
        lab.instrumentWithValidCalibration(org, "SMU-01", InstrumentKind.SMU);
        bench = window.signIn(org, "tech");

        window.show(() -> bench.screens.mainWindow(bench.main()));

        List<String> notice =
                robot.lookup("#launch-notice-items").<String>queryListView().getItems();
        assertThat(notice)
                .containsExactly(
                        "Locked: Calibration expired for XRD-01 on "
                                + DateTimeFormatter.ISO_LOCAL_DATE
                                        .withZone(ZoneOffset.UTC)
                                        .format(expired),
                        "Soon: Calibration for ELL-01 expires on "
                                + DateTimeFormatter.ISO_LOCAL_DATE
                                        .withZone(ZoneOffset.UTC)
                                        .format(now.plus(Duration.ofDays(5)))
                                + " (in 4 days)");
        ListView<?> dashboard = robot.lookup("#dashboard-instruments").queryListView();
        assertThat(dashboard.getItems()).hasSize(3);
        assertThat(robot.lookup(".locked").queryAll()).isNotEmpty();

        robot.clickOn("#dismiss-notice");
        assertThat(robot.lookup("#launch-notice").query().isVisible()).isFalse();
    }
}
