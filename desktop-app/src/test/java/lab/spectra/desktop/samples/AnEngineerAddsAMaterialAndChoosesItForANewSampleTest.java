package lab.spectra.desktop.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.sample.Material;
import lab.spectra.model.sample.Sample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * "New material…" beside the material choice: the material made is chosen in that form, the new
 * sample is listed with it, and both reach the server. A technician is offered no new material.
 */
class AnEngineerAddsAMaterialAndChoosesItForANewSampleTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("material-ui");

    @RegisterExtension
    final FxWindow window = new FxWindow(1200, 800);

    @Test
    @Timeout(60)
    void theNewMaterialIsChosenAndShownInTheList(FxRobot robot) {
        UiBench bench = window.signIn(ORG, "engineer");
        window.show(() -> Views.load(new SamplesController(bench.screens.samples())));

        robot.clickOn("#new-material");
        robot.clickOn("#material-name").write("Gallium oxide");
        robot.clickOn("#material-formula").write("Ga2O3");
        robot.clickOn("#create-material");

        ComboBox<Material> chosen = robot.lookup("#new-sample-material").queryComboBox();
        FxWindow.awaitUntil(() -> chosen.getValue() != null);
        assertThat(chosen.getValue().name()).isEqualTo("Gallium oxide");
        assertThat(robot.lookup("#material-form").query().isVisible()).isFalse();

        robot.clickOn("#new-sample-name").write("Ga2O3 film");
        robot.clickOn("#new-sample-barcode").write("GO-1");
        robot.clickOn("#create-sample");

        TableView<Sample> table = robot.lookup("#samples-table").queryTableView();
        FxWindow.awaitUntil(() -> table.getItems().size() == 1);
        assertThat(robot.lookup("Gallium oxide").tryQuery())
                .as("the list's material column")
                .isPresent();

        assertThat(bench.workstation.sync().syncNow().succeeded()).isTrue();
        ServerTables server = new ServerTables(TESTBED.lab, ORG);
        assertThat(server.count(
                        "SELECT count(*) FROM samples s JOIN materials m ON m.id = s.material_id"
                                + " WHERE m.name = 'Gallium oxide' AND s.barcode = ?",
                        "GO-1"))
                .isEqualTo(1);
    }

    @Test
    @Timeout(60)
    void aMaterialIsChosenInTheEditFormBySearchingForIt(FxRobot robot) {
        TESTBED.lab.sample(ORG, "MAT-EDIT-1");
        UiBench bench = window.signIn(ORG, "engineer");
        window.show(() -> Views.load(new SamplesController(bench.screens.samples())));
        robot.clickOn("#new-material");
        robot.clickOn("#material-name").write("Indium phosphide");
        robot.clickOn("#create-material");
        robot.clickOn("#barcode-field").write("MAT-EDIT-1").type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("Edit sample");

        ComboBox<Material> material = robot.lookup("#edit-material").queryComboBox();
        FxWindow.awaitUntil(() -> material.getItems().size() >= 1);
        robot.interact(() -> material.setValue(material.getItems().stream()
                .filter(choice -> choice.name().equals("Indium phosphide"))
                .findFirst()
                .orElseThrow()));
        robot.clickOn("#save-sample");

        FxWindow.awaitUntil(() -> bench.workstation
                        .read(state -> state.sampleByBarcode("MAT-EDIT-1"))
                        .orElseThrow()
                        .materialId()
                != null);
        Optional<Material> added = bench.workstation.read(state -> state.materialNamed("indium phosphide"));
        Optional<Sample> edited = bench.workstation.read(state -> state.sampleByBarcode("MAT-EDIT-1"));
        assertThat(edited.orElseThrow().materialId())
                .isEqualTo(added.orElseThrow().id());
    }

    @Test
    @Timeout(60)
    void aTechnicianIsOfferedNoNewMaterial(FxRobot robot) {
        UiBench bench = window.signIn(ORG, "tech");
        window.show(() -> Views.load(new SamplesController(bench.screens.samples())));
        assertThat(robot.lookup("#new-material").tryQuery()).isEmpty();
        assertThat(robot.lookup("#material-form").tryQuery()).isEmpty();
    }
}
