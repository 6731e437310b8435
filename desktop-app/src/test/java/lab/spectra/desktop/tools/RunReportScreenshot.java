package lab.spectra.desktop.tools;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.report.PrintableChart;
import lab.spectra.model.report.PrintableRun;
import lab.spectra.model.report.PrintableSignature;
import lab.spectra.model.report.RunReportPdf;
import lab.spectra.model.rundata.Axis;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.Series;
import lab.spectra.model.rundata.Trace;
import lab.spectra.model.rundata.importers.KeithleySweepCsvImporter;
import lab.spectra.model.rundata.importers.KeithleySweepCsvWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The README's picture of a run report's first page: a diode's IV sweep written as a Keithley 2450
 * export, read back by the importer, printed by the report's renderer with |current| on a
 * logarithmic axis, and the page rendered by PDFBox about 1,100 pixels wide. Only this image is
 * written, so the other screenshots stay as they are:
 * {@code mvn -q -pl desktop-app exec:java -Dexec.classpathScope=test -Dexec.mainClass=lab.spectra.desktop.tools.RunReportScreenshot -Dexec.args=$PWD/docs/screenshots}.
 */
public final class RunReportScreenshot {

    static final String FILE_NAME = "15-run-report.png";
    private static final float WIDTH_PIXELS = 1100f;
    private static final float A4_WIDTH_POINTS = 595f;

    private RunReportScreenshot() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots").toAbsolutePath();
        Files.createDirectories(out);
        byte[] pdf = new RunReportPdf().bytes(diodeRun());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72f * WIDTH_PIXELS / A4_WIDTH_POINTS);
            Path file = out.resolve(FILE_NAME);
            ImageIO.write(page, "png", file.toFile());
            System.out.println("Saved " + file.getFileName() + " (" + page.getWidth() + " x " + page.getHeight() + ")");
        }
    }

    /** A finished run of a diode, measured, derived, and reviewed by an engineer. */
    static PrintableRun diodeRun() {
        int points = 241;
        double[] volts = new double[points];
        double[] amps = new double[points];
        for (int i = 0; i < points; i++) {
            volts[i] = Math.round((-1 + 2.0 * i / (points - 1)) * 1e4) / 1e4;
            // Shockley: saturation current 1 pA, ideality 1.8, thermal voltage 25.85 mV, plus 1 GΩ of leakage.
            amps[i] = 1e-12 * Math.expm1(volts[i] / (1.8 * 0.02585)) + volts[i] / 1e9;
        }
        Series sweep =
                Series.of("sweep", Trace.of(new Axis("voltage", "V"), volts), Trace.of(new Axis("current", "A"), amps));
        byte[] export = KeithleySweepCsvWriter.write(sweep, Map.of("Instrument", "Keithley 2450"));
        String fileName = "iv-diode-d7-die34.csv";
        ImportedData.Curves curves = (ImportedData.Curves)
                new KeithleySweepCsvImporter().parse(export).orElseThrow();
        ZoneId zone = ZoneId.of("Europe/Berlin");
        return new PrintableRun(
                "Demo Lab",
                UUID.fromString("01a22b8b-f116-705d-bf87-cbb40b792991"),
                new PrintableRun.Context(
                        "IV sweep, Si diode",
                        3,
                        "finished",
                        "Diode wafer D-7 (DEMO-0007)",
                        "die 3,4",
                        "SMU-01, serial SN-SMU01",
                        new PrintableRun.PrintableCalibration(
                                "CAL-SMU-01-2026",
                                Instant.parse("2026-03-02T08:00:00Z"),
                                Instant.parse("2027-03-02T08:00:00Z"),
                                "Metrology Services GmbH",
                                null),
                        "Tess Technician",
                        Instant.parse("2026-11-27T09:12:00Z"),
                        Instant.parse("2026-11-27T09:19:40Z")),
                new PrintableChart.Curves(fileName, curves, true),
                List.of(
                        new PrintableRun.PrintableResult(
                                "forward current at 0.6 V",
                                3.92e-7,
                                "A",
                                "manual",
                                Instant.parse("2026-11-27T09:21:00Z")),
                        new PrintableRun.PrintableResult(
                                "resistance",
                                1.00021e9,
                                "Ω",
                                "iv-slope-resistance v1",
                                Instant.parse("2026-11-27T09:20:00Z"))),
                List.of(new PrintableRun.PrintableFile(fileName, export.length, curves.sourceSha256())),
                List.of(new PrintableSignature(
                        "Eli Engineer",
                        SignatureMeaning.REVIEWED,
                        Instant.parse("2026-11-28T14:03:00Z"),
                        curves.sourceSha256(),
                        null,
                        null,
                        null,
                        Instant.parse("2026-11-28T14:05:12Z"))),
                zone,
                Instant.parse("2026-11-30T09:00:00Z"),
                "Pia Investigator");
    }
}
