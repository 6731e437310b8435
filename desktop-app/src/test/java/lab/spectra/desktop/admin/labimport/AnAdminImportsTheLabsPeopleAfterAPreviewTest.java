package lab.spectra.desktop.admin.labimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.desktop.workstation.SignInService;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * An admin brings the lab's staff in from a CSV file: the preview names the line at fault and
 * nothing can be imported; once the file is corrected the preview lists everyone, the import adds
 * them, and each one-time password is shown once and only lets its person choose their own.
 */
class AnAdminImportsTheLabsPeopleAfterAPreviewTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("import-ui");
    private final String domain = org.organization().slug() + ".test";

    @TempDir
    Path folder;

    @SuppressWarnings("unchecked")
    private static TableView<ImportLine> lines(FxRobot robot) {
        return robot.lookup("#import-lines").queryAs(TableView.class);
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#import-message").queryAs(Label.class).getText();
    }

    @Test
    @Timeout(120)
    void aFileWithALineAtFaultImportsNothingAndTheCorrectedFileAddsEveryone(FxRobot robot) throws IOException {
        Path file = folder.resolve("staff.csv");
        UiBench admin = window.signIn(org, "admin");
        window.show(() -> Views.load(new LabImportController(admin.screens.labImport(), owner -> Optional.of(file))));

        Files.writeString(
                file,
                "email,name,role\nada@" + domain + ",Ada Analyst,engineer\nbo@" + domain + ",Bo Bench,janitor\n",
                StandardCharsets.UTF_8);
        robot.clickOn("#choose-import-file");
        FxWindow.awaitUntil(() -> !lines(robot).getItems().isEmpty());
        assertThat(lines(robot).getItems()).singleElement().satisfies(line -> {
            assertThat(line.line()).isEqualTo(3);
            assertThat(line.problem()).isTrue();
            assertThat(line.text()).contains("role: \"janitor\" is not a role");
        });
        assertThat(message(robot)).contains("nothing was imported");
        assertThat(robot.lookup("#import-now").queryAs(Button.class).isDisabled())
                .isTrue();

        Files.writeString(
                file,
                "email,name,role\nada@" + domain + ",Ada Analyst,engineer\nbo@" + domain + ",Bo Bench,technician\n",
                StandardCharsets.UTF_8);
        robot.clickOn("#choose-import-file");
        FxWindow.awaitUntil(() -> message(robot).startsWith("Ready"));
        assertThat(robot.lookup("#import-now").queryAs(Button.class).isDisabled())
                .isFalse();
        assertThat(lines(robot).getItems())
                .extracting(ImportLine::line, ImportLine::text)
                .containsExactly(
                        tuple(2, "Ada Analyst <ada@" + domain + ">, engineer"),
                        tuple(3, "Bo Bench <bo@" + domain + ">, technician"));
        assertThat(lines(robot).getItems())
                .allSatisfy(line -> assertThat(line.temporaryPassword()).isEmpty());

        robot.clickOn("#import-now");
        FxWindow.awaitUntil(() -> message(robot).startsWith("Imported 2 records"));
        assertThat(robot.lookup("#import-now").queryAs(Button.class).isDisabled())
                .as("the same file is not imported twice by a second click")
                .isTrue();
        String temporary = lines(robot).getItems().get(1).temporaryPassword();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);

        SignInService.Result firstSignIn = new SignInService(testbed.newWorkstation(), Duration.ofDays(7))
                .signIn("bo@" + domain, temporary.toCharArray());
        assertThat(firstSignIn).isInstanceOf(SignInService.PasswordChangeRequired.class);
    }
}
