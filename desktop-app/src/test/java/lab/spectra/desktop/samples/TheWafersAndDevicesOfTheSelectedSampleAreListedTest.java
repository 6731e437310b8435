package lab.spectra.desktop.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class TheWafersAndDevicesOfTheSelectedSampleAreListedTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("wafers-ui");
    private static final UUID SAMPLE = TESTBED.lab.sample(ORG, "SW-1");
    private static final UUID OTHER = TESTBED.lab.sample(ORG, "SW-2");

    static {
        UUID first = SampleScene.wafer(ORG, SAMPLE, "W-01", 100.0);
        SampleScene.device(ORG, first, "D-2", "diode");
        SampleScene.device(ORG, first, "D-1", "transistor");
        SampleScene.wafer(ORG, SAMPLE, "W-02", null);
        UUID elsewhere = SampleScene.wafer(ORG, OTHER, "W-99", 150.0);
        SampleScene.device(ORG, elsewhere, "D-99", null);
    }

    @RegisterExtension
    final FxWindow window = new FxWindow(1000, 600);

    private UiBench bench;

    private record Line(String label, List<String> children) {}

    @Test
    @Timeout(60)
    void eachWaferIsListedWithTheDevicesOnItAndNothingOfOtherSamples(FxRobot robot) {
        bench = window.signIn(ORG, "viewer");
        window.show(() -> Views.load(new SamplesController(bench.screens.samples())));
        TreeView<SamplePart> tree = robot.lookup("#parts-tree").query();
        assertThat(tree.getRoot().getChildren())
                .as("nothing before a sample is chosen")
                .isEmpty();

        robot.clickOn("#barcode-field").write("SW-1").type(KeyCode.ENTER);

        assertThat(tree.getRoot().getChildren())
                .extracting(wafer -> new Line(
                        wafer.getValue().label(),
                        wafer.getChildren().stream()
                                .map(TreeItem::getValue)
                                .map(SamplePart::label)
                                .toList()))
                .containsExactly(
                        new Line("Wafer W-01 (100 mm)", List.of("D-1 · transistor", "D-2 · diode")),
                        new Line("Wafer W-02", List.of()));
    }
}
