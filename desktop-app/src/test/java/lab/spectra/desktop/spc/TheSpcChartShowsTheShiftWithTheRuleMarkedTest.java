package lab.spectra.desktop.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.shape.Line;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A series with frozen limits that shifts for nine points and then has one point beyond 3 sigma:
 * the chart marks the shift's points with rule 2 and the far point with rule 1, in red, and draws
 * the control limits and the specification limits as different lines.
 */
class TheSpcChartShowsTheShiftWithTheRuleMarkedTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void theShiftIsMarkedWithRuleTwoAndTheFarPointWithRuleOne(FxRobot robot) {
        ShiftedSeries shifted = ShiftedSeries.frozenIn(copy, lab);
        SpcScreen screen = SpcScreen.shownIn(window, copy).select(window, shifted.series.id());

        SpcChartData shown = screen.model.chart().get();
        assertThat(shown.points()).hasSize(ShiftedSeries.offsets().length);
        int ninthAbove = ShiftedSeries.BASELINE.length + 7;
        assertThat(shown.violating())
                .extracting(ChartPoint::index, point -> point.ruleMark(shifted.series.ruleNumbering()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ninthAbove, "2"),
                        org.assertj.core.groups.Tuple.tuple(ninthAbove + 1, "2"),
                        org.assertj.core.groups.Tuple.tuple(ShiftedSeries.BEYOND_THREE_SIGMA, "1"));
        assertThat(screen.chart().ruleMarks()).containsExactly("2", "2", "1");
        assertThat(screen.chart()
                        .chart()
                        .getRenderers()
                        .get(1)
                        .getDatasets()
                        .get(0)
                        .getDataCount())
                .as("values drawn in the violations' colour")
                .isEqualTo(3);
        assertThat(PointDescription.of(
                        shown.points().get(ShiftedSeries.BEYOND_THREE_SIGMA), "V", shifted.series.ruleNumbering()))
                .contains("Rule 1: one point more than 3 sigma from the centre line")
                .contains("Operator: " + lab.technician.displayName())
                .contains("Run: IV sweep v1 on " + lab.sample.name());
    }

    @Test
    void theControlLimitsAndTheSpecificationLimitsAreDrawnAsDifferentLines(FxRobot robot) {
        ShiftedSeries shifted = ShiftedSeries.frozenIn(copy, lab);
        SpcScreen screen = SpcScreen.shownIn(window, copy).select(window, shifted.series.id());

        assertThat(screen.chart().lineLabels())
                .contains("CL 0.4200", "UCL 0.4500", "LCL 0.3900", "USL 0.4800", "LSL 0.3600", "+1σ", "−2σ");
        List<Line> control =
                robot.lookup(".spc-control").queryAllAs(Line.class).stream().toList();
        List<Line> specification =
                robot.lookup(".spc-spec").queryAllAs(Line.class).stream().toList();
        assertThat(control).hasSize(2).allSatisfy(line -> assertThat(line.getStrokeDashArray())
                .isEmpty());
        assertThat(specification).hasSize(2).allSatisfy(line -> assertThat(line.getStrokeDashArray())
                .isNotEmpty());
        assertThat(specification.get(0).getStroke()).isNotEqualTo(control.get(0).getStroke());
        assertThat(control).allSatisfy(line -> assertThat(line.isVisible()).isTrue());
    }
}
