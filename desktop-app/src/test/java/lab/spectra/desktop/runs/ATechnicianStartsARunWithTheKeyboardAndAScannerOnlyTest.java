package lab.spectra.desktop.runs;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.run.RunStatus;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * No mouse: Alt+A goes to the start form, the recipe and the instrument are found by typing part
 * of their names, the sample is scanned (a barcode scanner types its characters and Enter), and
 * Alt+S starts the run.
 */
class ATechnicianStartsARunWithTheKeyboardAndAScannerOnlyTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("keyboard-run");

    @RegisterExtension
    final FxWindow window = new FxWindow();

    @Test
    @Timeout(90)
    void recipeInstrumentAndScannedSampleAreChosenAndTheRunStarts(FxRobot robot) {
        testbed.lab.instrumentWithValidCalibration(org, "SMU-01", InstrumentKind.SMU);
        testbed.lab.instrumentWithValidCalibration(org, "XRD-01", InstrumentKind.XRD);
        testbed.lab.approvedRecipe(org, "IV sweep", InstrumentKind.SMU);
        testbed.lab.approvedRecipe(org, "Theta-2theta", InstrumentKind.XRD);
        testbed.lab.sample(org, "KB-0001");
        testbed.lab.sample(org, "KB-0002");
        UiBench bench = window.signIn(org, "tech");
        RunsViewModel model = bench.screens.runs(
                FXCollections.observableArrayList(bench.session.lockouts().evaluate()));
        window.show(() -> Views.load(new RunsController(model)));
        FxWindow.awaitUntil(() -> model.approvedRecipes().size() == 2);

        robot.press(KeyCode.ALT).type(KeyCode.A).release(KeyCode.ALT);
        Node recipe = robot.lookup("#run-recipe").query();
        FxWindow.awaitUntil(() -> recipe.getScene().getFocusOwner() == recipe);
        // Down opens the choices with a search field (a real keyboard's letters open it too).
        robot.type(KeyCode.DOWN).write("theta").type(KeyCode.ENTER);
        FxWindow.awaitUntil(() -> model.recipe().get() != null);
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.DOWN).write("xrd").type(KeyCode.ENTER);
        FxWindow.awaitUntil(() -> model.instrument().get() != null);
        robot.type(KeyCode.TAB);
        robot.write("KB-0002").type(KeyCode.ENTER);
        FxWindow.awaitUntil(() -> model.sample().get() != null);
        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);

        FxWindow.awaitUntil(
                () -> model.runs().stream().anyMatch(row -> row.run().status() == RunStatus.RUNNING));
        assertThat(model.runs())
                .filteredOn(row -> row.run().status() == RunStatus.RUNNING)
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.recipe()).isEqualTo("Theta-2theta");
                    assertThat(row.instrument()).isEqualTo("XRD-01");
                    assertThat(row.sample()).contains("KB-0002");
                });
    }
}
