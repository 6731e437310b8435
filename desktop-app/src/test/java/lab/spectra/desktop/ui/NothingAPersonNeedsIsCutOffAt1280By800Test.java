package lab.spectra.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import lab.spectra.desktop.app.DesktopAssembly;
import lab.spectra.desktop.app.DesktopSettings;
import lab.spectra.desktop.app.EmbeddedServer;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.testing.CountingTaskRunner;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.Truncations;
import lab.spectra.server.testing.DemoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A bench PC's smallest supported window, 1280×800, for each of the five roles of the demo lab:
 * the sign-in screen, every screen of the navigation with each of its tabs, and the status bar
 * while the server cannot be reached — no label, button, tab or column header shows less than its
 * text, and nothing is pushed past the window's edge.
 */
class NothingAPersonNeedsIsCutOffAt1280By800Test {

    @RegisterExtension
    final FxWindow window = new FxWindow(1280, 800);

    private static FaultyProxy proxy;
    private static CountingTaskRunner tasks;
    private static DesktopAssembly bench;

    @BeforeAll
    static void openABenchThatReachesTheDemoLabThroughAProxy() throws IOException {
        proxy = new FaultyProxy(DemoServer.get().server.baseUri());
        tasks = new CountingTaskRunner();
        Path data = Files.createTempDirectory("spectra-sizes-");
        bench = DesktopAssembly.open(
                DesktopSettings.from(Map.of(
                        "SPECTRA_SERVER_URL", proxy.uri().toString(),
                        "SPECTRA_ALLOW_PLAIN_HTTP", "true",
                        "SPECTRA_DATA_DIR", data.toString())),
                tasks,
                new EmbeddedServer());
    }

    @AfterAll
    static void close() {
        bench.close();
        tasks.close();
        proxy.close();
    }

    @ParameterizedTest(name = "as {0}")
    @CsvSource({
        "admin@demo.lab, admin123",
        "pi@demo.lab, pi123",
        "engineer@demo.lab, eng123",
        "tech@demo.lab, tech123",
        "viewer@demo.lab, view123"
    })
    void everyScreenOfTheRoleShowsItsTextsWhole(String email, String password, FxRobot robot) {
        proxy.mode(FaultyProxy.Mode.PASS);
        List<String> cut = new ArrayList<>();
        CompletableFuture<CurrentUser> signedIn = new CompletableFuture<>();

        robot.interact(() -> Theme.apply(scene(robot)));
        window.show(() -> bench.loginView(signedIn::complete));
        settle();
        cut.addAll(looked("sign-in", robot));
        robot.interact(() -> {
            ((TextField) scene(robot).lookup("#email")).setText(email);
            ((TextField) scene(robot).lookup("#password")).setText(password);
            ((Button) scene(robot).lookup("#sign-in")).fire();
        });
        FxWindow.awaitUntil(signedIn::isDone);

        window.show(() -> bench.mainView(signedIn.join(), () -> {}));
        settle();
        cut.addAll(looked("dashboard", robot));
        for (ToggleButton section : navigation(robot)) {
            robot.interact(section::fire);
            settle();
            cut.addAll(looked(section.getText(), robot));
            for (TabPane tabs : visibleTabPanes(robot)) {
                for (Tab tab : List.copyOf(tabs.getTabs())) {
                    robot.interact(() -> tabs.getSelectionModel().select(tab));
                    settle();
                    cut.addAll(looked(section.getText() + " > " + tab.getText(), robot));
                }
            }
        }

        proxy.mode(FaultyProxy.Mode.DOWN);
        robot.interact(() -> ((Button) scene(robot).lookup("#sync-now")).fire());
        FxWindow.awaitUntil(() -> "Offline".equals(((Label) scene(robot).lookup("#status-connectivity")).getText()));
        settle();
        cut.addAll(looked("offline", robot));
        robot.interact(() -> ((Button) scene(robot).lookup("#sign-out")).fire());
        settle();

        assertThat(cut).as("cut off at 1280×800 as " + email).isEmpty();
    }

    private List<String> looked(String where, FxRobot robot) {
        List<String> found = new ArrayList<>();
        robot.interact(() -> Truncations.in(scene(robot)).forEach(what -> found.add(where + ": " + what)));
        return found.stream().distinct().collect(Collectors.toList());
    }

    private static List<ToggleButton> navigation(FxRobot robot) {
        return robot
                .lookup(node -> node instanceof ToggleButton
                        && node.getId() != null
                        && node.getId().startsWith("nav-"))
                .queryAllAs(ToggleButton.class)
                .stream()
                .collect(Collectors.toList());
    }

    private static List<TabPane> visibleTabPanes(FxRobot robot) {
        return robot
                .lookup(node -> node instanceof TabPane && node.isVisible() && shown(node))
                .queryAllAs(TabPane.class)
                .stream()
                .collect(Collectors.toList());
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private Scene scene(FxRobot robot) {
        return window.scene();
    }

    /** Lets the screen's background reads hand their rows over and the scene lay them out. */
    private static void settle() {
        FxWindow.awaitUntil(tasks::idle);
        WaitForAsyncUtils.waitForFxEvents(3);
        FxWindow.awaitUntil(tasks::idle);
    }
}
