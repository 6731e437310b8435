package lab.spectra.desktop.spc;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.AxisLabelOverlapPolicy;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.ChartPlugin;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import lab.spectra.desktop.ui.Times;
import lab.spectra.model.spc.ChartMarker;
import lab.spectra.model.spc.ChartZones;

/**
 * A series' control chart in ChartFX: the plotted values against the run time, violating values
 * in red with the rule's number beside them, the centre line, control limits and the lighter
 * 1 and 2 sigma zone lines, the specification limits dashed and labelled USL / LSL, and a
 * vertical marker for each thing that happened to the instrument or the recipe. Hovering a value
 * tells its run; clicking it opens the run. Drag to zoom in, right-click to zoom back.
 */
public final class SpcChart {

    /** How close (in pixels) the mouse must be to a value to describe or open it. */
    private static final double PICK_DISTANCE = 8;

    private final DefaultNumericAxis xAxis = new DefaultNumericAxis("run time");
    private final DefaultNumericAxis yAxis = new DefaultNumericAxis("value");
    private final DrawableNowChart chart = new DrawableNowChart(xAxis, yAxis);
    private final ErrorDataSetRenderer valuesRenderer = new ErrorDataSetRenderer();
    private final ErrorDataSetRenderer violationsRenderer = new ErrorDataSetRenderer();
    private final Overlay overlay = new Overlay();
    private final Zoomer zoomer = new Zoomer();
    private final Tooltip tooltip = new Tooltip();
    private Consumer<ChartPoint> onPointClicked = point -> {};
    private SpcChartData shown;

    public SpcChart() {
        chart.setId("spc-chart");
        chart.getStyleClass().add("spc-chart");
        chart.getStylesheets().add(SpcChart.class.getResource("spc-chart.css").toExternalForm());
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        xAxis.setTimeAxis(true);
        // Dates are long labels: skip every other one rather than print them over each other.
        xAxis.setOverlapPolicy(AxisLabelOverlapPolicy.SKIP_ALT);
        xAxis.setMaxMajorTickLabelCount(10);
        xAxis.setUnit(null);
        yAxis.setUnit(null);
        xAxis.setAutoRanging(false);
        yAxis.setAutoRanging(false);
        valuesRenderer.setPolyLineStyle(LineStyle.NORMAL);
        valuesRenderer.setDrawMarker(true);
        valuesRenderer.setErrorStyle(ErrorStyle.NONE);
        violationsRenderer.setPolyLineStyle(LineStyle.NONE);
        violationsRenderer.setDrawMarker(true);
        violationsRenderer.setErrorStyle(ErrorStyle.NONE);
        chart.getRenderers().setAll(valuesRenderer, violationsRenderer);
        chart.getPlugins().addAll(zoomer, overlay);
        chart.getPlotArea().addEventFilter(MouseEvent.MOUSE_MOVED, this::describePointUnderMouse);
        chart.getPlotArea().addEventFilter(MouseEvent.MOUSE_EXITED, event -> tooltip.hide());
        chart.getPlotArea().addEventHandler(MouseEvent.MOUSE_CLICKED, this::openPointUnderMouse);
    }

    public XYChart chart() {
        return chart;
    }

    /** Called with the value a person clicks. */
    public void onPointClicked(Consumer<ChartPoint> action) {
        this.onPointClicked = action;
    }

    /** What the chart shows now, if anything. */
    public Optional<SpcChartData> shown() {
        return Optional.ofNullable(shown);
    }

    /** Replaces what the chart shows, and undoes any zooming by mouse. */
    public void show(SpcChartData data) {
        this.shown = data;
        yAxis.setName(data.series().parameter());
        yAxis.setUnit(data.unit().isEmpty() ? null : data.unit());
        List<ChartPoint> points = data.points();
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            x[i] = seconds(points.get(i).at());
            y[i] = points.get(i).value();
        }
        DoubleDataSet values = new DoubleDataSet(data.series().name(), x, y, points.size(), false);
        values.addStyleClasses("spc-values");
        List<ChartPoint> violating = data.violating();
        double[] vx = new double[violating.size()];
        double[] vy = new double[violating.size()];
        for (int i = 0; i < violating.size(); i++) {
            vx[i] = seconds(violating.get(i).at());
            vy[i] = violating.get(i).value();
        }
        DoubleDataSet violations = new DoubleDataSet("violations", vx, vy, violating.size(), false);
        violations.addStyleClasses("spc-violations");
        valuesRenderer.getDatasets().setAll(values);
        violationsRenderer.getDatasets().setAll(violations);
        zoomer.zoomStackDeque().clear();
        setRanges(data);
        overlay.show(data);
        chart.requestLayout();
    }

    /** Back to the whole of what is shown, after zooming with the mouse. */
    public void resetZoom() {
        if (shown != null) {
            show(shown);
        }
    }

    /** The chart as an image of its current size, drawn now (for Export PNG). Call on the FX thread. */
    public WritableImage snapshot() {
        chart.applyCss();
        chart.layout();
        chart.drawNow();
        return chart.snapshot(null, null);
    }

    /** Lays out and paints at once; an off-screen scene has no pulse to do it. */
    void drawNow() {
        chart.applyCss();
        chart.drawNow();
    }

    /** The rule marks drawn beside violating values, for tests and the screenshot's check. */
    public List<String> ruleMarks() {
        return overlay.ruleMarks.stream().map(Text::getText).toList();
    }

    /** The labels of the horizontal lines drawn (CL, UCL, LCL, ±1σ, ±2σ, USL, LSL). */
    public List<String> lineLabels() {
        return overlay.horizontals.stream().map(line -> line.label().getText()).toList();
    }

    /** The labels of the markers drawn on the time axis. */
    public List<String> markerLabels() {
        return overlay.verticals.stream().map(marker -> marker.marker().label()).toList();
    }

    private void setRanges(SpcChartData data) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (ChartPoint point : data.points()) {
            minX = Math.min(minX, seconds(point.at()));
            maxX = Math.max(maxX, seconds(point.at()));
            minY = Math.min(minY, point.value());
            maxY = Math.max(maxY, point.value());
        }
        List<Double> levels = new ArrayList<>();
        data.zones().ifPresent(zones -> {
            levels.add(zones.lowerControlLimit());
            levels.add(zones.upperControlLimit());
        });
        if (data.lowerSpecLimit() != null) {
            levels.add(data.lowerSpecLimit());
        }
        if (data.upperSpecLimit() != null) {
            levels.add(data.upperSpecLimit());
        }
        for (double level : levels) {
            minY = Math.min(minY, level);
            maxY = Math.max(maxY, level);
        }
        if (!Double.isFinite(minX)) {
            double now = seconds(Instant.now());
            minX = now - 86_400;
            maxX = now;
        }
        if (!Double.isFinite(minY)) {
            minY = 0;
            maxY = 1;
        }
        double spanX = Math.max(maxX - minX, 3_600);
        double spanY = maxY - minY > 0 ? maxY - minY : Math.max(Math.abs(maxY), 1);
        xAxis.set(minX - 0.03 * spanX, maxX + 0.06 * spanX);
        yAxis.set(minY - 0.08 * spanY, maxY + 0.08 * spanY);
    }

    private void describePointUnderMouse(MouseEvent event) {
        Optional<ChartPoint> point = pointAt(event.getSceneX(), event.getSceneY());
        if (point.isEmpty() || shown == null) {
            tooltip.hide();
            return;
        }
        tooltip.setText(
                PointDescription.of(point.get(), shown.unit(), shown.series().ruleNumbering()));
        if (!tooltip.isShowing() && chart.getScene() != null) {
            tooltip.show(chart, event.getScreenX() + 12, event.getScreenY() + 12);
        } else {
            tooltip.setAnchorX(event.getScreenX() + 12);
            tooltip.setAnchorY(event.getScreenY() + 12);
        }
    }

    private void openPointUnderMouse(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || event.getClickCount() != 1) {
            return;
        }
        pointAt(event.getSceneX(), event.getSceneY()).ifPresent(onPointClicked);
    }

    /** The plotted value nearest the scene position, if one lies within a few pixels. */
    public Optional<ChartPoint> pointAt(double sceneX, double sceneY) {
        if (shown == null) {
            return Optional.empty();
        }
        Point2D inCanvas = chart.getCanvas().sceneToLocal(sceneX, sceneY);
        if (inCanvas == null) {
            return Optional.empty();
        }
        ChartPoint nearest = null;
        double best = PICK_DISTANCE;
        for (ChartPoint point : shown.points()) {
            double dx = xAxis.getDisplayPosition(seconds(point.at())) - inCanvas.getX();
            double dy = yAxis.getDisplayPosition(point.value()) - inCanvas.getY();
            double distance = Math.hypot(dx, dy);
            if (distance <= best) {
                best = distance;
                nearest = point;
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** Where a plotted value is drawn, in scene coordinates (for tests that click it). */
    public Point2D scenePositionOf(ChartPoint point) {
        return chart.getCanvas()
                .localToScene(xAxis.getDisplayPosition(seconds(point.at())), yAxis.getDisplayPosition(point.value()));
    }

    static double seconds(Instant at) {
        return at.toEpochMilli() / 1000.0;
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

    private record Horizontal(double value, Line line, Text label) {}

    private record Vertical(ChartMarker marker, Line line, Text label) {}

    private record RuleMark(ChartPoint point, Text text) {}

    /**
     * The lines, markers and rule numbers over the plot, as JavaFX nodes placed after each layout
     * from the axes' scales (ChartFX's value indicators are draggable and unstyled per kind).
     */
    private final class Overlay extends ChartPlugin {

        private final List<Horizontal> horizontals = new ArrayList<>();
        private final List<Vertical> verticals = new ArrayList<>();
        private final List<Text> ruleMarks = new ArrayList<>();
        private final List<RuleMark> marks = new ArrayList<>();

        void show(SpcChartData data) {
            horizontals.clear();
            verticals.clear();
            ruleMarks.clear();
            marks.clear();
            Optional<ChartZones> zones = data.zones();
            zones.ifPresent(frozen -> {
                double sigma = frozen.sigma();
                double centre = frozen.centre();
                for (int k : new int[] {-2, -1, 1, 2}) {
                    horizontal(centre + k * sigma, (k > 0 ? "+" : "−") + Math.abs(k) + "σ", "spc-zone");
                }
                horizontal(centre, "CL " + number(centre), "spc-centre");
                horizontal(frozen.upperControlLimit(), "UCL " + number(frozen.upperControlLimit()), "spc-control");
                horizontal(frozen.lowerControlLimit(), "LCL " + number(frozen.lowerControlLimit()), "spc-control");
            });
            if (data.upperSpecLimit() != null) {
                horizontal(data.upperSpecLimit(), "USL " + number(data.upperSpecLimit()), "spc-spec");
            }
            if (data.lowerSpecLimit() != null) {
                horizontal(data.lowerSpecLimit(), "LSL " + number(data.lowerSpecLimit()), "spc-spec");
            }
            for (ChartMarker marker : data.markers()) {
                Line line = new Line();
                line.getStyleClass()
                        .addAll("spc-marker", "spc-marker-" + marker.kind().replace('_', '-'));
                Text label = new Text(shortLabel(marker));
                label.getStyleClass()
                        .addAll(
                                "spc-marker-label",
                                "spc-marker-label-" + marker.kind().replace('_', '-'));
                Tooltip.install(line, new Tooltip(markerTooltip(marker)));
                Tooltip.install(label, new Tooltip(markerTooltip(marker)));
                verticals.add(new Vertical(marker, line, label));
            }
            for (ChartPoint point : data.violating()) {
                Text text = new Text(point.ruleMark(data.series().ruleNumbering()));
                text.getStyleClass().add("spc-rule-mark");
                ruleMarks.add(text);
                marks.add(new RuleMark(point, text));
            }
            List<Node> nodes = new ArrayList<>();
            horizontals.forEach(line -> nodes.addAll(List.of(line.line(), line.label())));
            verticals.forEach(marker -> nodes.addAll(List.of(marker.line(), marker.label())));
            nodes.addAll(ruleMarks);
            // Lines and labels must not catch the mouse meant for the values beneath them.
            horizontals.forEach(line -> {
                line.line().setMouseTransparent(true);
                line.label().setMouseTransparent(true);
            });
            ruleMarks.forEach(text -> text.setMouseTransparent(true));
            getChartChildren().setAll(nodes);
        }

        private void horizontal(double value, String text, String styleClass) {
            Line line = new Line();
            line.getStyleClass().addAll("spc-line", styleClass);
            Text label = new Text(text);
            label.getStyleClass().addAll("spc-line-label", styleClass + "-label");
            horizontals.add(new Horizontal(value, line, label));
        }

        @Override
        public void runPostLayout() {
            if (getChart() == null) {
                return;
            }
            Bounds plot = getChart().getCanvas().getBoundsInLocal();
            for (Horizontal horizontal : horizontals) {
                double y = plot.getMinY() + yAxis.getDisplayPosition(horizontal.value());
                boolean inside = y >= plot.getMinY() && y <= plot.getMaxY();
                horizontal.line().setVisible(inside);
                horizontal.label().setVisible(inside);
                horizontal.line().setStartX(plot.getMinX());
                horizontal.line().setEndX(plot.getMaxX());
                horizontal.line().setStartY(y);
                horizontal.line().setEndY(y);
                double width = horizontal.label().getLayoutBounds().getWidth();
                horizontal.label().setX(plot.getMaxX() - width - 4);
                horizontal.label().setY(y - 3);
            }
            int row = 0;
            for (Vertical vertical : verticals) {
                double x = plot.getMinX()
                        + xAxis.getDisplayPosition(seconds(vertical.marker().at()));
                boolean inside = x >= plot.getMinX() && x <= plot.getMaxX();
                vertical.line().setVisible(inside);
                vertical.label().setVisible(inside);
                vertical.line().setStartX(x);
                vertical.line().setEndX(x);
                vertical.line().setStartY(plot.getMinY());
                vertical.line().setEndY(plot.getMaxY());
                // Labels of markers close together are staggered so they do not overprint.
                vertical.label().setX(x + 3);
                vertical.label().setY(plot.getMinY() + 14 + 14 * (row++ % 3));
            }
            for (RuleMark mark : marks) {
                double x = plot.getMinX()
                        + xAxis.getDisplayPosition(seconds(mark.point().at()));
                double y =
                        plot.getMinY() + yAxis.getDisplayPosition(mark.point().value());
                // Above a value over the centre line, below one under it: away from the limit it nears.
                boolean above = mark.point().value() >= centreOf(shown);
                mark.text().setX(x - mark.text().getLayoutBounds().getWidth() / 2);
                mark.text().setY(above ? y - 8 : y + 18);
                mark.text().setVisible(x >= plot.getMinX() && x <= plot.getMaxX());
            }
        }
    }

    private static double centreOf(SpcChartData data) {
        return data == null ? 0 : data.zones().map(ChartZones::centre).orElse(0.0);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }

    private static String shortLabel(ChartMarker marker) {
        String label = marker.label();
        return label.length() > 40 ? label.substring(0, 39) + "…" : label;
    }

    private static String markerTooltip(ChartMarker marker) {
        return marker.label() + "\n" + Times.format(marker.at());
    }
}
