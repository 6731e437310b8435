package lab.spectra.desktop.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ACertificateThatExpiresBeforeItIsIssuedIsRefusedInWordsTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("instruments-refused");

    static {
        TESTBED.lab.instrument(ORG, "AFM-01", InstrumentKind.AFM);
    }

    private Stage stage;
    private InstrumentsScreen screen;

    @Start
    void window(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("Signing in…"), 1200, 800));
        stage.show();
    }

    @AfterEach
    void closeScreen() {
        if (screen != null) {
            screen.close();
        }
    }

    @Test
    @Timeout(60)
    void theRulesRefusalIsShownAndNothingIsRecorded(FxRobot robot) {
        screen = InstrumentsScreen.show(robot, stage, ORG, "admin");
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
