package lab.spectra.desktop.instruments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.lockout.InstrumentLockouts;
import lab.spectra.desktop.runs.RunQueries;
import lab.spectra.desktop.testing.CurrentThreadTaskRunner;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LocalCommands;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.calibration.RevokeCalibration;
import lab.spectra.model.run.Run;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Without a server: the instruments screen's view model over an H2 file of a small lab. */
class RevokingACertificateListsTheRunsThatReliedOnItTest {

    private final Lab lab = new Lab();
    private final Run relying = lab.runningRunOf(lab.technician);
    private final LocalCopy copy = LocalCopy.of(lab);
    private final LocalData localData = new LocalData();
    private final Clock clock = Clock.fixed(Lab.NOW, ZoneOffset.UTC);
    private final LocalCommands commands = new LocalCommands(copy, lab.admin, clock, localData);
    private final ObservableList<InstrumentLockout> lockouts =
            FXCollections.observableArrayList(new InstrumentLockouts(copy, clock).evaluate());

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void theRevokedCertificateShowsAsRevokedAndTheRunOnItIsListedForReview() {
        InstrumentsViewModel model = new InstrumentsViewModel(
                new CalibrationQueries(copy),
                new RunQueries(copy),
                commands,
                LabPeople.signedIn(lab.admin),
                clock,
                new CurrentThreadTaskRunner(),
                localData,
                lockouts);
        model.select(lockouts.stream()
                .filter(lockout -> lockout.instrument().name().equals("SMU-01"))
                .findFirst()
                .orElseThrow());
        assertThat(model.certificates())
                .singleElement()
                .extracting(CertificateRow::state)
                .isEqualTo("valid");

        model.selectCertificate(model.certificates().get(0));
        model.revocationReason().set("Found out of tolerance");
        model.revokeCalibration();

        assertThat(commands.sent()).singleElement().isInstanceOf(RevokeCalibration.class);
        assertThat(model.certificates())
                .singleElement()
                .extracting(CertificateRow::state)
                .isEqualTo("revoked on 2026-03-10 (Found out of tolerance)");
        assertThat(model.reviewTitle().get())
                .startsWith("Runs to review: made on this instrument since certificate CERT-SMU-1");
        assertThat(model.runsToReview())
                .containsExactly(
                        Times.format(relying.startedAt()) + " · IV sweep · GaN-on-Si #1 · Tess Technician · running");
    }
}
