package lab.spectra.desktop.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.model.sample.Sample;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class ScanningABarcodeShowsThatSampleAndItsCustodyTimelineTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("scan-ui");
    private static final UUID FIRST = TESTBED.lab.sample(ORG, "SB-1");
    private static final UUID SCANNED = TESTBED.lab.sample(ORG, "SB-2");
    private static final UUID THIRD = TESTBED.lab.sample(ORG, "SB-3");

    static {
        SampleScene.handOver(ORG, FIRST, "Courier", "Goods in", null, "Delivery");
        SampleScene.handOver(ORG, SCANNED, "Supplier", "Receiving desk", "Goods in", "Delivery");
        SampleScene.handOver(ORG, SCANNED, "Receiving desk", "Alice", "Lab 2", "IV characterization");
    }

    @RegisterExtension
    final FxWindow window = new FxWindow(1000, 600);

    private UiBench bench;

    @Test
    @Timeout(60)
    void typingTheBarcodeAndEnterSelectsThatSampleAndShowsItsHandOversInOrder(FxRobot robot) {
        bench = window.signIn(ORG, "tech");
        window.show(() -> Views.load(new SamplesController(bench.screens.samples())));
        TableView<Sample> samples = robot.lookup("#samples-table").queryTableView();
        assertThat(samples.getItems()).extracting(Sample::id).containsExactly(FIRST, SCANNED, THIRD);
        assertThat(samples.getSelectionModel().getSelectedItem()).isNull();

        robot.clickOn("#barcode-field").write("SB-2").type(KeyCode.ENTER);

        assertThat(samples.getSelectionModel().getSelectedItem().id()).isEqualTo(SCANNED);
        TableView<CustodyEvent> custody = robot.lookup("#custody-table").queryTableView();
        assertThat(custody.getItems())
                .extracting(
                        CustodyEvent::fromCustodian,
                        CustodyEvent::toCustodian,
                        CustodyEvent::location,
                        CustodyEvent::reason)
                .containsExactly(
                        tuple("Supplier", "Receiving desk", "Goods in", "Delivery"),
                        tuple("Receiving desk", "Alice", "Lab 2", "IV characterization"));
        assertThat(robot.lookup("#sample-heading").queryAs(Label.class).getText())
                .contains("SB-2");
        assertThat(robot.lookup("#sample-custodian").queryAs(Label.class).getText())
                .startsWith("Held by Alice");
        assertThat(robot.lookup("#barcode-field").queryAs(TextField.class).getText())
                .as("the field is empty for the next scan")
                .isEmpty();
    }
}
