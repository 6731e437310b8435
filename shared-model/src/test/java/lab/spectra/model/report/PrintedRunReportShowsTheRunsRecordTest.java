package lab.spectra.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lab.spectra.model.eln.SignatureMeaning;
import org.junit.jupiter.api.Test;

class PrintedRunReportShowsTheRunsRecordTest {

    private final RunReportPdf printer = new RunReportPdf();

    @Test
    void theContextNamesSampleDeviceRecipeVersionInstrumentCertificateOperatorAndTimes() {
        String text = PrintedPdfs.text(printer.bytes(PrintedRuns.withChart()));

        assertThat(text)
                .contains("Lumen Spectroscopy — Run report", "Run of IV sweep, Si diode v4")
                .contains("Run " + PrintedRuns.RUN + ", finished")
                .contains("Diode wafer D-7 (S-0042)", "die 3,4", "IV sweep, Si diode, version 4")
                .contains("Keithley 2450 SMU, serial 04512345")
                .contains("Certificate CAL-2026-117, issued 2026-03-01 10:00:00 UTC+01:00 (Europe/Berlin)")
                .contains("valid until 2027-03-01 10:00:00 UTC+01:00 (Europe/Berlin)", "Metrology Services Ltd")
                .contains("Tara Tech", "2026-11-29 09:15:00 UTC+01:00 (Europe/Berlin)", "2026-11-29 09:21:30");
    }

    @Test
    void theResultsTableGivesEachValueWithItsUnitAndMethodOrManual() {
        String text = PrintedPdfs.text(printer.bytes(PrintedRuns.withChart()));

        assertThat(text)
                .contains("Quantity Value Unit Method")
                .contains("resistance 1002.35 Ω iv-slope-resistance v1")
                .contains("threshold voltage 0.42 V manual");
    }

    @Test
    void eachRawFileIsListedWithItsSizeAndSha256() {
        PrintableRun run = PrintedRuns.withChart();

        String text = PrintedPdfs.text(printer.bytes(run));

        PrintableRun.PrintableFile file = run.files().get(0);
        assertThat(text)
                .contains("File SHA-256 " + file.fileName())
                .contains(RunReportPdf.size(file.sizeBytes()))
                .contains(file.contentSha256());
    }

    @Test
    void aRunWithoutSignaturesSaysNotSigned() {
        String text = PrintedPdfs.text(printer.bytes(PrintedRuns.withChart()));

        assertThat(text).contains("Signatures Not signed.");
    }

    @Test
    void eachSignatureOnTheRunIsPrintedWithNameMeaningAndTime() {
        PrintableSignature review = new PrintableSignature(
                "Erin Engineer",
                SignatureMeaning.REVIEWED,
                java.time.Instant.parse("2026-11-29T14:00:00Z"),
                PrintedPdfs.CONTENT_SHA256,
                null,
                null,
                null,
                null);

        String text = PrintedPdfs.text(
                printer.bytes(PrintedRuns.run(new PrintableChart.NotShown("No chart."), List.of(review))));

        assertThat(text)
                .contains("Erin Engineer — Reviewed — signed 2026-11-29 15:00:00 UTC+01:00 (Europe/Berlin)")
                .contains("Signed content SHA-256 " + PrintedPdfs.CONTENT_SHA256)
                .doesNotContain("Not signed.");
    }

    @Test
    void theVerificationBlockCarriesTheRecordHashAndEveryPageNamesTheRun() {
        PrintableRun run = PrintedRuns.withChart();
        byte[] pdf = printer.bytes(run);

        String text = PrintedPdfs.text(pdf);

        assertThat(text).contains(PrintedRecordHash.RUN_FORMAT, PrintedRecordHash.sha256(run));
        int pages = PrintedPdfs.pages(pdf);
        for (int page = 1; page <= pages; page++) {
            assertThat(text).contains("Page " + page + " of " + pages + ", run " + PrintedRuns.RUN);
        }
    }

    @Test
    void everyCharacterIncludingTheChartsLabelsIsInAnEmbeddedLiberationFont() {
        byte[] pdf = printer.bytes(PrintedRuns.withChart());

        assertThat(PrintedPdfs.fontsOfTheText(pdf))
                .containsExactlyInAnyOrder(
                        "LiberationMono embedded",
                        "LiberationSans embedded",
                        "LiberationSans-Bold embedded",
                        "LiberationSans-Italic embedded")
                .allMatch(font -> font.endsWith(" embedded"));
    }
}
