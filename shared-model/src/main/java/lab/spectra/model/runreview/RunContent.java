package lab.spectra.model.runreview;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.run.Result;
import lab.spectra.model.run.Run;

/**
 * What a review of a run covers, and its SHA-256: the run's context, its results and the hashes of
 * the files attached to it. The reviewer's screen hashes the run as shown; the deciding side hashes
 * it again from its own rows, and the two must agree, so a result or file that arrived after the
 * reviewer opened the run refuses the review ("changed after you opened it").
 *
 * <p>The canonical form is UTF-8 text, one item per line ({@code \n}, also after the last), so any
 * program can rebuild it from the rows:
 *
 * <pre>
 * spectra-run-content-v1
 * run &lt;run id&gt;
 * recipe &lt;recipe id&gt; version &lt;recipe version&gt;
 * instrument &lt;instrument id&gt;
 * calibration &lt;calibration id, or "none"&gt;
 * sample &lt;sample id&gt;
 * device &lt;device id, or "none"&gt;
 * operator &lt;operator's user id&gt;
 * status &lt;planned | running | finished | aborted | blocked&gt;
 * started-at &lt;ISO-8601 UTC instant cut to microseconds, or "none"&gt;
 * finished-at &lt;same&gt;
 * results &lt;count&gt;
 * (per result, sorted by id as lower-case text:)
 * result &lt;result id&gt;
 * quantity &lt;number of UTF-8 bytes&gt;
 * &lt;quantity&gt;
 * value &lt;the IEEE-754 binary64 bits of the value, 16 lower-case hex digits&gt;
 * unit &lt;number of UTF-8 bytes&gt;
 * &lt;unit&gt;
 * raw-data &lt;number of UTF-8 bytes, or "none"&gt;
 * &lt;raw data reference, when there is one&gt;
 * recorded-by &lt;user id, or "none"&gt;
 * recorded-at &lt;instant&gt;
 * files &lt;count&gt;
 * (per attached file not deleted, sorted by id as lower-case text:)
 * file &lt;attachment id&gt; &lt;SHA-256 of the content&gt; &lt;size in bytes&gt;
 * name &lt;number of UTF-8 bytes&gt;
 * &lt;file name&gt;
 * </pre>
 *
 * Values are written as their bits so no decimal formatting (which differs between runtimes) can
 * change a hash; free text has its length in front so field boundaries stay fixed. Names of the
 * sample, recipe or instrument are not covered (they are looked up by id and may be corrected
 * later without changing the run), nor are the results' JSON payloads (their form differs between
 * databases; the raw file's hash binds the data they were derived from), nor bookkeeping.
 */
public final class RunContent {

    /** First line of the canonical form; a new form gets a new line and old hashes stay verifiable. */
    static final String FORMAT = "spectra-run-content-v1";

    private RunContent() {}

    /** The hash of the run as {@code state} holds it now, results and attached files included. */
    public static String sha256(Run run, DomainState state) {
        return sha256(run, state.resultsOf(run.id()), state.attachmentsOf(RunReview.RUNS, run.id()));
    }

    /** Lower-case hex SHA-256 of the run's canonical form. */
    public static String sha256(Run run, List<Result> results, List<Attachment> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonicalForm(run, results, files)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    static byte[] canonicalForm(Run run, List<Result> results, List<Attachment> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        line(out, FORMAT);
        line(out, "run " + run.id());
        line(out, "recipe " + run.recipeId() + " version " + run.recipeVersion());
        line(out, "instrument " + run.instrumentId());
        line(out, "calibration " + orNone(run.calibrationId()));
        line(out, "sample " + run.sampleId());
        line(out, "device " + orNone(run.deviceId()));
        line(out, "operator " + run.operatorId());
        line(out, "status " + run.status().name().toLowerCase(Locale.ROOT));
        line(out, "started-at " + instant(run.startedAt()));
        line(out, "finished-at " + instant(run.finishedAt()));
        List<Result> sortedResults = results.stream()
                .filter(result -> result.runId().equals(run.id()))
                .sorted(Comparator.comparing(result -> result.id().toString()))
                .toList();
        line(out, "results " + sortedResults.size());
        for (Result result : sortedResults) {
            line(out, "result " + result.id());
            text(out, "quantity", result.quantity());
            line(out, "value " + String.format(Locale.ROOT, "%016x", Double.doubleToLongBits(result.value())));
            text(out, "unit", result.unit());
            if (result.rawDataRef() == null) {
                line(out, "raw-data none");
            } else {
                text(out, "raw-data", result.rawDataRef());
            }
            line(out, "recorded-by " + orNone(result.recordedBy()));
            line(out, "recorded-at " + instant(result.recordedAt()));
        }
        List<Attachment> sortedFiles = files.stream()
                .filter(file -> file.deletedAt() == null)
                .sorted(Comparator.comparing(file -> file.id().toString()))
                .toList();
        line(out, "files " + sortedFiles.size());
        for (Attachment file : sortedFiles) {
            line(
                    out,
                    "file " + file.id() + " " + file.contentSha256().toLowerCase(Locale.ROOT) + " " + file.sizeBytes());
            text(out, "name", file.fileName());
        }
        return out.toByteArray();
    }

    private static String orNone(UUID id) {
        return id == null ? "none" : id.toString();
    }

    private static String instant(Instant at) {
        return at == null ? "none" : DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MICROS));
    }

    private static void text(ByteArrayOutputStream out, String label, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        line(out, label + " " + bytes.length);
        out.writeBytes(bytes);
        out.write('\n');
    }

    private static void line(ByteArrayOutputStream out, String line) {
        out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }
}
