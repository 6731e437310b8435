package lab.spectra.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lab.spectra.model.rundata.ContentHash;
import org.junit.jupiter.api.Test;

class RunReportPicksItsChartFromTheRunsFilesTest {

    private static final String NOT_HERE = "The raw files are not on this PC: the chart is not available offline.";

    private static PrintableRun.PrintableFile file(String name, byte[] content) {
        return new PrintableRun.PrintableFile(name, content.length, ContentHash.sha256(content));
    }

    @Test
    void theFirstFileThatReadsAsCurvesIsCharted() {
        byte[] notes = "operator notes, not data".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] sweep = PrintedRuns.resource(PrintedRuns.SWEEP_FILE);
        List<PrintableRun.PrintableFile> files = List.of(file("notes.txt", notes), file(PrintedRuns.SWEEP_FILE, sweep));
        Map<String, byte[]> held =
                Map.of(files.get(0).contentSha256(), notes, files.get(1).contentSha256(), sweep);

        PrintableChart chart = RunReportParts.chart(files, hash -> Optional.ofNullable(held.get(hash)), true, NOT_HERE);

        assertThat(chart).isInstanceOfSatisfying(PrintableChart.Curves.class, curves -> {
            assertThat(curves.fileName()).isEqualTo(PrintedRuns.SWEEP_FILE);
            assertThat(curves.logarithmicY()).isTrue();
        });
    }

    @Test
    void onlyAnIvSweepIsDrawnOnALogarithmicAxis() {
        byte[] xrd = PrintedRuns.resource("xrd-si-powder.xy");
        List<PrintableRun.PrintableFile> files = List.of(file("xrd-si-powder.xy", xrd));

        PrintableChart chart = RunReportParts.chart(files, hash -> Optional.of(xrd), true, NOT_HERE);

        assertThat(chart)
                .isInstanceOfSatisfying(PrintableChart.Curves.class, curves -> assertThat(curves.logarithmicY())
                        .isFalse());
    }

    @Test
    void anSemImageIsChartedAsAPictureWithItsFieldWidth() {
        byte[] tiff = PrintedRuns.resource("sem-zno-particles-fei.tif");

        PrintableChart chart = RunReportParts.chart(
                List.of(file("sem-zno-particles-fei.tif", tiff)), hash -> Optional.of(tiff), false, NOT_HERE);

        assertThat(chart)
                .isInstanceOfSatisfying(PrintableChart.Picture.class, picture -> assertThat(picture.fieldWidthMetres())
                        .isPositive());
    }

    @Test
    void whenTheBytesAreNotHereTheReportSaysSoInsteadOfFailing() {
        byte[] sweep = PrintedRuns.resource(PrintedRuns.SWEEP_FILE);

        PrintableChart chart = RunReportParts.chart(
                List.of(file(PrintedRuns.SWEEP_FILE, sweep)), hash -> Optional.empty(), true, NOT_HERE);

        assertThat(chart).isEqualTo(new PrintableChart.NotShown(NOT_HERE));
    }

    @Test
    void aRunWithoutFilesHasNoChartAndSaysWhy() {
        PrintableChart chart = RunReportParts.chart(List.of(), hash -> Optional.empty(), true, NOT_HERE);

        assertThat(chart)
                .isEqualTo(new PrintableChart.NotShown("No raw file is attached to this run, so there is no chart."));
    }
}
