package lab.spectra.desktop.login.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.login.LoginController;
import lab.spectra.desktop.login.LoginViewModel;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SignedInThroughTheProvider;
import lab.spectra.desktop.testing.WorkerThreadTaskRunner;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.auth.Role;
import lab.spectra.server.testing.CompanyIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The sign-in window of a lab with an identity provider: "Sign in with Acme" sends the person to
 * the browser; back from it, the window asks for a new bench passphrase the first time on this PC
 * (twice), and for the one set before at later sign-ins, refusing a wrong one.
 */
class TheSignInWindowOffersTheCompanysProviderAndAsksForTheBenchPassphraseTest {

    private static final String PASSPHRASE = "amber-lantern-meadow-7";

    private static SignedInThroughTheProvider pc;

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final WorkerThreadTaskRunner tasks = window.closeAfterTest(new WorkerThreadTaskRunner());
    private final AtomicReference<CurrentUser> signedIn = new AtomicReference<>();

    @BeforeAll
    static void start() {
        pc = new SignedInThroughTheProvider("window-oidc");
    }

    @AfterAll
    static void stop() {
        pc.close();
    }

    private void showSignIn() {
        signedIn.set(null);
        window.show(
                () -> Views.load(new LoginController(new LoginViewModel(pc.signIn, tasks, List.of(), signedIn::set))));
    }

    private void signInAtTheProvider(FxRobot robot, String subject, String email) {
        pc.company.provider.nextSignInIs(
                subject, CompanyIdentityProvider.person(email, "Barbara McClintock", "lab-pis"));
        Button button = robot.lookup("#sign-in-with-provider").queryAs(Button.class);
        assertThat(button.isVisible()).isTrue();
        assertThat(button.getText()).isEqualTo("Sign in with Acme");
        robot.clickOn(button);
        FxWindow.awaitUntil(() -> robot.lookup("#passphrase-form").query().isVisible()
                || !robot.lookup("#login-error").queryAs(Label.class).getText().isEmpty());
    }

    private String error(FxRobot robot) {
        return robot.lookup("#login-error").queryAs(Label.class).getText();
    }

    @Test
    @Timeout(120)
    void theFirstTimeThePersonChoosesAPassphraseAndLaterTheWrongOneIsRefused(FxRobot robot) {
        String subject = "barbara-" + UUID.randomUUID();
        String email = subject + "@acme.example";
        showSignIn();
        signInAtTheProvider(robot, subject, email);
        assertThat(error(robot)).isEmpty();
        assertThat(robot.lookup("#repeated-passphrase-form").query().isVisible())
                .isTrue();
        robot.clickOn("#passphrase").write(PASSPHRASE);
        robot.clickOn("#repeated-passphrase").write(PASSPHRASE);
        robot.clickOn("#unlock-with-passphrase");

        assertThat(signedIn.get()).isNotNull();
        assertThat(signedIn.get().role()).isEqualTo(Role.PI);
        assertThat(signedIn.get().email()).isEqualTo(email);
        pc.bench.signOut(signedIn.get().userId());

        showSignIn();
        signInAtTheProvider(robot, subject, email);
        assertThat(robot.lookup("#repeated-passphrase-form").query().isVisible())
                .isFalse();
        robot.clickOn("#passphrase").write("not-the-passphrase");
        robot.clickOn("#unlock-with-passphrase");
        assertThat(signedIn.get()).isNull();
        assertThat(error(robot)).startsWith("Wrong bench passphrase");

        robot.doubleClickOn("#passphrase")
                .eraseText("not-the-passphrase".length())
                .write(PASSPHRASE);
        robot.clickOn("#unlock-with-passphrase");
        assertThat(signedIn.get()).isNotNull();
        assertThat(signedIn.get().signedInOnline()).isTrue();
    }
}
