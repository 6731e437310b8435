package lab.spectra.desktop.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.DatePicker;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class AnAdminRecordsACalibrationThatUnlocksTheInstrumentTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("instruments-record");
    private static final UUID SEM = TESTBED.lab.instrument(ORG, "SEM-01", InstrumentKind.SEM);

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private InstrumentsScreen screen;

    @Test
    @Timeout(60)
    void theCertificateIsInTheHistoryTheInstrumentIsUsableAndTheServerHasIt(FxRobot robot) throws Exception {
        screen = InstrumentsScreen.show(window, ORG, "admin");
        assertThat(screen.rowsStyled("locked")).containsExactly("SEM-01");
        screen.select("SEM-01");
        assertThat(screen.certificates().getItems()).isEmpty();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        robot.clickOn("#certificate-number").write("MET-2026-0042");
        robot.interact(() -> {
            robot.lookup("#certificate-issued").queryAs(DatePicker.class).setValue(today.minusDays(3));
            robot.lookup("#certificate-expires").queryAs(DatePicker.class).setValue(today.plusDays(180));
        });
        robot.clickOn("#certificate-performed-by").write("Metrology Services");
        robot.clickOn("#record-calibration");

        assertThat(screen.message()).startsWith("Recorded certificate MET-2026-0042 for SEM-01");
        assertThat(screen.certificates().getItems()).singleElement().satisfies(row -> {
            assertThat(row.calibration().certificateNumber()).isEqualTo("MET-2026-0042");
            assertThat(row.calibration().issuedAt())
                    .isEqualTo(today.minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant());
            assertThat(row.calibration().performedBy()).isEqualTo("Metrology Services");
            assertThat(row.state()).isEqualTo("valid");
        });
        assertThat(screen.rowsStyled("locked")).isEmpty();
        assertThat(screen.rowTexts("SEM-01"))
                .contains("Usable", "Calibration for SEM-01 is valid until " + today.plusDays(180));

        screen.bench.workstation.sync().syncNow();

        assertThat(screen.bench.workstation.sync().status().pending()).isZero();
        List<String> onServer = TESTBED.lab.database.inTenant(ORG.id(), connection -> {
            try (var select = connection.prepareStatement(
                    "SELECT certificate_number, expires_at FROM calibrations WHERE instrument_id = ?")) {
                select.setObject(1, SEM);
                try (var rows = select.executeQuery()) {
                    List<String> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(rows.getString(1) + " until "
                                + rows.getObject(2, OffsetDateTime.class).toLocalDate());
                    }
                    return found;
                }
            }
        });
        assertThat(onServer).containsExactly("MET-2026-0042 until " + today.plusDays(180));
    }
}
