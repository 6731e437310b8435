package lab.spectra.desktop.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import javafx.scene.control.ListView;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.run.StartRun;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class RevokingACertificateLocksTheInstrumentTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("instruments-revoke");
    private static final UUID ELLIPSOMETER =
            TESTBED.lab.instrumentWithValidCalibration(ORG, "ELL-01", InstrumentKind.ELLIPSOMETER);

    static {
        UUID recipe = TESTBED.lab.approvedRecipe(ORG, "Film thickness", InstrumentKind.ELLIPSOMETER);
        UUID sample = TESTBED.lab.sample(ORG, "WF-17");
        ServerLab.expectApplied(TESTBED.lab.run(
                new StartRun(TESTBED.lab.meta(ORG.technician()), Ids.newId(), recipe, ELLIPSOMETER, sample, null),
                ORG.technician()));
    }

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private InstrumentsScreen screen;

    @Test
    @Timeout(60)
    void theInstrumentShowsAsLockedWithTheRevocationAndItsRunsAreListedForReview(FxRobot robot) {
        screen = InstrumentsScreen.show(window, ORG, "admin");
        assertThat(screen.rowsStyled("locked")).isEmpty();
        screen.select("ELL-01");
        assertThat(screen.certificates().getItems()).hasSize(1);
        assertThat(robot.lookup("#revoke-calibration").queryButton().isDisabled())
                .isTrue();

        robot.interact(() -> screen.certificates().getSelectionModel().select(0));
        robot.clickOn("#revocation-reason").write("Found out of tolerance");
        assertThat(robot.lookup("#revoke-calibration").queryButton().isDisabled())
                .isFalse();
        robot.clickOn("#revoke-calibration");

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(screen.message()).startsWith("Revoked certificate");
        assertThat(screen.rowsStyled("locked")).containsExactly("ELL-01");
        assertThat(screen.rowTexts("ELL-01"))
                .contains("Locked", "Calibration for ELL-01 was revoked on " + today + " (Found out of tolerance)");
        assertThat(screen.certificates().getItems()).singleElement().satisfies(row -> assertThat(row.state())
                .isEqualTo("revoked on " + today + " (Found out of tolerance)"));
        ListView<String> review = robot.lookup("#runs-to-review").queryListView();
        assertThat(review.getItems()).singleElement().asString().contains("Film thickness", "Sample WF-17");
        assertThat(robot.lookup("#revoke-calibration").queryButton().isDisabled())
                .isTrue();
    }
}
