package lab.spectra.desktop.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class RecordAndRevokeExistOnlyForRolesThatMayCalibrateTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("instruments-roles");

    static {
        TESTBED.lab.instrumentWithValidCalibration(ORG, "SMU-01", InstrumentKind.SMU);
    }

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private InstrumentsScreen screen;

    private void assertNoCalibrationControlsFor(FxRobot robot, String who) {
        screen = InstrumentsScreen.show(window, ORG, who);

        assertThat(screen.instruments().getItems()).hasSize(1);
        assertThat(screen.has("#record-calibration")).isFalse();
        assertThat(screen.has("#certificate-number")).isFalse();
        assertThat(screen.has("#revoke-calibration")).isFalse();
        assertThat(screen.has("#revocation-reason")).isFalse();
        assertThat(screen.has("#instruments-message")).isTrue();
    }

    @Test
    @Timeout(60)
    void aTechnicianHasNoRecordOrRevoke(FxRobot robot) {
        assertNoCalibrationControlsFor(robot, "tech");
    }

    @Test
    @Timeout(60)
    void aViewerHasNoRecordOrRevoke(FxRobot robot) {
        assertNoCalibrationControlsFor(robot, "viewer");
    }

    @Test
    @Timeout(60)
    void aPiHasNoRecordOrRevoke(FxRobot robot) {
        assertNoCalibrationControlsFor(robot, "pi");
    }

    @Test
    @Timeout(60)
    void anAdminHasRecordAndRevoke(FxRobot robot) {
        screen = InstrumentsScreen.show(window, ORG, "admin");

        assertThat(screen.has("#record-calibration")).isTrue();
        assertThat(screen.has("#certificate-number")).isTrue();
        assertThat(screen.has("#revoke-calibration")).isTrue();
        assertThat(screen.has("#revocation-reason")).isTrue();
    }
}
