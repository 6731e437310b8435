package lab.spectra.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.qualification.RecordQualification;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The qualification warning days an admin sets reach the bench in the signed snapshot and decide
 * which qualifications the launch notice warns of: one expiring in 60 days is news under a 90-day
 * warning (the default 30 days would leave it out).
 */
class TheLabsQualificationWarningDaysReachTheLaunchNoticeTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("qual-warning");

    @RegisterExtension
    final FxWindow window = new FxWindow();

    TheLabsQualificationWarningDaysReachTheLaunchNoticeTest() {
        UUID sop = testbed.lab.approvedSop(org, "Hall effect operation");
        Instant now = Instant.now();
        ServerLab.expectApplied(testbed.lab.run(
                new RecordQualification(
                        testbed.lab.meta(org.pi()),
                        Ids.newId(),
                        org.technician().userId(),
                        InstrumentKind.HALL,
                        null,
                        sop,
                        now.minus(Duration.ofDays(300)),
                        now.plus(Duration.ofDays(60))),
                org.pi()));
    }

    private void adminSetsQualificationWarningDays(int days) {
        Http.Response login = testbed.server.http.post(
                "/auth/login",
                null,
                Map.of("username", SyncTestbed.email(org, "admin"), "password", SyncTestbed.PASSWORD));
        Http.Response changed = testbed.server.http.put(
                "/api/admin/settings",
                login.body().get("access_token").asText(),
                Map.of(
                        "offline_grace_days", 7,
                        "offline_window_days", 7,
                        "calibration_warning_days", 7,
                        "qualification_warning_days", days,
                        "attachment_limit_mb", 100,
                        "password_min_length", 12));
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
    }

    @Test
    void underANinetyDayWarningTheQualificationExpiringInSixtyDaysIsInTheNotice() {
        adminSetsQualificationWarningDays(90);
        UiBench bench = window.signIn(org, "tech");
        AtomicReference<MainViewModel> main = new AtomicReference<>();

        window.show(() -> {
            main.set(bench.main());
            return bench.screens.mainWindow(main.get());
        });
        FxWindow.awaitUntil(() -> main.get().launchNotice().stream().anyMatch(line -> line.contains("Hall effect")));

        assertThat(main.get().launchNotice())
                .anySatisfy(
                        line -> assertThat(line).contains("Hall effect system").contains("expires on"));
    }
}
