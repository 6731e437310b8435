package lab.spectra.model.eln;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * What a signer's device key signs when they sign a notebook entry on a bench (ADR 0018), in a
 * canonical, byte-exact form that any program can rebuild from a stored signature row. It is UTF-8
 * text, one item per line ({@code \n}, also after the last):
 *
 * <pre>
 * spectra-eln-signature-v1
 * signature &lt;signature id&gt;
 * entry &lt;entry id&gt;
 * content-sha256 &lt;SignedContent hash, 64 lower-case hex digits&gt;
 * meaning &lt;authored | reviewed | approved | witnessed&gt;
 * signer &lt;signer's user id&gt;
 * signed-at &lt;ISO-8601 instant in UTC, at most microseconds, e.g. 2026-11-30T05:01:02.123456Z&gt;
 * </pre>
 *
 * The signature id makes each payload unique (a signature cannot be replayed as another one); the
 * content hash binds it to the exact version read (§11.70); the time is the author's trusted clock,
 * cut to the microseconds the databases keep.
 */
public record SigningPayload(
        UUID signatureId, UUID entryId, String contentSha256, SignatureMeaning meaning, UUID signerId, Instant signedAt)
        implements SignaturePayload {

    static final String FORMAT = "spectra-eln-signature-v1";

    public SigningPayload {
        Objects.requireNonNull(signatureId, "signatureId");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(signerId, "signerId");
        Objects.requireNonNull(signedAt, "signedAt");
        contentSha256 = contentSha256.toLowerCase(Locale.ROOT);
        signedAt = signedAt.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public byte[] bytes() {
        String text = FORMAT + "\n"
                + "signature " + signatureId + "\n"
                + "entry " + entryId + "\n"
                + "content-sha256 " + contentSha256 + "\n"
                + "meaning " + meaning.name().toLowerCase(Locale.ROOT) + "\n"
                + "signer " + signerId + "\n"
                + "signed-at " + DateTimeFormatter.ISO_INSTANT.format(signedAt) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
