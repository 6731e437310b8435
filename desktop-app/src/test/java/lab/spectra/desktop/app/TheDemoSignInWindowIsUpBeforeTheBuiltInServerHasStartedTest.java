package lab.spectra.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.ui.FxTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A cold start of the demo (no lab server configured): the sign-in window is drawn before the
 * built-in server has started, with no demo accounts yet and the email field ready to type into;
 * the demo accounts are listed once the server is up, and one of them signs in.
 */
class TheDemoSignInWindowIsUpBeforeTheBuiltInServerHasStartedTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final FxTaskRunner tasks = window.closeAfterTest(new FxTaskRunner());
    private final CompletableFuture<DesktopAssembly> opening = new CompletableFuture<>();
    private final AtomicReference<CurrentUser> signedIn = new AtomicReference<>();

    @Test
    @Timeout(180)
    void theWindowIsShownAtOnceAndListsTheDemoAccountsWhenTheServerIsUp(FxRobot robot) {
        window.show(() -> DesktopAssembly.loginViewWhileOpening(opening, tasks, (opened, user) -> signedIn.set(user)));

        assertThat(robot.lookup("#sign-in").tryQuery()).isPresent();
        assertThat(robot.lookup("#demo-engineer").tryQuery()).isEmpty();
        robot.clickOn("#email").write("someone@");

        DesktopAssembly assembly = window.closeAfterTest(DesktopAssembly.open(
                DesktopSettings.from(Map.of(
                        "SPECTRA_DATA_DIR", SyncTestbed.newDataDirectory().toString())),
                tasks,
                new EmbeddedServer()));
        opening.complete(assembly);

        FxWindow.awaitUntil(() ->
                robot.lookup("#demo-engineer").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#demo-engineer");
        robot.clickOn("#sign-in");
        FxWindow.awaitUntil(() -> signedIn.get() != null);
        assertThat(signedIn.get().email()).startsWith("engineer@");
    }
}
