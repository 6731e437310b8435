package lab.spectra.desktop.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.WorkerThreadTaskRunner;
import lab.spectra.desktop.ui.Views;
import lab.spectra.desktop.workstation.SignInService;
import lab.spectra.desktop.workstation.Workstation;
import lab.spectra.model.auth.Role;
import lab.spectra.model.testing.MutableClock;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Spec §5: after one online sign-in, a person may sign in on this PC offline, for a limited time. */
class SigningInOfflineTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("offline-login");
    private final FaultyProxy network = window.closeAfterTest(new FaultyProxy(testbed.serverUri()));
    private final MutableClock pcClock = new MutableClock(Instant.now());
    private final Workstation bench = window.closeAfterTest(testbed.newWorkstation(network.uri(), pcClock));
    private final AtomicReference<CurrentUser> signedIn = new AtomicReference<>();
    private final WorkerThreadTaskRunner tasks = window.closeAfterTest(new WorkerThreadTaskRunner());

    private void showLogin(FxRobot robot) {
        SignInService service = new SignInService(bench, Duration.ofDays(7));
        window.show(
                () -> Views.load(new LoginController(new LoginViewModel(service, tasks, List.of(), signedIn::set))));
    }

    private void signIn(FxRobot robot, String who, String password) {
        robot.clickOn("#email").write(SyncTestbed.email(org, who));
        robot.clickOn("#password").write(password);
        robot.clickOn("#sign-in");
    }

    private String error(FxRobot robot) {
        return robot.lookup("#login-error").queryAs(Label.class).getText();
    }

    @Test
    @Timeout(60)
    void aTechnicianWhoSignedInOnlineHereCanSignInWhileTheServerIsAway(FxRobot robot) {
        showLogin(robot);
        signIn(robot, "tech", SyncTestbed.PASSWORD);
        assertThat(signedIn.get().signedInOnline()).isTrue();
        signedIn.set(null);

        network.mode(FaultyProxy.Mode.DOWN);
        showLogin(robot);
        signIn(robot, "tech", SyncTestbed.PASSWORD);

        assertThat(signedIn.get()).isNotNull();
        assertThat(signedIn.get().signedInOnline()).isFalse();
        assertThat(signedIn.get().role()).isEqualTo(Role.TECHNICIAN);
    }

    @Test
    @Timeout(60)
    void offlineSignInIsRefusedOnceTheGracePeriodHasPassed(FxRobot robot) {
        showLogin(robot);
        signIn(robot, "tech", SyncTestbed.PASSWORD);
        signedIn.set(null);

        network.mode(FaultyProxy.Mode.DOWN);
        pcClock.advance(Duration.ofDays(7).plusMinutes(1));
        showLogin(robot);
        signIn(robot, "tech", SyncTestbed.PASSWORD);

        assertThat(signedIn.get()).isNull();
        assertThat(error(robot)).startsWith("Offline sign-in has expired");
    }

    @Test
    @Timeout(60)
    void offlineAWrongPasswordOrAPersonNeverSeenHereIsRefused(FxRobot robot) {
        showLogin(robot);
        signIn(robot, "tech", SyncTestbed.PASSWORD);
        signedIn.set(null);
        network.mode(FaultyProxy.Mode.DOWN);

        showLogin(robot);
        signIn(robot, "tech", "not-the-password");
        assertThat(error(robot)).isEqualTo("Wrong email or password");

        showLogin(robot);
        signIn(robot, "pi", SyncTestbed.PASSWORD);
        assertThat(error(robot)).contains("has not signed in online on this PC yet");
        assertThat(signedIn.get()).isNull();
    }
}
