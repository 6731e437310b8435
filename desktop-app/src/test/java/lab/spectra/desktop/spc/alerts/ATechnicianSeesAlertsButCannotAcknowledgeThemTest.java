package lab.spectra.desktop.spc.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.TableView;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.testing.SpcFixtureRows;
import lab.spectra.desktop.testing.WorkerThreadCommands;
import lab.spectra.desktop.testing.WorkerThreadTaskRunner;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.id.Ids;
import lab.spectra.model.run.Run;
import lab.spectra.model.spc.NelsonRule;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.model.spc.SpcAlert;
import lab.spectra.model.spc.SpcPoint;
import lab.spectra.model.spc.SpcSeries;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Issue 17, "Must show": a technician (and a viewer) sees the open alerts of the lab's series in
 * words (rule as the series numbers it, what the points show, the series, the point's run and time,
 * whether it is still provisional), but "Acknowledge…" is not there for them at all.
 */
class ATechnicianSeesAlertsButCannotAcknowledgeThemTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final Lab lab = new Lab();
    private final Run run = lab.runningRunOf(lab.technician);
    private final LocalCopy copy = LocalCopy.of(lab);
    private final WorkerThreadTaskRunner tasks = window.closeAfterTest(new WorkerThreadTaskRunner());
    private final SpcSeries series = SpcFixtureRows.withLimits(
            SpcFixtureRows.series(
                    lab.organizationId,
                    lab.smu.id(),
                    "Threshold voltage",
                    "IV sweep",
                    RuleNumbering.WESTERN_ELECTRIC,
                    Lab.NOW),
            0.45,
            0.01);
    private final List<SpcPoint> points = SpcFixtureRows.points(series, run.id(), run.startedAt(), 0.45, 0.52);
    private final SpcAlert beyond =
            SpcFixtureRows.openAlert(series, points.get(1), NelsonRule.RULE_1, Lab.NOW.plus(Duration.ofMinutes(5)));

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void theTechnicianReadsTheOpenAlertInWordsWithoutAnAcknowledgeAction(FxRobot robot) {
        copy.put(series);
        copy.put(points.toArray(SpcPoint[]::new));
        copy.put(beyond);
        raisedByACommandStillInTheOutbox(beyond.id());

        show(lab.technician);

        AlertLine shown = onlyRow(robot);
        assertThat(shown.ruleLabel()).isEqualTo("WE1");
        assertThat(shown.sentence()).isEqualTo("WE1: one point more than 3 sigma from the centre line");
        assertThat(shown.seriesName()).isEqualTo("Threshold voltage");
        assertThat(shown.run()).isEqualTo("IV sweep v1 on " + lab.sample.name());
        assertThat(Times.format(shown.pointTime()))
                .isEqualTo(Times.format(points.get(1).measuredAt()));
        assertThat(shown.provisional())
                .as("an effect of a command waiting in the outbox")
                .isTrue();
        assertThat(cell(robot, 6)).isEqualTo("open, provisional");
        assertThat(robot.lookup("#spc-alerts-table").tryQuery()).isPresent();
        assertThat(robot.lookup("#spc-acknowledge").tryQuery()).isEmpty();
        assertThat(robot.lookup("#spc-acknowledge-form").tryQuery()).isEmpty();
    }

    @Test
    void aViewerHasNoAcknowledgeActionEither(FxRobot robot) {
        copy.put(series);
        copy.put(points.toArray(SpcPoint[]::new));
        copy.put(beyond);

        show(lab.viewer);

        assertThat(onlyRow(robot).provisional())
                .as("no pending command made it")
                .isFalse();
        assertThat(robot.lookup("#spc-acknowledge").tryQuery()).isEmpty();
    }

    @Test
    void anEngineerHasTheAction(FxRobot robot) {
        copy.put(series);
        copy.put(points.toArray(SpcPoint[]::new));
        copy.put(beyond);

        show(lab.engineer);

        assertThat(robot.lookup("#spc-acknowledge").tryQuery()).isPresent();
    }

    @Test
    void withNoSeriesChosenEverySeriesAlertsAreListedNewestFirst(FxRobot robot) {
        copy.put(series);
        copy.put(points.toArray(SpcPoint[]::new));
        copy.put(beyond);

        show(lab.technician, null);

        TableView<AlertLine> table = robot.lookup("#spc-alerts-table").queryTableView();
        assertThat(table.getItems())
                .extracting(AlertLine::seriesName)
                .containsExactly("Threshold voltage", lab.frozenSpcSeries.name());
    }

    private void show(Actor person) {
        show(person, series.id());
    }

    private void show(Actor person, UUID chosenSeries) {
        LocalData localData = new LocalData();
        window.show(() -> (javafx.scene.Parent) SpcAlertsView.load(new SpcAlertsViewModel(
                new SpcAlertQueries(copy),
                new WorkerThreadCommands(copy, person, Clock.systemUTC(), localData, tasks),
                LabPeople.signedIn(person),
                tasks,
                localData,
                new SimpleObjectProperty<>(chosenSeries),
                () -> {})));
    }

    /** As the bench records a command's effects until the server answers it (ADR 0008). */
    private void raisedByACommandStillInTheOutbox(UUID alertId) {
        UUID command = Ids.newId();
        copy.transaction(connection -> {
            try (PreparedStatement outbox = connection.prepareStatement(
                    "INSERT INTO outbox (command_id, author_id, command_type, command, created_at)"
                            + " VALUES (?, ?, 'RecordResult', '{}', ?)")) {
                outbox.setObject(1, command);
                outbox.setObject(2, lab.technician.userId());
                outbox.setObject(3, OffsetDateTime.ofInstant(Lab.NOW, ZoneOffset.UTC));
                outbox.executeUpdate();
            }
            try (PreparedStatement effect = connection.prepareStatement(
                    "INSERT INTO outbox_effects (command_id, ordinal, table_name, row_id, before_row)"
                            + " VALUES (?, 0, 'spc_alerts', ?, NULL)")) {
                effect.setObject(1, command);
                effect.setObject(2, alertId);
                effect.executeUpdate();
            }
            return null;
        });
    }

    private static AlertLine onlyRow(FxRobot robot) {
        TableView<AlertLine> table = robot.lookup("#spc-alerts-table").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        return table.getItems().get(0);
    }

    private static String cell(FxRobot robot, int column) {
        TableView<AlertLine> table = robot.lookup("#spc-alerts-table").queryTableView();
        return String.valueOf(table.getColumns().get(column).getCellData(0));
    }
}
