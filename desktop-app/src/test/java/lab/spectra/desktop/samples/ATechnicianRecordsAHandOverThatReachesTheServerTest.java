package lab.spectra.desktop.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.ui.Views;
import lab.spectra.model.custody.CustodyEvent;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

class ATechnicianRecordsAHandOverThatReachesTheServerTest {

    private static final SyncTestbed TESTBED = SyncTestbed.get();
    private static final ServerLab.Org ORG = TESTBED.newOrganization("custody-ui");
    private static final UUID SAMPLE = TESTBED.lab.sample(ORG, "CU-1");

    static {
        SampleScene.handOver(ORG, SAMPLE, "Supplier", "Receiving desk", "Goods in", "Delivery");
    }

    @RegisterExtension
    final FxWindow window = new FxWindow(1000, 600);

    private UiBench bench;

    private record Hop(String from, String to, String location) {}

    @Test
    @Timeout(60)
    void theHandOverStartsWhereTheLastEndedIsShownInTheTimelineAndIsOnTheServerAfterSync(FxRobot robot)
            throws Exception {
        bench = window.signIn(ORG, "tech");
        window.show(() -> Views.load(new SamplesController(bench.screens.samples())));
        robot.clickOn("#barcode-field").write("CU-1").type(KeyCode.ENTER);
        assertThat(robot.lookup("#custody-from").queryAs(TextField.class).getText())
                .as("prefilled with who received it last")
                .isEqualTo("Receiving desk");

        robot.clickOn("#custody-to").write("Alice");
        robot.clickOn("#custody-location").write("Lab 2 fridge");
        robot.clickOn("#custody-reason").write("IV characterization");
        robot.clickOn("#record-custody");

        TableView<CustodyEvent> custody = robot.lookup("#custody-table").queryTableView();
        assertThat(custody.getItems())
                .extracting(CustodyEvent::fromCustodian, CustodyEvent::toCustodian, CustodyEvent::location)
                .containsExactly(
                        tuple("Supplier", "Receiving desk", "Goods in"),
                        tuple("Receiving desk", "Alice", "Lab 2 fridge"));
        assertThat(robot.lookup("#custody-from").queryAs(TextField.class).getText())
                .as("the next hand-over starts with Alice")
                .isEqualTo("Alice");

        bench.workstation.sync().syncNow();

        assertThat(bench.workstation.sync().status().pending()).isZero();
        List<Hop> onServer = TESTBED.lab.database.inTenant(ORG.id(), connection -> {
            try (var select = connection.prepareStatement("SELECT from_custodian, to_custodian, location"
                    + " FROM custody_events WHERE sample_id = ? ORDER BY occurred_at, id")) {
                select.setObject(1, SAMPLE);
                try (var rows = select.executeQuery()) {
                    List<Hop> hops = new ArrayList<>();
                    while (rows.next()) {
                        hops.add(new Hop(rows.getString(1), rows.getString(2), rows.getString(3)));
                    }
                    return hops;
                }
            }
        });
        assertThat(onServer)
                .containsExactly(
                        new Hop("Supplier", "Receiving desk", "Goods in"),
                        new Hop("Receiving desk", "Alice", "Lab 2 fridge"));
        String location = TESTBED.lab.database.inTenant(ORG.id(), connection -> {
            try (var select = connection.prepareStatement("SELECT location FROM samples WHERE id = ?")) {
                select.setObject(1, SAMPLE);
                try (var row = select.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        });
        assertThat(location).as("the sample follows its hand-over").isEqualTo("Lab 2 fridge");
    }
}
