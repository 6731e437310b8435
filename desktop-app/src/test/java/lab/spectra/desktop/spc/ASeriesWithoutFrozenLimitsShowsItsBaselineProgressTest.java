package lab.spectra.desktop.spc;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Before a PI freezes its limits a series shows how far its baseline has come, in the list and
 * over the chart; the chart has its points and specification limits but no control limits, and no
 * rule is judged, even on a shift.
 */
class ASeriesWithoutFrozenLimitsShowsItsBaselineProgressTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void sevenPointsShowAsSevenOfTwentyInTheListAndOverTheChart(FxRobot robot) {
        ShiftedSeries shifted = ShiftedSeries.notFrozenIn(copy, lab, 7);
        SpcScreen screen = SpcScreen.shownIn(window, copy).select(window, shifted.series.id());

        assertThat(screen.rowOf(shifted.series.id()).limitsState()).isEqualTo("baseline 7 of 20");
        assertThat(robot.lookup("baseline 7 of 20").tryQuery())
                .as("the list's cell")
                .isPresent();
        assertThat(robot.lookup("#spc-chart-note").queryAs(Label.class).getText())
                .isEqualTo("Limits not frozen yet: 7 of 20 baseline points");
        assertThat(screen.chart()
                        .chart()
                        .getRenderers()
                        .get(0)
                        .getDatasets()
                        .get(0)
                        .getDataCount())
                .isEqualTo(7);
        assertThat(screen.chart().lineLabels()).containsExactly("USL 0.4800", "LSL 0.3600");
    }

    @Test
    void noRuleIsMarkedBeforeTheLimitsAreFrozen(FxRobot robot) {
        ShiftedSeries shifted = ShiftedSeries.notFrozenIn(copy, lab, ShiftedSeries.offsets().length);
        SpcScreen screen = SpcScreen.shownIn(window, copy).select(window, shifted.series.id());

        assertThat(screen.chart().ruleMarks()).isEmpty();
        assertThat(screen.model.chart().get().violating()).isEmpty();
        assertThat(robot.lookup("#spc-chart-note").queryAs(Label.class).getText())
                .isEqualTo("Limits not frozen yet: 20 of 20 baseline points");
    }
}
