package lab.spectra.desktop.runs.data;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.CrosshairIndicator;
import io.fair_acc.chartfx.plugins.EditAxis;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;

/**
 * A run's curves in a ChartFX chart, made for large data: the renderer reduces 100,000 points to
 * what the pixels can show. Drag to zoom, middle-drag to pan, right-click or Escape to zoom
 * back; the y axis can switch to a logarithmic |y| (an IV sweep's current spans decades); the
 * mouse position is read out in data units.
 */
public final class RunChart {

    private final DefaultNumericAxis xAxis = new DefaultNumericAxis("x");
    private final DefaultNumericAxis yAxis = new DefaultNumericAxis("y");
    private final DrawableNowChart chart = new DrawableNowChart(xAxis, yAxis);
    private final Label readout = new Label("");
    private final BooleanProperty logarithmicY = new SimpleBooleanProperty(false);
    private Plot plot = new Plot("x", "y", List.of(), false);

    public RunChart() {
        chart.setId("run-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        // The labels carry their units already, as "voltage (V)".
        xAxis.setUnit(null);
        yAxis.setUnit(null);
        xAxis.setAutoRangeRounding(false);
        yAxis.setAutoRangeRounding(false);
        xAxis.setAutoRanging(true);
        yAxis.setAutoRanging(true);
        Zoomer zoomer = new Zoomer();
        zoomer.setPannerEnabled(true);
        chart.getPlugins().addAll(zoomer, new EditAxis(), new CrosshairIndicator());
        chart.getPlotArea().addEventFilter(MouseEvent.MOUSE_MOVED, this::readOut);
        logarithmicY.addListener((observable, before, after) -> show(plot));
    }

    public XYChart chart() {
        return chart;
    }

    /**
     * Lays the chart out and paints it now. On screen the chart paints in the scene's pulse;
     * an image taken off screen has no pulse, so it asks for the painting here.
     */
    void drawNow() {
        chart.applyCss();
        chart.drawNow();
    }

    /** ChartFX paints in hooks around the pulse's layout; this runs them on demand. */
    private static final class DrawableNowChart extends XYChart {

        DrawableNowChart(DefaultNumericAxis xAxis, DefaultNumericAxis yAxis) {
            super(xAxis, yAxis);
        }

        void drawNow() {
            runPreLayout();
            layout();
            runPostLayout();
        }
    }

    /** The data under the mouse, e.g. {@code V = 0.5012 V, current = 1.2e-3 A}. */
    public Label readout() {
        return readout;
    }

    /** Whether y is drawn as log10 |y|; points at exactly zero are left out then. */
    public BooleanProperty logarithmicY() {
        return logarithmicY;
    }

    /** Replaces what the chart shows. */
    public void show(Plot shown) {
        this.plot = shown;
        boolean logarithmic = logarithmicY.get();
        xAxis.setName(shown.xLabel());
        yAxis.setName(logarithmic ? "|" + shown.yLabel() + "|" : shown.yLabel());
        yAxis.setLogAxis(logarithmic);
        List<DataSet> sets = new ArrayList<>();
        for (Plot.Line line : shown.lines()) {
            sets.add(
                    logarithmic
                            ? magnitudes(line)
                            : new DoubleDataSet(line.name(), line.x(), line.y(), line.size(), false));
        }
        chart.getDatasets().setAll(sets);
    }

    private static DataSet magnitudes(Plot.Line line) {
        double[] x = new double[line.size()];
        double[] y = new double[line.size()];
        int kept = 0;
        for (int i = 0; i < line.size(); i++) {
            double magnitude = Math.abs(line.y()[i]);
            if (magnitude > 0) {
                x[kept] = line.x()[i];
                y[kept] = magnitude;
                kept++;
            }
        }
        return new DoubleDataSet(line.name(), x, y, kept, false);
    }

    private void readOut(MouseEvent event) {
        Point2D inCanvas = chart.getCanvas().sceneToLocal(event.getSceneX(), event.getSceneY());
        if (inCanvas == null || plot.lines().isEmpty()) {
            return;
        }
        double x = xAxis.getValueForDisplay(inCanvas.getX());
        double y = yAxis.getValueForDisplay(inCanvas.getY());
        readout.setText(readOut(plot.xLabel(), x, plot.yLabel(), y));
    }

    /** The read-out's words for a point, four significant digits each. */
    static String readOut(String xLabel, double x, String yLabel, double y) {
        return String.format(Locale.ROOT, "%s = %.4g, %s = %.4g", xLabel, x, yLabel, y);
    }
}
