package lab.spectra.desktop.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class AnInstrumentWhoseCalibrationExpiredIsMarkedLockedTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("instruments-expired");

    static {
        UUID xrd = TESTBED.lab.instrument(ORG, "XRD-01", InstrumentKind.XRD);
        TESTBED.lab.calibrate(ORG, xrd, Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"));
        TESTBED.lab.instrumentWithValidCalibration(ORG, "SMU-01", InstrumentKind.SMU);
    }

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private InstrumentsScreen screen;

    @Test
    @Timeout(60)
    void theExpiredInstrumentIsMarkedLockedWithASentenceNamingItAndTheDate(FxRobot robot) {
        screen = InstrumentsScreen.show(window, ORG, "tech");

        assertThat(screen.rowsStyled("locked")).containsExactly("XRD-01");
        assertThat(screen.rowTexts("XRD-01")).contains("Locked", "Calibration expired for XRD-01 on 2026-03-01");
    }

    @Test
    @Timeout(60)
    void theValidInstrumentIsNotMarked(FxRobot robot) {
        screen = InstrumentsScreen.show(window, ORG, "tech");

        assertThat(screen.rowsStyled("locked")).doesNotContain("SMU-01");
        assertThat(screen.rowsStyled("expiring")).doesNotContain("SMU-01");
        assertThat(screen.rowTexts("SMU-01"))
                .doesNotContain("Locked")
                .anyMatch(text -> text.startsWith("Calibration for SMU-01 is valid until"));
    }
}
