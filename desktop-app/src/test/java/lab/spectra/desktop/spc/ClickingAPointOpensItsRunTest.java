package lab.spectra.desktop.spc;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import lab.spectra.desktop.testing.FxWindow;
import lab.spectra.desktop.testing.LocalCopy;
import lab.spectra.model.testing.Lab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** A click on the point beyond 3 sigma asks for its run to be opened. */
class ClickingAPointOpensItsRunTest {

    @RegisterExtension
    final FxWindow window = new FxWindow();

    private final Lab lab = new Lab();
    private final LocalCopy copy = LocalCopy.of(lab);

    @AfterEach
    void close() {
        copy.close();
    }

    @Test
    void theFarPointOpensTheRunItCameFrom(FxRobot robot) {
        ShiftedSeries shifted = ShiftedSeries.frozenIn(copy, lab);
        SpcScreen screen = SpcScreen.shownIn(window, copy).select(window, shifted.series.id());
        ChartPoint far = screen.model.chart().get().points().get(ShiftedSeries.BEYOND_THREE_SIGMA);
        Point2D where = screen.chart().scenePositionOf(far);
        Point2D onScreen = screen.chart().chart().getScene().getWindow() == null
                ? where
                : new Point2D(
                        where.getX()
                                + screen.chart().chart().getScene().getWindow().getX()
                                + screen.chart().chart().getScene().getX(),
                        where.getY()
                                + screen.chart().chart().getScene().getWindow().getY()
                                + screen.chart().chart().getScene().getY());

        robot.clickOn(onScreen);

        assertThat(screen.openedRuns)
                .containsExactly(
                        shifted.runs.get(ShiftedSeries.BEYOND_THREE_SIGMA).id());
    }
}
