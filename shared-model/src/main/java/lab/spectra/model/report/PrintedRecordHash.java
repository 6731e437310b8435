package lab.spectra.model.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of the record data a printout shows, printed in its verification block so that a
 * reader can tell whether two printouts show the same record, and a program holding the record
 * (the server's copy, an export) can check a paper copy against it.
 *
 * <p>It covers the entry and everything printed about it — title, text, version, author, times,
 * links, every signature with its void and countersignature, the content hash — but not the
 * printing itself (who printed it and when), so printing the same record twice gives the same
 * hash. The canonical form is UTF-8 text, one item per line ({@code \n}); free text carries its
 * UTF-8 length in front so field boundaries are unambiguous, times are ISO-8601 instants in UTC
 * (independent of the zone the page is shown in), and a missing value is the word {@code -}:
 *
 * <pre>
 * spectra-printed-record-v1
 * organization &lt;bytes&gt;\n&lt;name&gt;
 * entry &lt;id&gt;
 * version &lt;number&gt;
 * title &lt;bytes&gt;\n&lt;title&gt;
 * body &lt;bytes&gt;\n&lt;Markdown as stored&gt;
 * author &lt;bytes&gt;\n&lt;name&gt;
 * created &lt;instant&gt;
 * updated &lt;instant&gt;
 * content &lt;content SHA-256&gt;
 * links &lt;count&gt;, then per link in printed order:
 *   link &lt;id&gt;, kind &lt;bytes&gt;\n&lt;kind&gt;, label &lt;bytes&gt;\n&lt;label&gt;
 * signatures &lt;count&gt;, then per signature in printed order:
 *   signer &lt;bytes&gt;\n&lt;printed name&gt;, meaning &lt;name&gt;, signed &lt;instant&gt;, covers &lt;hash or -&gt;,
 *   countersigned &lt;instant or -&gt;, voided &lt;instant or -&gt;, voided-by &lt;bytes&gt;\n&lt;name&gt;,
 *   reason &lt;bytes&gt;\n&lt;reason&gt;
 * </pre>
 */
public final class PrintedRecordHash {

    /** First line of the canonical form; a new form gets a new line. */
    public static final String FORMAT = "spectra-printed-record-v1";

    /**
     * First line of a run report's canonical form: the same rules, with what a run report prints:
     *
     * <pre>
     * spectra-printed-run-v1
     * organization &lt;bytes&gt;\n&lt;name&gt;
     * run &lt;id&gt;
     * recipe &lt;bytes&gt;\n&lt;name&gt;, recipe-version &lt;number&gt;, status &lt;bytes&gt;\n&lt;status&gt;,
     * sample, device, instrument, operator (each &lt;bytes&gt;\n&lt;text or -&gt;),
     * calibration &lt;bytes&gt;\n&lt;certificate or -&gt;, issued, expires (instants or -),
     * calibrated-by &lt;bytes&gt;\n&lt;text or -&gt;, revoked &lt;instant or -&gt;,
     * started &lt;instant or -&gt;, finished &lt;instant or -&gt;
     * results &lt;count&gt;, then per result: quantity &lt;bytes&gt;\n&lt;text&gt;, value &lt;Java double&gt;,
     *   unit &lt;bytes&gt;\n&lt;text&gt;, method &lt;bytes&gt;\n&lt;text&gt;, recorded &lt;instant or -&gt;
     * files &lt;count&gt;, then per file: file &lt;bytes&gt;\n&lt;name&gt;, size &lt;bytes&gt;, sha256 &lt;hash&gt;
     * signatures &lt;count&gt;, then per signature as in an entry's form, followed for a review by
     *   decision &lt;bytes&gt;\n&lt;text&gt;
     * </pre>
     *
     * The chart is not covered: it is drawn from the raw files, whose hashes are.
     */
    public static final String RUN_FORMAT = "spectra-printed-run-v1";

    private PrintedRecordHash() {}

    /** Lower-case hex SHA-256 of the record's canonical form. */
    public static String sha256(PrintableEntry entry) {
        return hex(canonicalForm(entry));
    }

    private static String hex(byte[] canonicalForm) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonicalForm));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /** Lower-case hex SHA-256 of a run report's canonical form ({@link #RUN_FORMAT}). */
    public static String sha256(PrintableRun run) {
        return hex(canonicalForm(run));
    }

    static byte[] canonicalForm(PrintableRun run) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        line(out, RUN_FORMAT);
        text(out, "organization", run.organizationName());
        line(out, "run " + run.runId());
        PrintableRun.Context context = run.context();
        text(out, "recipe", context.recipe());
        line(out, "recipe-version " + context.recipeVersion());
        text(out, "status", context.status());
        text(out, "sample", context.sample());
        text(out, "device", orDash(context.device()));
        text(out, "instrument", context.instrument());
        text(out, "operator", context.operator());
        PrintableRun.PrintableCalibration calibration = context.calibration();
        text(out, "calibration", calibration == null ? "-" : calibration.certificateNumber());
        line(out, "issued " + instant(calibration == null ? null : calibration.issuedAt()));
        line(out, "expires " + instant(calibration == null ? null : calibration.expiresAt()));
        text(out, "calibrated-by", calibration == null ? "-" : orDash(calibration.performedBy()));
        line(out, "revoked " + instant(calibration == null ? null : calibration.revokedAt()));
        line(out, "started " + instant(context.startedAt()));
        line(out, "finished " + instant(context.finishedAt()));
        line(out, "results " + run.results().size());
        for (PrintableRun.PrintableResult result : run.results()) {
            text(out, "quantity", result.quantity());
            line(out, "value " + result.value());
            text(out, "unit", result.unit());
            text(out, "method", result.method());
            line(out, "recorded " + instant(result.recordedAt()));
        }
        line(out, "files " + run.files().size());
        for (PrintableRun.PrintableFile file : run.files()) {
            text(out, "file", file.fileName());
            line(out, "size " + file.sizeBytes());
            line(out, "sha256 " + file.contentSha256());
        }
        signatures(out, run.signatures());
        return out.toByteArray();
    }

    static byte[] canonicalForm(PrintableEntry entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        line(out, FORMAT);
        text(out, "organization", entry.organizationName());
        line(out, "entry " + entry.entryId());
        line(out, "version " + entry.version());
        text(out, "title", entry.title());
        text(out, "body", entry.bodyMarkdown());
        text(out, "author", entry.authorName());
        line(out, "created " + instant(entry.createdAt()));
        line(out, "updated " + instant(entry.updatedAt()));
        line(out, "content " + entry.contentSha256());
        line(out, "links " + entry.links().size());
        for (PrintableLink link : entry.links()) {
            line(out, "link " + link.id());
            text(out, "kind", link.kind());
            text(out, "label", link.label());
        }
        signatures(out, entry.signatures());
        return out.toByteArray();
    }

    private static void signatures(ByteArrayOutputStream out, List<PrintableSignature> signatures) {
        line(out, "signatures " + signatures.size());
        for (PrintableSignature signature : signatures) {
            text(out, "signer", signature.printedName());
            line(out, "meaning " + signature.meaning().name());
            line(out, "signed " + instant(signature.signedAt()));
            line(out, "covers " + orDash(signature.signedContentSha256()));
            line(out, "countersigned " + instant(signature.countersignedAt()));
            line(out, "voided " + instant(signature.voidedAt()));
            text(out, "voided-by", orDash(signature.voidedBy()));
            text(out, "reason", orDash(signature.voidReason()));
            if (signature.decision() != null) {
                // Only run reviews carry one, so a notebook entry's printed form is unchanged.
                text(out, "decision", signature.decision());
            }
        }
    }

    private static String instant(Instant instant) {
        return instant == null ? "-" : instant.toString();
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
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
