package lab.spectra.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PrintedRunReportDrawsTheChartAsVectorsTest {

    private final RunReportPdf printer = new RunReportPdf();

    @Test
    void anIvSweepIsDrawnWithItsAxisNamesDecadeTicksAndACaptionNamingFileAndParser() {
        String text = PrintedPdfs.text(printer.bytes(PrintedRuns.withChart()));

        // The y axis' name is set upright along the axis, so the text comes out letter by letter.
        assertThat(text.replace(" ", "")).contains("|current|(A),logarithmic");
        assertThat(text)
                .contains("voltage (V)", "1e-4", "1e-2")
                .contains("Figure: " + PrintedRuns.SWEEP_FILE + " ("
                        + PrintedRuns.diodeSweep().parser());
    }

    @Test
    void onALinearAxisTheTicksAreRoundNumbers() {
        PrintableRun run = PrintedRuns.run(
                new PrintableChart.Curves(PrintedRuns.SWEEP_FILE, PrintedRuns.diodeSweep(), false),
                java.util.List.of());

        String text = PrintedPdfs.text(printer.bytes(run));

        assertThat(text.replace(" ", "")).contains("current(A)").doesNotContain("logarithmic");
        assertThat(text).contains("-0.005 0 0.005 0.010");
    }

    @Test
    void aRunWithoutAChartSaysWhyInsteadOfFailing() {
        PrintableRun run = PrintedRuns.run(
                new PrintableChart.NotShown("The raw files are not on this PC: the chart is not available offline."),
                java.util.List.of());

        String text = PrintedPdfs.text(printer.bytes(run));

        assertThat(text).contains("Chart The raw files are not on this PC: the chart is not available offline.");
    }

    @Test
    void aHundredThousandPointSeriesIsReducedToAFewThousandKeepingItsExtremes() {
        double[] y = IntStream.range(0, 100_000)
                .mapToDouble(i -> Math.sin(i / 500.0))
                .toArray();
        y[54_321] = 7.5;
        y[77_777] = -9.25;

        int[] kept = VectorChart.decimated(y, VectorChart.BUCKETS);

        assertThat(kept.length).isLessThanOrEqualTo(4 * VectorChart.BUCKETS).isGreaterThan(VectorChart.BUCKETS);
        assertThat(kept).contains(0, 99_999, 54_321, 77_777).isSorted();
        assertThat(Arrays.stream(kept).distinct().count()).isEqualTo(kept.length);
    }

    @Test
    void aShortSeriesIsDrawnPointForPoint() {
        assertThat(VectorChart.decimated(new double[] {1, 2, 3}, VectorChart.BUCKETS))
                .containsExactly(0, 1, 2);
    }

    @Test
    void tickStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(VectorChart.niceStep(0.37)).isEqualTo(0.5);
        assertThat(VectorChart.niceStep(1.4e-6)).isCloseTo(2e-6, org.assertj.core.data.Offset.offset(1e-18));
        assertThat(VectorChart.tickLabel(0.25, 0.05)).isEqualTo("0.25");
        assertThat(VectorChart.tickLabel(4e-6, 2e-6)).isEqualTo("4e-6");
        assertThat(VectorChart.tickLabel(400, 100)).isEqualTo("400");
    }

    @Test
    void anSemImagePrintsWithAScaleBarInMicrometres() {
        byte[] png = PrintedRunReportDrawsTheChartAsVectorsTest.png();
        PrintableRun run = PrintedRuns.run(new PrintableChart.Picture("zno.png", png, 10e-6), java.util.List.of());

        String text = PrintedPdfs.text(printer.bytes(run));

        assertThat(text).contains("2 µm", "Figure: zno.png");
    }

    @Test
    void theDemoFeiTiffPrintsAsAnImageToo() {
        byte[] tiff = PrintedRuns.resource("sem-zno-particles-fei.tif");
        PrintableChart chart = RunReportParts.chart(
                java.util.List.of(new PrintableRun.PrintableFile(
                        "zno.tif", tiff.length, lab.spectra.model.rundata.ContentHash.sha256(tiff))),
                hash -> java.util.Optional.of(tiff),
                false,
                "not here");

        String text = PrintedPdfs.text(printer.bytes(PrintedRuns.run(chart, java.util.List.of())));

        assertThat(text)
                .contains("Figure: zno.tif")
                .doesNotContain("not printable here")
                .containsPattern("\\d+ (nm|µm)");
    }

    static byte[] png() {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
