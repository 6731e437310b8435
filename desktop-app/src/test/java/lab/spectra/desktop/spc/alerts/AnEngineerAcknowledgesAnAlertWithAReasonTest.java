package lab.spectra.desktop.spc.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import lab.spectra.desktop.testing.FaultyProxy;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.testing.ServerTables;
import lab.spectra.desktop.testing.SpcFixtureRows;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.testing.WorkerThreadCommands;
import lab.spectra.desktop.testing.WorkerThreadTaskRunner;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.model.command.Row;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.spc.NelsonRule;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.model.spc.SpcAlert;
import lab.spectra.model.spc.SpcPoint;
import lab.spectra.model.spc.SpcSeries;
import lab.spectra.model.testing.Lab;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Issue 17, "Must show": an engineer acknowledges an open alert with a reason, offline. The alert
 * leaves the open list, shows as acknowledged by him with his reason, and the command waits in the
 * bench's outbox; once the network is back the server has it acknowledged too. A refusal by the
 * bench (someone acknowledged it already) is shown in its own words.
 */
class AnEngineerAcknowledgesAnAlertWithAReasonTest {

    private static final String REASON = "Probe card replaced; the shift follows the new card's contact resistance";

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final SyncTestbed testbed = SyncTestbed.get();

    @Test
    @Timeout(120)
    void theAlertLeavesTheOpenListWithTheReasonAndTheCommandWaitsInTheOutbox(FxRobot robot) {
        ServerLab.Org org = testbed.newOrganization("spc-ack");
        UUID instrument = testbed.lab.instrumentWithValidCalibration(org, "SMU-ACK", InstrumentKind.SMU);
        Instant start = Instant.now().minus(Duration.ofDays(3));
        SpcSeries series = SpcFixtureRows.withLimits(
                SpcFixtureRows.series(
                        org.id(), instrument, "Threshold voltage", "IV sweep", RuleNumbering.NELSON, start),
                0.45,
                0.01);
        List<SpcPoint> points = SpcFixtureRows.points(series, null, start, 0.46, 0.47, 0.46);
        SpcAlert shift =
                SpcFixtureRows.openAlert(series, points.get(2), NelsonRule.RULE_2, start.plus(Duration.ofHours(3)));
        List<Row> rows = new ArrayList<>();
        rows.add(series);
        rows.addAll(points);
        rows.add(shift);
        testbed.lab.commands.insertSystemRows(org.id(), org.pi().userId(), "test:SpcAlert", rows);
        FaultyProxy network = window.closeAfterTest(new FaultyProxy(testbed.serverUri()));
        UiBench engineer = window.signIn(org, "engineer", network.uri());
        network.mode(FaultyProxy.Mode.DOWN);
        int[] changes = {0};
        window.show(() -> (Parent) SpcAlertsView.load(
                engineer.screens.spcAlerts(new SimpleObjectProperty<>(series.id()), () -> changes[0]++)));
        FxWindow.awaitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).ruleLabel()).isEqualTo("Rule 2");

        robot.interact(() -> {
            table(robot).getSelectionModel().select(0);
            robot.lookup("#spc-acknowledge").queryButton().fire();
        });
        assertThat(robot.lookup("#spc-acknowledge-form").query().isVisible()).isTrue();
        robot.interact(() -> {
            robot.lookup("#spc-acknowledge-reason").queryAs(TextArea.class).setText(REASON);
            robot.lookup("#spc-acknowledge-confirm").queryButton().fire();
        });
        FxWindow.awaitUntil(() -> text(robot, "#spc-alerts-message").startsWith("Acknowledged"));

        assertThat(text(robot, "#spc-alerts-message")).isEqualTo("Acknowledged: Rule 2 on Threshold voltage");
        assertThat(changes[0]).as("the screen was told to redraw").isEqualTo(1);
        assertThat(table(robot).getItems()).as("no longer open").isEmpty();
        robot.interact(() -> robot.lookup("#spc-alerts-show-acknowledged")
                .queryAs(CheckBox.class)
                .setSelected(true));
        FxWindow.awaitUntil(() -> table(robot).getItems().size() == 1);
        AlertLine acknowledged = table(robot).getItems().get(0);
        assertThat(acknowledged.open()).isFalse();
        assertThat(acknowledged.alert().acknowledgementReason()).isEqualTo(REASON);
        assertThat(acknowledged.acknowledger())
                .isEqualTo(engineer.session.user().displayName());
        assertThat(acknowledged.provisional()).as("waiting in the outbox").isTrue();
        assertThat(outbox(engineer)).containsExactly("AcknowledgeSpcAlert");

        network.mode(FaultyProxy.Mode.PASS);
        assertThat(engineer.workstation.sync().syncNow().failure()).isNull();
        assertThat(outbox(engineer)).isEmpty();
        assertThat(new ServerTables(testbed.lab, org)
                        .count(
                                "SELECT COUNT(*) FROM spc_alerts WHERE id = ? AND acknowledged_at IS NOT NULL"
                                        + " AND acknowledgement_reason = '" + REASON.replace("'", "''") + "'",
                                shift.id()))
                .as("acknowledged on the server with the reason")
                .isEqualTo(1);
    }

    @Test
    void anAlertSomeoneElseAcknowledgedMeanwhileIsRefusedInTheBenchsWords(FxRobot robot) {
        Lab lab = new Lab();
        try (LocalCopy copy = LocalCopy.of(lab)) {
            SpcSeries series = SpcFixtureRows.withLimits(
                    SpcFixtureRows.series(
                            lab.organizationId, lab.smu.id(), "Leakage", "IV sweep", RuleNumbering.NELSON, Lab.NOW),
                    1.0,
                    0.1);
            List<SpcPoint> points = SpcFixtureRows.points(series, null, Lab.NOW, 1.5);
            SpcAlert beyond = SpcFixtureRows.openAlert(series, points.get(0), NelsonRule.RULE_1, Lab.NOW);
            copy.put(series);
            copy.put(points.toArray(SpcPoint[]::new));
            copy.put(beyond);
            LocalData localData = new LocalData();
            WorkerThreadTaskRunner tasks = window.closeAfterTest(new WorkerThreadTaskRunner());
            window.show(() -> (Parent) SpcAlertsView.load(new SpcAlertsViewModel(
                    new SpcAlertQueries(copy),
                    new WorkerThreadCommands(copy, lab.engineer, Clock.systemUTC(), localData, tasks),
                    LabPeople.signedIn(lab.engineer),
                    tasks,
                    localData,
                    new SimpleObjectProperty<UUID>(null),
                    () -> {})));
            robot.interact(() -> {
                table(robot).getSelectionModel().select(0);
                robot.lookup("#spc-acknowledge").queryButton().fire();
                robot.lookup("#spc-acknowledge-reason").queryAs(TextArea.class).setText("Mis-contacted die");
            });
            // The PI acknowledged it on another bench; the pull brought it while the form was open.
            copy.replace(SpcFixtureRows.acknowledged(beyond, lab.pi.userId(), Lab.NOW, "Known outlier"));

            robot.interact(
                    () -> robot.lookup("#spc-acknowledge-confirm").queryButton().fire());

            assertThat(text(robot, "#spc-alerts-message"))
                    .startsWith("Not acknowledged: ")
                    .as("the bench's refusal in its words, not a failure")
                    .doesNotContain("unexpected");
        }
    }

    private static List<String> outbox(UiBench bench) {
        return bench.workstation.commands().exclusive(connection -> {
            try (PreparedStatement statement =
                            connection.prepareStatement("SELECT command_type FROM outbox ORDER BY seq");
                    ResultSet found = statement.executeQuery()) {
                List<String> types = new ArrayList<>();
                while (found.next()) {
                    types.add(found.getString(1));
                }
                return types;
            }
        });
    }

    private static TableView<AlertLine> table(FxRobot robot) {
        return robot.lookup("#spc-alerts-table").queryTableView();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
