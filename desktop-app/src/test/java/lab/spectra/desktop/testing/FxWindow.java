package lab.spectra.desktop.testing;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The test window: given a scene at start (Monocle's headless renderer hangs on a stage without
 * one), then shows the view under test.
 */
public final class FxWindow {

    private Stage stage;

    public void start(Stage primary) {
        stage = primary;
        stage.setScene(new Scene(new Label("…"), 1200, 760));
        stage.show();
    }

    public void show(FxRobot robot, Supplier<Parent> view) {
        robot.interact(() -> stage.getScene().setRoot(view.get()));
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
