package lab.spectra.model.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything a printed run report shows, gathered by whoever prints it (the server from PostgreSQL
 * and its file store, the bench from its local copy and file cache) so that the printout itself
 * needs no database: the run's context, its chart, its results with how each was obtained, the
 * raw files by content hash, and the signatures on the run.
 *
 * @param timeZone  the zone every time on the page is shown in, named next to each time
 * @param printedBy the person who asked for the printout
 */
public record PrintableRun(
        String organizationName,
        UUID runId,
        Context context,
        PrintableChart chart,
        List<PrintableResult> results,
        List<PrintableFile> files,
        List<PrintableSignature> signatures,
        ZoneId timeZone,
        Instant printedAt,
        String printedBy) {

    public PrintableRun {
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(printedAt, "printedAt");
        Objects.requireNonNull(printedBy, "printedBy");
        results = results == null ? List.of() : List.copyOf(results);
        files = files == null ? List.of() : List.copyOf(files);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }

    /**
     * What was measured, on what, with what and by whom, by the names people know (a sample's name
     * and barcode, an instrument's name). A value the printing side does not know is null and
     * printed as a dash.
     *
     * @param recipeVersion the recipe's version the run followed
     * @param device        the device of the sample measured, or null when the whole sample was
     * @param calibration   the certificate in force when the run started, or null when none was
     */
    public record Context(
            String recipe,
            int recipeVersion,
            String status,
            String sample,
            String device,
            String instrument,
            PrintableCalibration calibration,
            String operator,
            Instant startedAt,
            Instant finishedAt) {

        public Context {
            Objects.requireNonNull(recipe, "recipe");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(sample, "sample");
            Objects.requireNonNull(instrument, "instrument");
            Objects.requireNonNull(operator, "operator");
        }
    }

    /** A calibration certificate as printed: its number, validity and who calibrated. */
    public record PrintableCalibration(
            String certificateNumber, Instant issuedAt, Instant expiresAt, String performedBy, Instant revokedAt) {

        public PrintableCalibration {
            Objects.requireNonNull(certificateNumber, "certificateNumber");
        }
    }

    /**
     * One result with how it was obtained.
     *
     * @param method the algorithm and its version ({@code iv-slope-resistance v1}) or {@code manual}
     */
    public record PrintableResult(String quantity, double value, String unit, String method, Instant recordedAt) {

        public PrintableResult {
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(method, "method");
        }
    }

    /** A raw file attached to the run, by content. */
    public record PrintableFile(String fileName, long sizeBytes, String contentSha256) {

        public PrintableFile {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentSha256, "contentSha256");
        }
    }
}
