package lab.spectra.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Labeled;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.shell.Section;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.ui.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The app as a person uses it, wired by the composition root with its real background runner and
 * its built-in demo server (no PostgreSQL): signing in, every screen, and a change made on one. The
 * local database refuses the JavaFX thread in tests, and whatever the JavaFX thread could not do
 * is caught here, so one read or write on it anywhere along the way fails this test.
 */
class TheAppNeverMakesTheJavaFxThreadWaitForTheDatabaseTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final FxTaskRunner tasks = window.closeAfterTest(new FxTaskRunner());
    private final List<Throwable> failedOnFxThread = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previousHandler;

    @BeforeEach
    void catchWhatTheJavaFxThreadCouldNotDo(FxRobot robot) {
        // JavaFX hands an exception from an event handler to its thread's handler and carries on.
        robot.interact(() -> {
            previousHandler = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> failedOnFxThread.add(failure));
        });
    }

    @AfterEach
    void restoreTheHandler(FxRobot robot) {
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(previousHandler));
    }

    @Test
    @Timeout(180)
    void signingInVisitingEveryScreenAndCreatingASampleLeaveTheJavaFxThreadFree(FxRobot robot) {
        DesktopAssembly assembly = window.closeAfterTest(DesktopAssembly.open(
                DesktopSettings.from(Map.of(
                        "SPECTRA_DATA_DIR", SyncTestbed.newDataDirectory().toString())),
                tasks,
                new EmbeddedServer()));
        AtomicReference<CurrentUser> signedIn = new AtomicReference<>();
        window.show(() -> assembly.loginView(signedIn::set));
        robot.clickOn("#demo-engineer");
        robot.clickOn("#sign-in");
        FxWindow.awaitUntil(() -> signedIn.get() != null);

        window.show(() -> assembly.mainView(signedIn.get(), () -> {}));
        FxWindow.awaitUntil(() -> !listItems(robot, "#dashboard-instruments").isEmpty());
        for (Section section :
                List.of(Section.INSTRUMENTS, Section.SAMPLES, Section.RECIPES, Section.SOPS, Section.RUNS)) {
            robot.clickOn("#nav-" + section.name().toLowerCase(Locale.ROOT));
            String table = "#" + section.name().toLowerCase(Locale.ROOT) + "-table";
            FxWindow.awaitUntil(() -> !tableItems(robot, table).isEmpty());
        }
        robot.clickOn("#nav-problems");
        robot.clickOn("#nav-samples");
        robot.clickOn("#new-sample-name").write("Walk-through sample");
        robot.clickOn("#new-sample-barcode").write("WALK-1");
        robot.clickOn("#create-sample");
        FxWindow.awaitUntil(() -> robot.lookup("#samples-message")
                .queryAs(Labeled.class)
                .getText()
                .startsWith("Created sample Walk-through sample"));

        assertThat(failedOnFxThread).isEmpty();
    }

    private static List<?> tableItems(FxRobot robot, String id) {
        return robot.lookup(id).queryTableView().getItems();
    }

    private static List<?> listItems(FxRobot robot, String id) {
        return robot.lookup(id).queryListView().getItems();
    }
}
