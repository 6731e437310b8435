package lab.spectra.desktop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import lab.spectra.desktop.runs.RunQueries;
import lab.spectra.desktop.shell.StatusBarViewModel;
import lab.spectra.desktop.spc.alerts.SpcAlertQueries;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.LabPeople;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.desktop.testing.SpcFixtureRows;
import lab.spectra.desktop.testing.WorkerThreadTaskRunner;
import lab.spectra.desktop.ui.LocalData;
import lab.spectra.desktop.ui.Times;
import lab.spectra.desktop.ui.Views;
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
 * Issue 17: an open SPC alert is shown on the dashboard, newest first, with its series and its
 * rule in words as the series numbers it; with none open the card is not there at all.
 */
class TheDashboardShowsOpenSpcAlertsTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);

    {
        // The test lab comes with an open alert of its own; this test counts only its own alerts.
        copy.replace(SpcFixtureRows.acknowledged(lab.spcAlert, lab.engineer.userId(), Lab.NOW, "Seen"));
    }

    private final LocalData localData = new LocalData();
    private final WorkerThreadTaskRunner tasks = window.closeAfterTest(new WorkerThreadTaskRunner());

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void theNewestOpenAlertsAreNamedWithSeriesAndRuleAndTheCardGoesWhenTheyAreAcknowledged(FxRobot robot) {
        SpcSeries vth = SpcFixtureRows.withLimits(
                SpcFixtureRows.series(
                        lab.organizationId,
                        lab.smu.id(),
                        "Threshold voltage",
                        "IV sweep",
                        RuleNumbering.NELSON,
                        Lab.NOW),
                0.45,
                0.01);
        SpcSeries leakage = SpcFixtureRows.withLimits(
                SpcFixtureRows.series(
                        lab.organizationId,
                        lab.smu.id(),
                        "Leakage",
                        "IV sweep",
                        RuleNumbering.WESTERN_ELECTRIC,
                        Lab.NOW),
                1.0,
                0.1);
        List<SpcPoint> vthPoints = SpcFixtureRows.points(vth, null, Lab.NOW, 0.46, 0.50);
        List<SpcPoint> leakagePoints = SpcFixtureRows.points(leakage, null, Lab.NOW, 1.0, 1.5);
        SpcAlert shift = SpcFixtureRows.openAlert(vth, vthPoints.get(0), NelsonRule.RULE_2, Lab.NOW);
        SpcAlert beyond = SpcFixtureRows.openAlert(
                leakage, leakagePoints.get(1), NelsonRule.RULE_1, Lab.NOW.plus(Duration.ofHours(1)));
        SpcAlert older = SpcFixtureRows.acknowledged(
                SpcFixtureRows.openAlert(vth, vthPoints.get(1), NelsonRule.RULE_1, Lab.NOW.minus(Duration.ofDays(1))),
                lab.engineer.userId(),
                Lab.NOW,
                "Probe card cleaned");
        copy.put(vth, leakage);
        copy.put(vthPoints.toArray(SpcPoint[]::new));
        copy.put(leakagePoints.toArray(SpcPoint[]::new));
        copy.put(shift, beyond, older);
        window.show(() -> Views.load(new DashboardController(dashboard(), new SimpleObjectProperty<>())));

        assertThat(robot.lookup("#dashboard-spc-alerts").query().isVisible()).isTrue();
        assertThat(robot.lookup("#dashboard-spc-alert-count")
                        .queryAs(Label.class)
                        .getText())
                .isEqualTo("2 alerts wait for acknowledgement");
        assertThat(alertList(robot))
                .containsExactly(
                        "WE1 on Leakage — WE1: one point more than 3 sigma from the centre line · raised "
                                + Times.format(beyond.raisedAt()),
                        "Rule 2 on Threshold voltage — Rule 2: nine points in a row on the same side of the centre line"
                                + " · raised " + Times.format(shift.raisedAt()));

        copy.replace(
                SpcFixtureRows.acknowledged(shift, lab.engineer.userId(), Lab.NOW, "Gate oxide lot changed"),
                SpcFixtureRows.acknowledged(beyond, lab.engineer.userId(), Lab.NOW, "Mis-contacted die"));
        robot.interact(localData::changed);

        assertThat(alertList(robot)).isEmpty();
        assertThat(robot.lookup("#dashboard-spc-alerts").query().isVisible()).isFalse();
    }

    @Test
    void withoutAnyAlertTheCardIsNotShown(FxRobot robot) {
        window.show(() -> Views.load(new DashboardController(dashboard(), new SimpleObjectProperty<>())));

        assertThat(robot.lookup("#dashboard-spc-alerts").query().isVisible()).isFalse();
        assertThat(robot.lookup("#dashboard-spc-alerts").query().isManaged()).isFalse();
    }

    private DashboardViewModel dashboard() {
        return new DashboardViewModel(
                new RunQueries(copy),
                new SpcAlertQueries(copy),
                LabPeople.signedIn(lab.engineer),
                tasks,
                localData,
                FXCollections.observableArrayList(),
                new StatusBarViewModel(LabPeople.signedIn(lab.engineer)));
    }

    @SuppressWarnings("unchecked")
    private static List<String> alertList(FxRobot robot) {
        return List.copyOf(robot.lookup("#dashboard-spc-alert-list")
                .queryAs(ListView.class)
                .getItems());
    }
}
