package lab.spectra.desktop.runs.data;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;

/**
 * Draws curves into an image, off screen, with the same chart the data tab shows: for the run
 * report, the installed app's self-test and the render benchmark. Call on the JavaFX thread.
 */
public final class ChartSnapshot {

    private final RunChart runChart = new RunChart();
    private final Scene scene;

    public ChartSnapshot(double width, double height) {
        scene = new Scene(new StackPane(runChart.chart()), width, height);
    }

    /** Lays the chart out and renders it with {@code plot}; each call draws every point again. */
    public WritableImage render(Plot plot) {
        runChart.show(plot);
        // The axes take their width from the tick labels the previous pass drew, so the first pass
        // with new data (or a theme with another font) can leave the plot area too wide; on screen
        // the next pulse corrects it, off screen the second pass does.
        for (int pass = 0; pass < 2; pass++) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            runChart.drawNow();
        }
        return scene.snapshot(null);
    }

    /** The same chart with a logarithmic |y|. */
    public WritableImage renderLogarithmic(Plot plot) {
        runChart.logarithmicY().set(true);
        try {
            return render(plot);
        } finally {
            runChart.logarithmicY().set(false);
        }
    }

    /** Curves for a self-test or a benchmark: a diode's IV sweep of {@code points} points from -1 V to 1 V. */
    public static Plot diodeSweep(int points) {
        double[] volts = new double[points];
        double[] amps = new double[points];
        for (int i = 0; i < points; i++) {
            volts[i] = -1 + 2.0 * i / (points - 1);
            // Shockley: saturation current 1 pA, ideality 1.8, thermal voltage 25.85 mV, plus 1 GΩ of leakage.
            amps[i] = 1e-12 * Math.expm1(volts[i] / (1.8 * 0.02585)) + volts[i] / 1e9;
        }
        return new Plot(
                "voltage (V)", "current (A)", java.util.List.of(new Plot.Line("diode sweep", volts, amps)), true);
    }
}
