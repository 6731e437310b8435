package lab.spectra.model.runreview;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;

/**
 * A reviewer's decision on a run, with its comment, as the run shows it. The electronic signature
 * behind it is the {@code signatures} row {@code signatureId} (record table {@code runs}, meaning
 * reviewed), which carries the printed name, time, content hash, device signature and the
 * server's countersignature; this row adds what was decided and why.
 *
 * @param contentSha256 the {@link RunContent} hash of the run as the reviewer saw it
 * @param reviewedAt    the reviewer's trusted time of signing, the signature's {@code signed_at}
 */
public record RunReview(
        UUID id,
        UUID organizationId,
        UUID runId,
        UUID signatureId,
        UUID reviewerId,
        String reviewerName,
        ReviewDecision decision,
        String reviewComment,
        String contentSha256,
        Instant reviewedAt,
        Instant createdAt,
        long rowVersion)
        implements Row {

    /** The record table of a run's review signatures. */
    public static final String RUNS = "runs";

    public RunReview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(runId, "run_id");
        Objects.requireNonNull(signatureId, "signature_id");
        Objects.requireNonNull(reviewerId, "reviewer_id");
        Objects.requireNonNull(reviewerName, "reviewer_name");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(contentSha256, "content_sha256");
        Objects.requireNonNull(reviewedAt, "reviewed_at");
    }
}
