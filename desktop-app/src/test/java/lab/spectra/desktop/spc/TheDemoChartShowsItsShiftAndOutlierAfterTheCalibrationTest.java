package lab.spectra.desktop.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import lab.spectra.desktop.auth.CurrentUser;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.shell.Section;
import lab.spectra.desktop.spc.alerts.AlertLine;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.SyncTestbed;
import lab.spectra.desktop.testing.UiBench;
import lab.spectra.desktop.workstation.Workstation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Issue 17, "Must show": a bench synced with the demo lab opens the SPC section as the app builds
 * it and picks the demo's threshold-voltage series. The chart marks the nine-point shift with rule 2
 * and the outlier with rule 1, the SMU's new certificate stands on the time axis before the shift,
 * and the alerts the server raised for both are listed beside the chart. An engineer is offered
 * Acknowledge; a technician is not.
 */
class TheDemoChartShowsItsShiftAndOutlierAfterTheCalibrationTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final SyncTestbed testbed = SyncTestbed.get();

    @Test
    @Timeout(120)
    void anEngineerSeesTheShiftMarkedRuleTwoTheOutlierRuleOneAndMayAcknowledge(FxRobot robot) {
        openDemoChart(robot, "engineer@demo.lab", "eng123");

        assertThat(ruleMarks(robot))
                .as("the shift's completing points and the outlier")
                .contains("2", "1");
        assertThat(texts(robot, ".spc-marker-label-calibration"))
                .as("the SMU's new certificate on the time axis")
                .isNotEmpty();
        List<String> alerts = alertRules(robot);
        assertThat(alerts).as("the server's alerts, open").contains("Rule 2", "Rule 1");
        assertThat(robot.lookup("#spc-acknowledge").tryQuery())
                .as("an engineer may acknowledge")
                .isPresent();
    }

    @Test
    @Timeout(120)
    void aTechnicianSeesTheSameChartAndAlertsWithoutAcknowledge(FxRobot robot) {
        openDemoChart(robot, "tech@demo.lab", "tech123");

        assertThat(ruleMarks(robot)).contains("2", "1");
        assertThat(alertRules(robot)).contains("Rule 2", "Rule 1");
        assertThat(robot.lookup("#spc-acknowledge").tryQuery().filter(javafx.scene.Node::isVisible))
                .as("hidden, not merely disabled")
                .isEmpty();
    }

    private void openDemoChart(FxRobot robot, String email, String password) {
        Workstation workstation = testbed.newWorkstation();
        ServerSession session = workstation.signIn(email, password);
        workstation.sync().syncNow();
        UiBench bench = window.closeAfterTest(UiBench.of(
                workstation,
                new CurrentUser(
                        session.userId(), session.email(), session.displayName(), session.role(), "demo-lab", true)));
        window.show(() -> (Parent) bench.screens.create(Section.SPC, bench.main()));
        FxWindow.awaitUntil(() -> !seriesTable(robot).getItems().isEmpty());
        robot.interact(() -> {
            TableView<SeriesRow> table = seriesTable(robot);
            table.getItems().stream()
                    .filter(row -> row.series().name().startsWith("Threshold voltage"))
                    .findFirst()
                    .ifPresent(row -> table.getSelectionModel().select(row));
        });
        FxWindow.awaitUntil(() -> !texts(robot, ".spc-rule-mark").isEmpty());
        FxWindow.awaitUntil(() -> !alertRules(robot).isEmpty());
    }

    private static List<String> texts(FxRobot robot, String selector) {
        return robot.lookup(selector).queryAllAs(Text.class).stream()
                .map(Text::getText)
                .toList();
    }

    /** Every rule number marked on the chart; a point that breaks several is marked "1,2,6". */
    private static List<String> ruleMarks(FxRobot robot) {
        return texts(robot, ".spc-rule-mark").stream()
                .flatMap(mark -> java.util.Arrays.stream(mark.split(",")))
                .toList();
    }

    private static List<String> alertRules(FxRobot robot) {
        TableView<AlertLine> alerts = robot.lookup("#spc-alerts-table").queryTableView();
        return alerts.getItems().stream().map(AlertLine::ruleLabel).toList();
    }

    private static TableView<SeriesRow> seriesTable(FxRobot robot) {
        return robot.lookup("#spc-series-table").queryTableView();
    }
}
