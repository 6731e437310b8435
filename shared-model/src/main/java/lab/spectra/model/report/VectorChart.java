package lab.spectra.model.report;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Trace;

/**
 * A run's curves drawn as PDF vector graphics, without JavaFX (the server has none): a frame with
 * grid lines and tick labels on "nice" values (1, 2 or 5 times a power of ten; whole decades on a
 * logarithmic axis), the axes' names with their units, a legend when there are several lines, and
 * each series as one polyline clipped to the plot. A long series is reduced per bucket of points to
 * its first, lowest, highest and last point (the "M4" reduction), which keeps every peak and the
 * line's envelope while a printer draws a few thousand segments instead of 100,000.
 */
final class VectorChart {

    /** Buckets per series; up to four points each survive. */
    static final int BUCKETS = 1200;

    private static final float LEFT = 58f;
    private static final float BOTTOM = 34f;
    private static final float TOP = 10f;
    private static final float RIGHT = 12f;
    private static final float LABEL_SIZE = 7.5f;
    private static final Color GRID = new Color(0xe3, 0xe6, 0xea);
    private static final Color FRAME = new Color(0x5b, 0x63, 0x6e);
    private static final Color[] PALETTE = {
        new Color(0x1f, 0x5f, 0xa8),
        new Color(0xc4, 0x4e, 0x16),
        new Color(0x2e, 0x8b, 0x57),
        new Color(0x8e, 0x3f, 0xa8),
        new Color(0xb8, 0x8a, 0x00),
        new Color(0x1b, 0x9a, 0xa8),
        new Color(0x6b, 0x6b, 0x6b),
        new Color(0xa8, 0x1f, 0x4f)
    };

    private VectorChart() {}

    /** The chart as an image of vector graphics, {@code width} by {@code height} points. */
    static Image draw(
            PdfContentByte canvas, PrintableChart.Curves chart, PrintFonts.Faces faces, float width, float height) {
        List<Line> lines = linesOf(chart);
        Range x = Range.of(lines, true);
        Range y = Range.of(lines, false);
        Scale xScale = Scale.linear(x);
        Scale yScale = chart.logarithmicY() ? Scale.decades(y) : Scale.linear(y);

        PdfTemplate template = canvas.createTemplate(width, height);
        float plotLeft = LEFT;
        float plotBottom = BOTTOM;
        float plotWidth = width - LEFT - RIGHT;
        float plotHeight = height - BOTTOM - TOP;
        Frame frame = new Frame(plotLeft, plotBottom, plotWidth, plotHeight, xScale, yScale);

        grid(template, frame, faces);
        curves(template, frame, lines);
        frame(template, frame);
        axisNames(template, frame, chart, faces);
        if (lines.size() > 1) {
            legend(template, frame, lines, faces);
        }
        Image image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_CENTER);
        return image;
    }

    /** One series' first y trace, already on the y axis' scale (log10 |y|, NaN where y is 0). */
    @SuppressWarnings("ArrayRecordComponent") // private to the drawing, never compared or hashed
    private record Line(String name, double[] x, double[] y) {}

    private static List<Line> linesOf(PrintableChart.Curves chart) {
        List<Line> lines = new ArrayList<>();
        List<Series> all = chart.curves().series();
        for (Series series : all) {
            Trace trace = series.y().get(0);
            double[] y = trace.toArray();
            if (chart.logarithmicY()) {
                for (int i = 0; i < y.length; i++) {
                    y[i] = y[i] == 0 ? Double.NaN : Math.log10(Math.abs(y[i]));
                }
            }
            String name = all.size() == 1 ? chart.fileName() : series.name();
            lines.add(new Line(name, series.x().toArray(), y));
        }
        return lines;
    }

    private record Range(double min, double max) {
        static final Range UNIT = new Range(0, 1);

        static Range of(List<Line> lines, boolean xAxis) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (Line line : lines) {
                for (double value : xAxis ? line.x() : line.y()) {
                    if (Double.isFinite(value)) {
                        min = Math.min(min, value);
                        max = Math.max(max, value);
                    }
                }
            }
            if (min > max) {
                return UNIT;
            }
            if (min == max) {
                double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
                return new Range(min - pad, max + pad);
            }
            return new Range(min, max);
        }
    }

    /** An axis: its extent (widened to whole ticks), its ticks, and how a tick is labelled. */
    private record Scale(double min, double max, List<Double> ticks, double step, boolean decades) {

        static Scale linear(Range range) {
            double step = niceStep((range.max() - range.min()) / 5);
            double min = Math.floor(range.min() / step) * step;
            double max = Math.ceil(range.max() / step) * step;
            return new Scale(min, max, ticks(min, max, step), step, false);
        }

        /** Whole decades, at most nine tick labels however many decades the current spans. */
        static Scale decades(Range range) {
            double min = Math.floor(range.min());
            double max = Math.max(Math.ceil(range.max()), min + 1);
            double step = Math.max(1, Math.ceil((max - min) / 8));
            return new Scale(min, max, ticks(min, max, step), step, true);
        }

        private static List<Double> ticks(double min, double max, double step) {
            List<Double> ticks = new ArrayList<>();
            long first = Math.round(min / step);
            long last = Math.round(max / step);
            for (long i = first; i <= last; i++) {
                ticks.add(i * step);
            }
            return ticks;
        }

        String label(double tick) {
            return decades ? "1e" + Math.round(tick) : tickLabel(tick, step);
        }
    }

    /** 1, 2 or 5 times a power of ten, the nearest at or above {@code rough}. */
    static double niceStep(double rough) {
        if (!(rough > 0) || !Double.isFinite(rough)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        // A little slack: 2e-6 / 1e-6 is 2.0000000000000004 in binary floating point.
        double nice = fraction <= 1 + 1e-9 ? 1 : fraction <= 2 + 1e-9 ? 2 : fraction <= 5 + 1e-9 ? 5 : 10;
        return nice * power;
    }

    /**
     * A tick's value as few digits as its step needs: {@code 0.25}, {@code 400}; in powers of ten
     * for tiny or huge values ({@code 2e-6} A of an IV sweep).
     */
    static String tickLabel(double value, double step) {
        if (Math.abs(value) < step * 1e-6) {
            return "0";
        }
        if (step >= 1e-3 && Math.abs(value) < 1e6) {
            int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
            return String.format(Locale.ROOT, "%." + decimals + "f", value);
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(value)) + 1e-9);
        BigDecimal mantissa = BigDecimal.valueOf(value / Math.pow(10, exponent))
                .round(new MathContext(3))
                .stripTrailingZeros();
        return mantissa.toPlainString() + "e" + exponent;
    }

    private record Frame(float left, float bottom, float width, float height, Scale x, Scale y) {
        float xAt(double value) {
            return (float) (left + (value - x.min()) / (x.max() - x.min()) * width);
        }

        float yAt(double value) {
            return (float) (bottom + (value - y.min()) / (y.max() - y.min()) * height);
        }
    }

    private static void grid(PdfTemplate template, Frame frame, PrintFonts.Faces faces) {
        template.setColorStroke(GRID);
        template.setLineWidth(0.4f);
        for (double tick : frame.x().ticks()) {
            template.moveTo(frame.xAt(tick), frame.bottom());
            template.lineTo(frame.xAt(tick), frame.bottom() + frame.height());
        }
        for (double tick : frame.y().ticks()) {
            template.moveTo(frame.left(), frame.yAt(tick));
            template.lineTo(frame.left() + frame.width(), frame.yAt(tick));
        }
        template.stroke();
        template.beginText();
        template.setFontAndSize(faces.sans(), LABEL_SIZE);
        template.setColorFill(FRAME);
        for (double tick : frame.x().ticks()) {
            template.showTextAligned(
                    Element.ALIGN_CENTER, frame.x().label(tick), frame.xAt(tick), frame.bottom() - 10f, 0);
        }
        for (double tick : frame.y().ticks()) {
            template.showTextAligned(
                    Element.ALIGN_RIGHT, frame.y().label(tick), frame.left() - 4f, frame.yAt(tick) - 2.5f, 0);
        }
        template.endText();
    }

    private static void curves(PdfTemplate template, Frame frame, List<Line> lines) {
        template.saveState();
        template.rectangle(frame.left(), frame.bottom(), frame.width(), frame.height());
        template.clip();
        template.newPath();
        template.setLineWidth(0.8f);
        template.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        for (int index = 0; index < lines.size(); index++) {
            Line line = lines.get(index);
            template.setColorStroke(PALETTE[index % PALETTE.length]);
            boolean drawing = false;
            for (int point : decimated(line.y(), BUCKETS)) {
                double value = line.y()[point];
                if (!Double.isFinite(value)) {
                    drawing = false;
                    continue;
                }
                float px = frame.xAt(line.x()[point]);
                float py = frame.yAt(value);
                if (drawing) {
                    template.lineTo(px, py);
                } else {
                    template.moveTo(px, py);
                    drawing = true;
                }
            }
            template.stroke();
        }
        template.restoreState();
    }

    /**
     * The indices of the points drawn, in order: all of a short series; of a long one, per bucket
     * of consecutive points the first, the lowest, the highest and the last (a point that is not a
     * number, a zero on a log axis, is kept too, so the line breaks there as it would unreduced).
     */
    static int[] decimated(double[] y, int buckets) {
        int n = y.length;
        if (n <= 4L * buckets) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] kept = new int[5 * buckets];
        int count = 0;
        for (int bucket = 0; bucket < buckets; bucket++) {
            int from = (int) ((long) bucket * n / buckets);
            int to = (int) ((long) (bucket + 1) * n / buckets);
            int lowest = -1;
            int highest = -1;
            int gap = -1;
            for (int i = from; i < to; i++) {
                if (!Double.isFinite(y[i])) {
                    gap = gap < 0 ? i : gap;
                    continue;
                }
                if (lowest < 0 || y[i] < y[lowest]) {
                    lowest = i;
                }
                if (highest < 0 || y[i] > y[highest]) {
                    highest = i;
                }
            }
            int[] candidates = {from, lowest, highest, gap, to - 1};
            Arrays.sort(candidates);
            int previous = -1;
            for (int candidate : candidates) {
                if (candidate >= 0 && candidate != previous) {
                    kept[count++] = candidate;
                    previous = candidate;
                }
            }
        }
        return Arrays.copyOf(kept, count);
    }

    private static void frame(PdfTemplate template, Frame frame) {
        template.setColorStroke(FRAME);
        template.setLineWidth(0.7f);
        template.rectangle(frame.left(), frame.bottom(), frame.width(), frame.height());
        template.stroke();
    }

    private static void axisNames(
            PdfTemplate template, Frame frame, PrintableChart.Curves chart, PrintFonts.Faces faces) {
        Series first = chart.curves().first();
        String xName = label(first.x());
        String yName = label(first.y().get(0));
        if (chart.logarithmicY()) {
            yName = "|" + first.y().get(0).axis().name() + "|"
                    + unitOf(first.y().get(0))
                    + ", logarithmic";
        }
        template.beginText();
        template.setFontAndSize(faces.sans(), 8.5f);
        template.setColorFill(Color.BLACK);
        template.showTextAligned(
                Element.ALIGN_CENTER, xName, frame.left() + frame.width() / 2, frame.bottom() - 25f, 0);
        template.showTextAligned(
                Element.ALIGN_CENTER, yName, frame.left() - 46f, frame.bottom() + frame.height() / 2, 90);
        template.endText();
    }

    private static void legend(PdfTemplate template, Frame frame, List<Line> lines, PrintFonts.Faces faces) {
        int shown = Math.min(lines.size(), PALETTE.length);
        float top = frame.bottom() + frame.height() - 10f;
        for (int index = 0; index < shown; index++) {
            float y = top - index * 10f;
            template.setColorStroke(PALETTE[index]);
            template.setLineWidth(1.5f);
            template.moveTo(frame.left() + 8f, y + 2.5f);
            template.lineTo(frame.left() + 22f, y + 2.5f);
            template.stroke();
        }
        template.beginText();
        template.setFontAndSize(faces.sans(), LABEL_SIZE);
        template.setColorFill(Color.BLACK);
        for (int index = 0; index < shown; index++) {
            String name = index == shown - 1 && lines.size() > shown
                    ? lines.get(index).name() + " (and " + (lines.size() - shown) + " more)"
                    : lines.get(index).name();
            template.showTextAligned(Element.ALIGN_LEFT, name, frame.left() + 26f, top - index * 10f, 0);
        }
        template.endText();
    }

    private static String label(Trace trace) {
        return trace.axis().name() + unitOf(trace);
    }

    private static String unitOf(Trace trace) {
        return trace.axis().unit().isEmpty() ? "" : " (" + trace.axis().unit() + ")";
    }
}
