package lab.spectra.desktop.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.WorkerThreadTaskRunner;
import lab.spectra.desktop.ui.Views;
import lab.spectra.desktop.workstation.SignInService;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** After a revoked bench deleted its data, the sign-in screen tells the next person why, in words. */
class TheSignInScreenSaysWhyARevokedPcIsEmptyTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("revoked-login");
    private final Workstation bench = window.closeAfterTest(testbed.newWorkstation());
    private final WorkerThreadTaskRunner tasks = window.closeAfterTest(new WorkerThreadTaskRunner());

    @Test
    @Timeout(60)
    void theNoticeIsShownWhereSignInProblemsAre(FxRobot robot) {
        bench.signIn(SyncTestbed.email(org, "tech"), SyncTestbed.PASSWORD);
        Http.Response login = testbed.server.http.post(
                "/auth/login",
                null,
                Map.of("username", SyncTestbed.email(org, "admin"), "password", SyncTestbed.PASSWORD));
        testbed.server.http.post(
                "/api/admin/workstations/" + bench.workstationId() + "/revoke",
                login.body().get("access_token").asText(),
                Map.of("reason", "reported stolen"));
        bench.sync().syncNow();

        window.show(() -> Views.load(new LoginController(
                new LoginViewModel(new SignInService(bench, Duration.ofDays(7)), tasks, List.of(), user -> {}))));

        assertThat(robot.lookup("#login-error").queryAs(Label.class).getText())
                .contains("revoked this workstation")
                .contains("reported stolen")
                .contains("local data has been deleted");
    }
}
