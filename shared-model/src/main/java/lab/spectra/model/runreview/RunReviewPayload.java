package lab.spectra.model.runreview;

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
 * What a reviewer's device key signs when they review a run on a bench (ADR 0018's scheme, applied
 * to runs), rebuilt from the stored signature and review rows. UTF-8 text, one item per line
 * ({@code \n}, also after the last):
 *
 * <pre>
 * spectra-run-review-signature-v1
 * signature &lt;signature id&gt;
 * run &lt;run id&gt;
 * content-sha256 &lt;RunContent hash, 64 lower-case hex digits&gt;
 * decision &lt;reviewed | rejected&gt;
 * comment-sha256 &lt;SHA-256 of the comment's UTF-8 bytes, or "none" without a comment&gt;
 * signer &lt;reviewer's user id&gt;
 * signed-at &lt;ISO-8601 instant in UTC, at most microseconds&gt;
 * </pre>
 *
 * Unlike a notebook signature, the decision and the comment are part of what is signed: a review's
 * meaning is its verdict, and changing the comment in the database afterwards must break the
 * signature.
 */
public record RunReviewPayload(
        UUID signatureId,
        UUID runId,
        String contentSha256,
        ReviewDecision decision,
        String comment,
        UUID signerId,
        Instant signedAt)
        implements SignaturePayload {

    static final String FORMAT = "spectra-run-review-signature-v1";

    public RunReviewPayload {
        Objects.requireNonNull(signatureId, "signatureId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(contentSha256, "contentSha256");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(signerId, "signerId");
        Objects.requireNonNull(signedAt, "signedAt");
        contentSha256 = contentSha256.toLowerCase(Locale.ROOT);
        signedAt = signedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * What the reviewer's device key signed, rebuilt from the stored rows: a run's signatures are
     * checked against this, not against {@link Signature#payload()} (which is a notebook entry's).
     */
    public static RunReviewPayload of(Signature signature, RunReview review) {
        return new RunReviewPayload(
                signature.id(),
                signature.recordId(),
                signature.contentSha256(),
                review.decision(),
                review.reviewComment(),
                signature.signerId(),
                signature.signedAt());
    }

    @Override
    public byte[] bytes() {
        String text = FORMAT + "\n"
                + "signature " + signatureId + "\n"
                + "run " + runId + "\n"
                + "content-sha256 " + contentSha256 + "\n"
                + "decision " + decision.name().toLowerCase(Locale.ROOT) + "\n"
                + "comment-sha256 " + (comment == null ? "none" : sha256(comment)) + "\n"
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
