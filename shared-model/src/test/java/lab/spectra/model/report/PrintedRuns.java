package lab.spectra.model.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.rundata.ImportedData;
import lab.spectra.model.rundata.importers.KeithleySweepCsvImporter;

/** Runs to print in the report's tests: a diode sweep measured on a calibrated source meter. */
final class PrintedRuns {

    static final UUID RUN = UUID.fromString("7c3e1a52-9d0b-4f6e-8a21-5b4c3d2e1f00");
    static final String SWEEP_FILE = "keithley-2450-diode-sweep.csv";

    private PrintedRuns() {}

    static byte[] resource(String name) {
        try (InputStream in = PrintedRuns.class.getResourceAsStream("/rundata/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportedData.Curves diodeSweep() {
        return (ImportedData.Curves)
                new KeithleySweepCsvImporter().parse(resource(SWEEP_FILE)).orElseThrow();
    }

    static PrintableRun.Context context() {
        return new PrintableRun.Context(
                "IV sweep, Si diode",
                4,
                "finished",
                "Diode wafer D-7 (S-0042)",
                "die 3,4",
                "Keithley 2450 SMU, serial 04512345",
                new PrintableRun.PrintableCalibration(
                        "CAL-2026-117",
                        Instant.parse("2026-03-01T09:00:00Z"),
                        Instant.parse("2027-03-01T09:00:00Z"),
                        "Metrology Services Ltd",
                        null),
                "Tara Tech",
                Instant.parse("2026-11-29T08:15:00Z"),
                Instant.parse("2026-11-29T08:21:30Z"));
    }

    static PrintableRun run(PrintableChart chart, List<PrintableSignature> signatures) {
        ImportedData.Curves sweep = diodeSweep();
        return new PrintableRun(
                "Lumen Spectroscopy",
                RUN,
                context(),
                chart,
                List.of(
                        new PrintableRun.PrintableResult(
                                "resistance",
                                1002.35,
                                "Ω",
                                "iv-slope-resistance v1",
                                Instant.parse("2026-11-29T08:22:00Z")),
                        new PrintableRun.PrintableResult(
                                "threshold voltage",
                                0.42,
                                "V",
                                RunReportParts.MANUAL,
                                Instant.parse("2026-11-29T08:25:00Z"))),
                List.of(new PrintableRun.PrintableFile(SWEEP_FILE, resource(SWEEP_FILE).length, sweep.sourceSha256())),
                signatures,
                PrintedPdfs.BERLIN,
                Instant.parse("2026-11-30T10:00:00Z"),
                "Paula Investigator");
    }

    static PrintableRun withChart() {
        return run(new PrintableChart.Curves(SWEEP_FILE, diodeSweep(), true), List.of());
    }
}
