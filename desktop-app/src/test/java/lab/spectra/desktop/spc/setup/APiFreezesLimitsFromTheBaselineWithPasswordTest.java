package lab.spectra.desktop.spc.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import lab.spectra.desktop.sync.BenchReads;
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
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Row;
import lab.spectra.model.instrument.InstrumentKind;
import lab.spectra.model.spc.FrozenLimits;
import lab.spectra.model.spc.RuleNumbering;
import lab.spectra.model.spc.SpcLimitsProposal;
import lab.spectra.model.spc.SpcPoint;
import lab.spectra.model.spc.SpcSeries;
import lab.spectra.model.testing.Lab;
import lab.spectra.server.testing.ServerLab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Issue 17 item 2 on the bench: a PI opens "Freeze limits…", sees the limits the baseline gives
 * (centre, UCL, LCL, sigma, chart, baseline size and how they were computed: the shared proposal),
 * gives a reason and their password, and signs with the device key; the series has its limits at
 * once here and the server records the signed decision at the next sync. An engineer has no such
 * action; a baseline without spread is refused in words, with nothing to sign.
 */
class APiFreezesLimitsFromTheBaselineWithPasswordTest {

    private static final double[] BASELINE = {
        0.451, 0.448, 0.452, 0.447, 0.450, 0.453, 0.449, 0.446, 0.451, 0.452,
        0.448, 0.450, 0.449, 0.454, 0.447, 0.450, 0.451, 0.449, 0.452, 0.448
    };

    @RegisterExtension
    final FxWindow window = new FxWindow(1200, 1000);

    private final SyncTestbed testbed = SyncTestbed.get();

    @Test
    @Timeout(120)
    void thePiSeesTheProposedLimitsAndSignsThemWithThePassword(FxRobot robot) {
        ServerLab.Org org = testbed.newOrganization("spc-freeze");
        UUID instrument = testbed.lab.instrumentWithValidCalibration(org, "SMU-SPC", InstrumentKind.SMU);
        Instant start = Instant.now().minus(Duration.ofDays(30));
        SpcSeries series = SpcFixtureRows.series(
                org.id(), instrument, "Threshold voltage", "IV sweep", RuleNumbering.NELSON, start);
        List<SpcPoint> points = SpcFixtureRows.points(series, null, start, BASELINE);
        List<Row> rows = new ArrayList<>();
        rows.add(series);
        rows.addAll(points);
        testbed.lab.commands.insertSystemRows(org.id(), org.pi().userId(), "test:SpcBaseline", rows);
        UiBench pi = window.signIn(org, "pi");
        FrozenLimits expected = SpcLimitsProposal.of(series, points, null, null).limits();
        int[] changes = {0};
        window.show(() -> (Parent) SpcSeriesActions.load(
                pi.screens.spcSeriesActions(new SimpleObjectProperty<>(series.id()), () -> changes[0]++)));

        robot.interact(
                () -> robot.lookup("#spc-freeze-limits-button").queryButton().fire());
        FxWindow.awaitUntil(() -> !text(robot, "#spc-freeze-title").isEmpty());

        assertThat(text(robot, "#spc-freeze-refusal")).isEmpty();
        assertThat(text(robot, "#spc-freeze-title")).isEqualTo("Freeze limits of Threshold voltage");
        assertThat(text(robot, "#spc-limits-chart")).isEqualTo("I-MR");
        assertThat(text(robot, "#spc-limits-centre-line"))
                .isEqualTo(String.format(Locale.ROOT, "%.6g", expected.centre()));
        assertThat(text(robot, "#spc-limits-ucl"))
                .isEqualTo(String.format(Locale.ROOT, "%.6g", expected.upperControlLimit()));
        assertThat(text(robot, "#spc-limits-lcl"))
                .isEqualTo(String.format(Locale.ROOT, "%.6g", expected.lowerControlLimit()));
        assertThat(text(robot, "#spc-limits-sigma")).isEqualTo(String.format(Locale.ROOT, "%.6g", expected.sigma()));
        assertThat(text(robot, "#spc-limits-baseline")).isEqualTo("20 points");
        assertThat(text(robot, "#spc-limits-how")).isEqualTo(expected.derivation());

        robot.interact(() -> {
            robot.lookup("#spc-freeze-reason")
                    .queryAs(TextArea.class)
                    .setText("Stable baseline after the PM of week 44");
            robot.lookup("#spc-freeze-password").queryAs(PasswordField.class).setText(SyncTestbed.PASSWORD);
            robot.lookup("#spc-freeze-sign").queryButton().fire();
        });
        FxWindow.awaitUntil(() -> text(robot, "#spc-freeze-message").startsWith("Signed"));

        assertThat(text(robot, "#spc-freeze-message")).isEqualTo("Signed: the limits are frozen");
        assertThat(changes[0]).isEqualTo(1);
        SpcSeries here = new SpcSetupQueries(new BenchReads(pi.workstation.commands()))
                .seriesWithPoints(series.id())
                .orElseThrow()
                .series();
        assertThat(here.hasLimits()).as("frozen on the bench at once").isTrue();
        assertThat(here.centerLine()).isEqualTo(expected.centre());
        assertThat(here.upperControlLimit()).isEqualTo(expected.upperControlLimit());

        assertThat(pi.workstation.sync().syncNow().failure()).isNull();
        ServerTables server = new ServerTables(testbed.lab, org);
        assertThat(server.count("SELECT COUNT(*) FROM spc_limit_decisions WHERE series_id = ?", series.id()))
                .as("the signed decision, accepted by the server")
                .isEqualTo(1);
        assertThat(server.count(
                        "SELECT COUNT(*) FROM spc_series WHERE id = ? AND center_line IS NOT NULL", series.id()))
                .isEqualTo(1);
    }

    @Test
    @Timeout(120)
    void aPiChangesTheLimitsFromALaterBaselineChosenByItsDate(FxRobot robot) {
        ServerLab.Org org = testbed.newOrganization("spc-change");
        UUID instrument = testbed.lab.instrumentWithValidCalibration(org, "SMU-CHG", InstrumentKind.SMU);
        Instant start = Instant.now().minus(Duration.ofDays(30));
        SpcSeries series = SpcFixtureRows.withLimits(
                SpcFixtureRows.series(
                        org.id(), instrument, "Threshold voltage", "IV sweep", RuleNumbering.NELSON, start),
                0.40,
                0.01);
        double[] values = new double[25];
        for (int i = 0; i < values.length; i++) {
            // Five points from before the probe card change, then the new level's baseline.
            values[i] = i < 5 ? 0.40 + 0.001 * (i % 2) : BASELINE[i - 5];
        }
        List<SpcPoint> points = SpcFixtureRows.points(series, null, start, values);
        List<Row> rows = new ArrayList<>();
        rows.add(series);
        rows.addAll(points);
        testbed.lab.commands.insertSystemRows(org.id(), org.pi().userId(), "test:SpcBaseline", rows);
        UiBench pi = window.signIn(org, "pi");
        SpcPoint newLevel = points.get(5);
        FrozenLimits expected =
                SpcLimitsProposal.of(series, points, newLevel.id(), null).limits();
        window.show(() -> (Parent)
                SpcSeriesActions.load(pi.screens.spcSeriesActions(new SimpleObjectProperty<>(series.id()), () -> {})));

        robot.interact(
                () -> robot.lookup("#spc-change-limits-button").queryButton().fire());
        FxWindow.awaitUntil(() -> robot.lookup("#spc-limits-ucl").tryQuery().isPresent());
        assertThat(text(robot, "#spc-freeze-title")).isEqualTo("Change limits of Threshold voltage");
        robot.interact(() -> robot.lookup("#spc-freeze-first-point")
                .<SpcPoint>queryComboBox()
                .getSelectionModel()
                .select(newLevel));

        assertThat(text(robot, "#spc-limits-centre-line"))
                .isEqualTo(String.format(Locale.ROOT, "%.6g", expected.centre()));
        robot.interact(() -> {
            robot.lookup("#spc-freeze-reason").queryAs(TextArea.class).setText("New probe card from point 6 on");
            robot.lookup("#spc-freeze-password").queryAs(PasswordField.class).setText(SyncTestbed.PASSWORD);
            robot.lookup("#spc-freeze-sign").queryButton().fire();
        });
        FxWindow.awaitUntil(() -> text(robot, "#spc-freeze-message").startsWith("Signed"));

        assertThat(pi.workstation.sync().syncNow().failure()).isNull();
        assertThat(new ServerTables(testbed.lab, org)
                        .count(
                                "SELECT COUNT(*) FROM spc_limit_decisions WHERE baseline_first_point_id = ?",
                                newLevel.id()))
                .as("the decision names the later baseline's first point")
                .isEqualTo(1);
    }

    @Test
    void anEngineerDoesNotSeeFreezeNorChangeLimits(FxRobot robot) {
        Lab lab = new Lab();
        try (LocalCopy copy = LocalCopy.of(lab)) {
            SpcSeries series = withBaseline(copy, lab, BASELINE);
            show(robot, copy, lab.engineer, series.id());

            assertThat(robot.lookup("#spc-edit-series-button").tryQuery()).isPresent();
            assertThat(robot.lookup("#spc-freeze-limits-button").tryQuery()).isEmpty();
            assertThat(robot.lookup("#spc-change-limits-button").tryQuery()).isEmpty();
        }
    }

    @Test
    void aBaselineWithoutSpreadIsRefusedInWordsWithNothingToSign(FxRobot robot) {
        Lab lab = new Lab();
        try (LocalCopy copy = LocalCopy.of(lab)) {
            double[] flat = IntStream.range(0, 20).mapToDouble(i -> 0.45).toArray();
            SpcSeries series = withBaseline(copy, lab, flat);
            show(robot, copy, lab.pi, series.id());

            robot.interact(() ->
                    robot.lookup("#spc-freeze-limits-button").queryButton().fire());

            assertThat(text(robot, "#spc-freeze-refusal"))
                    .startsWith("These points cannot give limits: ")
                    .containsIgnoringCase("spread");
            assertThat(robot.lookup("#spc-freeze-signing").query().isVisible())
                    .as("no reason, password or sign button")
                    .isFalse();
            assertThat(robot.lookup("#spc-limits-ucl").tryQuery()).isEmpty();
        }
    }

    private SpcSeries withBaseline(LocalCopy copy, Lab lab, double[] values) {
        SpcSeries series = SpcFixtureRows.series(
                lab.organizationId, lab.smu.id(), "Threshold voltage", "IV sweep", RuleNumbering.NELSON, Lab.NOW);
        copy.put(series);
        copy.put(SpcFixtureRows.points(series, null, Lab.NOW, values).toArray(SpcPoint[]::new));
        return series;
    }

    private void show(FxRobot robot, LocalCopy copy, Actor person, UUID seriesId) {
        WorkerThreadTaskRunner tasks = window.closeAfterTest(new WorkerThreadTaskRunner());
        LocalData localData = new LocalData();
        SpcSeriesActionsViewModel model = new SpcSeriesActionsViewModel(
                new SpcSetupQueries(copy),
                new WorkerThreadCommands(copy, person, Clock.systemUTC(), localData, tasks),
                (series, first, reason, hash, password) -> {
                    throw new AssertionError("nothing is signed in this test");
                },
                LabPeople.signedIn(person),
                tasks,
                new SimpleObjectProperty<>(seriesId),
                () -> {});
        window.show(() -> (Parent) SpcSeriesActions.load(model));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
