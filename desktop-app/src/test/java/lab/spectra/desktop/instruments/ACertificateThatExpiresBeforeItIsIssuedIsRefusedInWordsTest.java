package lab.spectra.desktop.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.scene.control.DatePicker;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class ACertificateThatExpiresBeforeItIsIssuedIsRefusedInWordsTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("instruments-refused");

    static {
        TESTBED.lab.instrument(ORG, "AFM-01", InstrumentKind.AFM);
    }

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private InstrumentsScreen screen;

    @Test
    @Timeout(60)
    void theRulesRefusalIsShownAndNothingIsRecorded(FxRobot robot) {
        screen = InstrumentsScreen.show(window, ORG, "admin");
        screen.select("AFM-01");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        robot.clickOn("#certificate-number").write("MET-BAD-1");
        robot.interact(() -> {
            robot.lookup("#certificate-issued").queryAs(DatePicker.class).setValue(today.minusDays(1));
            robot.lookup("#certificate-expires").queryAs(DatePicker.class).setValue(today.minusDays(10));
        });
        robot.clickOn("#record-calibration");

        assertThat(screen.message()).isEqualTo("A certificate must expire after it was issued");
        assertThat(screen.certificates().getItems()).isEmpty();
        assertThat(screen.rowsStyled("locked")).containsExactly("AFM-01");
        assertThat(screen.bench.workstation.sync().status().pending()).isZero();
    }
}
