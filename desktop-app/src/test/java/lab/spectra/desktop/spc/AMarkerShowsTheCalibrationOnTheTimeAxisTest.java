package lab.spectra.desktop.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The SMU was calibrated between the baseline's last run and the shift's first: the chart draws a
 * vertical calibration marker there, labelled with the certificate, styled unlike the recipe
 * version's marker, so the shift can be read against it.
 */
class AMarkerShowsTheCalibrationOnTheTimeAxisTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void theCalibrationIsDrawnBetweenTheRunsBeforeAndAfterIt(FxRobot robot) {
        ShiftedSeries shifted = ShiftedSeries.frozenIn(copy, lab);
        SpcScreen screen = SpcScreen.shownIn(window, copy).select(window, shifted.series.id());

        assertThat(screen.chart().markerLabels()).contains("Calibrated: certificate CAL-2026-031");
        List<Line> calibrations = robot.lookup(".spc-marker-calibration").queryAllAs(Line.class).stream()
                .filter(Line::isVisible)
                .toList();
        assertThat(calibrations)
                .as("the calibration inside the chart's time span")
                .hasSize(1);
        double markerX = calibrations
                .get(0)
                .localToScene(calibrations.get(0).getStartX(), 0)
                .getX();
        List<ChartPoint> points = screen.model.chart().get().points();
        int lastBefore = ShiftedSeries.BASELINE.length - 1;
        assertThat(markerX)
                .isGreaterThan(
                        screen.chart().scenePositionOf(points.get(lastBefore)).getX())
                .isLessThan(screen.chart()
                        .scenePositionOf(points.get(lastBefore + 1))
                        .getX());
        assertThat(robot.lookup(".spc-marker-label-calibration").queryAllAs(Text.class).stream()
                        .filter(Text::isVisible)
                        .map(Text::getText))
                .containsExactly("Calibrated: certificate CAL-2026-031");

        Line recipeVersion = robot.lookup(".spc-marker-recipe-version").queryAs(Line.class);
        assertThat(recipeVersion.getStroke()).isNotEqualTo(calibrations.get(0).getStroke());
    }
}
