package lab.spectra.desktop.testing;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one fixture of the UI tests: a window shown before each test, people signed in on fresh
 * benches, and everything the test opened closed after it, then the window and the input
 * released. Register it as a field; test methods may take the {@link FxRobot} as a parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * final FxWindow window = new FxWindow();
 *
 * @Test
 * void something(FxRobot robot) {
 *     UiBench bench = window.signIn(org, "tech");
 *     window.show(() -> Views.load(new SamplesController(new SamplesViewModel(bench.session))));
 * }
 * }</pre>
 *
 * The JavaFX toolkit starts once per test JVM (TestFX keeps the primary stage); the window gets
 * a scene before it is shown, because Monocle's headless renderer hangs on a stage without one.
 */
public final class FxWindow implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final double width;
    private final double height;
    private final FxRobot robot = new FxRobot();
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private Stage stage;

    public FxWindow() {
        this(1200, 800);
    }

    public FxWindow(double width, double height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(window -> {
            window.setScene(new Scene(new Label("…"), width, height));
            window.show();
        });
    }

    /** Closes what the test opened, newest first, then cleans the window and the input up. */
    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        Exception failure = null;
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        FxToolkit.cleanupInput(robot);
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return robot;
    }

    /**
     * Signs a demo person of {@code org} in on a fresh bench, closed after the test.
     *
     * @param who admin, pi, engineer, tech or viewer
     */
    public UiBench signIn(ServerLab.Org org, String who) {
        return closeAfterTest(UiBench.signIn(org, who));
    }

    /** Through another address, e.g. a {@link FaultyProxy} in front of the server. */
    public UiBench signIn(ServerLab.Org org, String who, URI server) {
        return closeAfterTest(UiBench.signIn(org, who, server));
    }

    /** Closes {@code resource} after the test, before the window goes (newest first). */
    public <T extends AutoCloseable> T closeAfterTest(T resource) {
        opened.push(resource);
        return resource;
    }

    /** Shows a view, built on the JavaFX thread, as the window's content. */
    public void show(Supplier<Parent> view) {
        robot.interact(() -> stage.getScene().setRoot(view.get()));
    }

    /** The window's scene (its root is what {@link #show} set). */
    public Scene scene() {
        return stage.getScene();
    }

    public FxRobot robot() {
        return robot;
    }

    /** Waits for something the background sync does, then lets the FX thread catch up. */
    public static void awaitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("Not reached within 30 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
