package lab.spectra.desktop.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.DatePicker;
import lab.spectra.desktop.shell.MainViewModel;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.FormValidation;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Record a calibration marks an expiry date that is not after the issue date with the words of
 * RecordCalibration, and unmarks it when the issue date moves before it.
 */
class TheCalibrationFormMarksAnExpiryNotAfterTheIssueDateTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("calibration-form-ui");

    static {
        TESTBED.lab.instrument(ORG, "ELL-01", InstrumentKind.ELLIPSOMETER);
    }

    @RegisterExtension
    final FxWindow window = new FxWindow();

    @Test
    @Timeout(60)
    void theExpiryIsMarkedUntilTheIssueDateIsBeforeIt(FxRobot robot) {
        UiBench bench = window.signIn(ORG, "admin");
        AtomicReference<InstrumentsController> screen = new AtomicReference<>();
        window.show(() -> {
            MainViewModel main = bench.main();
            main.refreshLockouts();
            screen.set(new InstrumentsController(bench.screens.instruments(main.lockouts())));
            return Views.load(screen.get());
        });
        FormValidation form = screen.get().recordValidation();
        DatePicker issued = robot.lookup("#certificate-issued").queryAs(DatePicker.class);
        DatePicker expires = robot.lookup("#certificate-expires").queryAs(DatePicker.class);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        robot.interact(() -> {
            issued.setValue(today.minusDays(1));
            expires.setValue(today.minusDays(10));
        });

        assertThat(form.problemOf(expires)).contains("A certificate must expire after it was issued");
        assertThat(expires.getStyleClass()).contains(FormValidation.INVALID);

        robot.interact(() -> issued.setValue(today.minusDays(20)));

        assertThat(form.problemOf(expires)).isEmpty();
        assertThat(expires.getStyleClass()).doesNotContain(FormValidation.INVALID);
    }
}
