package lab.spectra.model.spc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.eln.SignaturePayload;

/**
 * What a PI's device key signs when they freeze a series' control limits on a bench (ADR 0018's
 * scheme, applied to SPC limits, ADR 0026), rebuilt from the stored signature and decision rows.
 * UTF-8 text, one item per line ({@code \n}, also after the last):
 *
 * <pre>
 * spectra-spc-limits-signature-v1
 * signature &lt;signature id&gt;
 * series &lt;series id&gt;
 * decision &lt;limit decision id&gt;
 * content-sha256 &lt;SpcLimitsProposal hash, 64 lower-case hex digits&gt;
 * reason-sha256 &lt;SHA-256 of the reason's UTF-8 bytes, or "none" without a reason&gt;
 * signer &lt;PI's user id&gt;
 * signed-at &lt;ISO-8601 instant in UTC, at most microseconds&gt;
 * </pre>
 *
 * The reason is part of what is signed, so changing it in the database afterwards breaks the
 * signature; the limits themselves are covered by the content hash.
 */
public record SpcLimitsPayload(
        UUID signatureId,
        UUID seriesId,
        UUID decisionId,
        String contentSha256,
        String reason,
        UUID signerId,
        Instant signedAt)
        implements SignaturePayload {

    static final String FORMAT = "spectra-spc-limits-signature-v1";

    public SpcLimitsPayload {
        Objects.requireNonNull(signatureId, "signatureId");
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(signerId, "signerId");
        Objects.requireNonNull(signedAt, "signedAt");
        contentSha256 = contentSha256.toLowerCase(Locale.ROOT);
        signedAt = signedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** What the PI's device key signed, rebuilt from the stored rows, to check the signatures against. */
    public static SpcLimitsPayload of(Signature signature, SpcLimitDecision decision) {
        return new SpcLimitsPayload(
                signature.id(),
                signature.recordId(),
                decision.id(),
                signature.contentSha256(),
                decision.reason(),
                signature.signerId(),
                signature.signedAt());
    }

    @Override
    public byte[] bytes() {
        String text = FORMAT + "\n"
                + "signature " + signatureId + "\n"
                + "series " + seriesId + "\n"
                + "decision " + decisionId + "\n"
                + "content-sha256 " + contentSha256 + "\n"
                + "reason-sha256 " + (reason == null ? "none" : sha256(reason)) + "\n"
                + "signer " + signerId + "\n"
                + "signed-at " + DateTimeFormatter.ISO_INSTANT.format(signedAt) + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
