package lab.spectra.desktop.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Picking the 11th to the 14th of February plots only the eight runs of those days (two a day),
 * still judged against the whole series, so the shift's ninth point keeps its rule 2; Reset plots
 * every run again.
 */
class ZoomingToADateRangePlotsOnlyThoseRunsTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void onlyTheRunsOfThePickedDaysArePlottedUntilReset(FxRobot robot) {
        ShiftedSeries shifted = ShiftedSeries.frozenIn(copy, lab);
        SpcScreen screen = SpcScreen.shownIn(window, copy).select(window, shifted.series.id());
        int all = ShiftedSeries.offsets().length;
        assertThat(plottedCount(screen)).isEqualTo(all);

        robot.interact(() -> {
            robot.lookup("#spc-from").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 2, 11));
            robot.lookup("#spc-to").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 2, 14));
        });
        WaitForAsyncUtils.waitForFxEvents();

        SpcChartData zoomed = screen.model.chart().get();
        assertThat(zoomed.points())
                .extracting(ChartPoint::at)
                .containsExactly(
                        ShiftedSeries.runTime(20),
                        ShiftedSeries.runTime(21),
                        ShiftedSeries.runTime(22),
                        ShiftedSeries.runTime(23),
                        ShiftedSeries.runTime(24),
                        ShiftedSeries.runTime(25),
                        ShiftedSeries.runTime(26),
                        ShiftedSeries.runTime(27));
        assertThat(plottedCount(screen)).isEqualTo(8);
        assertThat(screen.chart().ruleMarks()).containsExactly("2");
        assertThat(screen.chart().chart().getXAxis().getMin())
                .isGreaterThanOrEqualTo(SpcChart.seconds(ShiftedSeries.runTime(19)));
        assertThat(screen.chart().chart().getXAxis().getMax())
                .isLessThanOrEqualTo(SpcChart.seconds(ShiftedSeries.runTime(28)));

        robot.clickOn("#spc-reset-range");
        assertThat(plottedCount(screen)).isEqualTo(all);
        assertThat(robot.lookup("#spc-from").queryAs(DatePicker.class).getValue())
                .isNull();
    }

    private static int plottedCount(SpcScreen screen) {
        return screen.chart().chart().getRenderers().get(0).getDatasets().get(0).getDataCount();
    }
}
