package lab.spectra.desktop.samples;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.sample.Sample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class AnEngineerCreatesASampleThatReachesTheServerTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("create-sample-ui");

    @RegisterExtension
    final FxWindow window = new FxWindow(1000, 600);

    private UiBench bench;

    @Test
    @Timeout(60)
    void theNewSampleIsSelectedHereAndOnTheServerAfterSync(FxRobot robot) throws Exception {
        bench = window.signIn(ORG, "engineer");
        window.show(() -> Views.load(new SamplesController(bench.screens.samples())));

        robot.clickOn("#new-sample-name").write("GaN film");
        robot.clickOn("#new-sample-barcode").write("NS-42");
        robot.clickOn("#new-sample-location").write("Cabinet B");
        robot.clickOn("#create-sample");

        TableView<Sample> samples = robot.lookup("#samples-table").queryTableView();
        assertThat(samples.getItems()).extracting(Sample::barcode).containsExactly("NS-42");
        assertThat(samples.getSelectionModel().getSelectedItem())
                .isNotNull()
                .extracting(Sample::name)
                .isEqualTo("GaN film");

        bench.workstation.sync().syncNow();

        String onServer = TESTBED.lab.database.inTenant(ORG.id(), connection -> {
            try (var select = connection.prepareStatement(
                    "SELECT name || ' @ ' || location FROM samples" + " WHERE barcode = ?")) {
                select.setString(1, "NS-42");
                try (var row = select.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        });
        assertThat(onServer).isEqualTo("GaN film @ Cabinet B");
    }
}
