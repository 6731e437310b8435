package lab.spectra.desktop.runs;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import lab.spectra.desktop.lockout.InstrumentLockout;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.sample.Sample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The Start-a-run form of a lab with an SMU, a spectrometer and an XRD: choosing the XRD recipe
 * leaves only the XRD to choose, and a barcode scanned into the sample field (characters, then
 * Enter) chooses that sample.
 */
class TheStartFormTakesAScannedBarcodeAndOffersOnlyTheRecipesInstrumentsTest {

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab.Org org = testbed.newOrganization("start-form");

    @RegisterExtension
    final FxWindow window = new FxWindow();

    @Test
    @Timeout(90)
    void theRecipeNarrowsTheInstrumentsAndTheScanChoosesTheSample(FxRobot robot) {
        testbed.lab.instrumentWithValidCalibration(org, "SMU-01", InstrumentKind.SMU);
        testbed.lab.instrumentWithValidCalibration(org, "SPEC-01", InstrumentKind.SPECTROMETER);
        testbed.lab.instrumentWithValidCalibration(org, "XRD-01", InstrumentKind.XRD);
        testbed.lab.approvedRecipe(org, "Theta-2theta", InstrumentKind.XRD);
        testbed.lab.sample(org, "SCAN-0042");
        testbed.lab.sample(org, "SCAN-0043");
        UiBench bench = window.signIn(org, "tech");
        RunsViewModel model = bench.screens.runs(
                FXCollections.observableArrayList(bench.session.lockouts().evaluate()));
        window.show(() -> Views.load(new RunsController(model)));
        ComboBox<Recipe> recipe = robot.lookup("#run-recipe").queryComboBox();
        ComboBox<InstrumentLockout> instrument = robot.lookup("#run-instrument").queryComboBox();
        ComboBox<Sample> sample = robot.lookup("#run-sample").queryComboBox();
        assertThat(instrument.getItems()).as("before a recipe is chosen").hasSize(3);

        robot.interact(() -> recipe.getSelectionModel().select(0));

        assertThat(instrument.getItems())
                .extracting(lockout -> lockout.instrument().name())
                .containsExactly("XRD-01");

        robot.interact(() ->
                robot.lookup("#run-sample-search").queryAs(TextField.class).setText("scan-0043"));
        robot.clickOn("#run-sample-search").type(KeyCode.ENTER);

        FxWindow.awaitUntil(() -> sample.getValue() != null);
        assertThat(sample.getValue().barcode()).isEqualTo("SCAN-0043");
    }
}
