package lab.spectra.model.eln;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * What an e-signature on a lab notebook entry covers, and its SHA-256. The signer's workstation
 * computes the hash of the entry as shown to them and sends it with {@link SignElnEntry}; the
 * deciding side computes it again from the entry as stored, and the two must agree.
 *
 * <p>The canonical form is defined byte by byte so that any program (a script checking an export,
 * a future client) can reproduce it. It is UTF-8 text, one item per line ({@code \n}):
 *
 * <pre>
 * spectra-eln-entry-v1
 * id &lt;entry id&gt;
 * title &lt;number of UTF-8 bytes&gt;
 * &lt;title&gt;
 * body &lt;number of UTF-8 bytes&gt;
 * &lt;body in Markdown, exactly as stored&gt;
 * samples &lt;count&gt;
 * &lt;sample id&gt;   (one line each, sorted as lower-case text)
 * runs &lt;count&gt;
 * &lt;run id&gt;      (one line each, sorted as lower-case text)
 * </pre>
 *
 * Lengths in front of the free text keep field boundaries fixed (title "ab" with body "c" is not
 * title "a" with body "bc"); links are a set, so their order does not count. Bookkeeping (row
 * version, timestamps) is not content and is not covered.
 */
public final class SignedContent {

    /** First line of the canonical form; a new form gets a new line and old hashes stay verifiable. */
    static final String FORMAT = "spectra-eln-entry-v1";

    private SignedContent() {}

    /** Lower-case hex SHA-256 of the entry's canonical form. */
    public static String sha256(ElnEntry entry) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonicalForm(entry)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    static byte[] canonicalForm(ElnEntry entry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        line(out, FORMAT);
        line(out, "id " + entry.id());
        text(out, "title", entry.title());
        text(out, "body", entry.bodyMarkdown());
        ids(out, "samples", entry.sampleIds());
        ids(out, "runs", entry.runIds());
        return out.toByteArray();
    }

    private static void text(ByteArrayOutputStream out, String label, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        line(out, label + " " + bytes.length);
        out.writeBytes(bytes);
        out.write('\n');
    }

    private static void ids(ByteArrayOutputStream out, String label, List<UUID> ids) {
        List<String> sorted = ids.stream().map(UUID::toString).sorted().toList();
        line(out, label + " " + sorted.size());
        sorted.forEach(id -> line(out, id));
    }

    private static void line(ByteArrayOutputStream out, String line) {
        out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }
}
