package lab.spectra.desktop.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import lab.spectra.desktop.shell.MainViewModel;
import lab.spectra.desktop.shell.Section;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.model.id.Ids;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.run.StartRun;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A technician's inbox, with the server out of reach: the run she left running and her
 * qualification that expires in ten days, nothing meant for PIs. Enter on the run opens it.
 */
class ATechnicianFindsTheirRunningRunAndAnExpiringQualificationInTheInboxTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final SyncTestbed testbed = SyncTestbed.get();
    private final ServerLab lab = testbed.lab;
    private final ServerLab.Org org = testbed.newOrganization("inbox-tech");

    @Test
    @Timeout(120)
    void herRunningRunAndHerExpiringQualificationAreListedOfflineAndTheRunOpens(FxRobot robot) {
        UUID instrument = lab.instrumentWithValidCalibration(org, "SMU-TI", InstrumentKind.SMU);
        UUID recipe = lab.approvedRecipe(org, "IV sweep", InstrumentKind.SMU);
        UUID sop = lab.approvedSop(org, "IV characterization");
        lab.qualify(
                org,
                org.technician(),
                InstrumentKind.SMU,
                null,
                sop,
                Instant.now().minus(Duration.ofDays(300)),
                Instant.now().plus(Duration.ofDays(10)));
        StartRun start = new StartRun(
                lab.meta(org.technician()), Ids.newId(), recipe, instrument, lab.sample(org, "TI-1"), null);
        ServerLab.expectApplied(lab.run(start, org.technician()));
        // Submitted for a PI's decision: not the technician's to make, so not in her inbox.
        SubmittedDrafts.sweep(lab, org, "IV sweep, fast");

        FaultyProxy network = window.closeAfterTest(new FaultyProxy(testbed.serverUri()));
        UiBench technician = window.signIn(org, "tech", network.uri());
        network.mode(FaultyProxy.Mode.DOWN);
        MainViewModel main = technician.main();
        window.show(() -> technician.screens.mainWindow(main));
        robot.interact(() -> main.section().set(Section.INBOX));

        FxWindow.awaitUntil(() -> robot.lookup("#inbox-table").tryQuery().isPresent());
        TableView<InboxItem> table = robot.lookup("#inbox-table").queryTableView();
        FxWindow.awaitUntil(() -> table.getItems().size() >= 2);
        List<InboxItem> items = List.copyOf(table.getItems());
        assertThat(items)
                .extracting(InboxItem::kind)
                .containsExactly(InboxItem.Kind.MY_RUN, InboxItem.Kind.QUALIFICATION);
        assertThat(items.get(0).text()).isEqualTo("IV sweep on SMU-TI, running");
        assertThat(items.get(1).text())
                .startsWith("Soon: Your qualification for")
                .contains("IV characterization")
                .contains("(in 9 days)");
        assertThat(robot.lookup("#status-inbox").queryButton().getText()).isEqualTo("2 waiting");

        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);

        FxWindow.awaitUntil(() -> main.section().get() == Section.RUNS);
        assertThat(main.runToOpen().get()).isEqualTo(start.runId());
    }
}
