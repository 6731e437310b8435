package lab.spectra.desktop.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import lab.spectra.desktop.app.EmbeddedServer;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.WorkerThreadTaskRunner;
import lab.spectra.desktop.ui.Views;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** With no lab server configured, the first start asks: set up this lab, or explore the demo. */
class TheFirstStartOffersToSetUpThisLabOrExploreTheDemoTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final WorkerThreadTaskRunner tasks = window.closeAfterTest(new WorkerThreadTaskRunner());
    private final EmbeddedServer local = new EmbeddedServer();
    private final Path data = SyncTestbed.newDataDirectory();
    private final AtomicReference<LocalLab> chosen = new AtomicReference<>();

    private void show() {
        window.show(() -> Views.load(
                new FirstRunController(new FirstRunViewModel(setup -> local.setUp(data, setup), tasks, chosen::set))));
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#setup-message").queryAs(Label.class).getText();
    }

    @Test
    void exploringTheDemoChoosesTheDemo(FxRobot robot) {
        show();

        robot.clickOn("#explore-demo");

        assertThat(chosen.get()).isEqualTo(LocalLab.DEMO);
        assertThat(local.hasLab(data)).isFalse();
    }

    @Test
    @Timeout(120)
    void settingUpTheLabFoundsItOnThisPcOnceThePasswordsAgree(FxRobot robot) {
        show();
        robot.clickOn("#setup-lab-name").write("Thin Films Lab");
        robot.clickOn("#setup-admin-name").write("Ada Admin");
        robot.clickOn("#setup-admin-email").write("ada@films.example");
        robot.clickOn("#setup-password").write("our-own-lab-passphrase-42");
        robot.clickOn("#setup-password-again").write("our-own-lab-passphrase-24");
        robot.clickOn("#set-up-lab");

        assertThat(message(robot)).isEqualTo("The two passwords differ; type the same password twice");
        assertThat(local.hasLab(data)).isFalse();

        robot.doubleClickOn("#setup-password-again").eraseText(30).write("our-own-lab-passphrase-42");
        robot.clickOn("#set-up-lab");
        FxWindow.awaitUntil(() -> chosen.get() != null);

        assertThat(chosen.get()).isEqualTo(LocalLab.LAB);
        assertThat(local.hasLab(data)).isTrue();
    }

    @Test
    @Timeout(120)
    void aPasswordThePolicyRefusesIsExplainedAndNothingIsFounded(FxRobot robot) {
        show();
        robot.clickOn("#setup-lab-name").write("Thin Films Lab");
        robot.clickOn("#setup-admin-name").write("Ada Admin");
        robot.clickOn("#setup-admin-email").write("ada@films.example");
        robot.clickOn("#setup-password").write("short");
        robot.clickOn("#setup-password-again").write("short");
        robot.clickOn("#set-up-lab");
        FxWindow.awaitUntil(() -> message(robot).startsWith("The lab could not be set up"));

        assertThat(message(robot)).contains("The password is not acceptable");
        assertThat(chosen.get()).isNull();
        assertThat(local.hasLab(data)).isFalse();
    }
}
