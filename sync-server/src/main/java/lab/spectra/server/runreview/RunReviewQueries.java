package lab.spectra.server.runreview;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.runreview.ReviewDecision;
import lab.spectra.model.runreview.RunContent;
import lab.spectra.model.runreview.RunReview;
import lab.spectra.server.db.TenantReads;

/** What the server reads about a run's reviews: the run's content hash now, and each review with its signature's state. */
public final class RunReviewQueries {

    /**
     * One review as the run shows it.
     *
     * @param valid          its signature is not voided
     * @param ofCurrentRun   the run still has the content the reviewer signed (no result or file
     *                       arrived since)
     * @param countersignedAt when the server countersigned it (null only on rows from a bench not
     *                        yet synced, which the server never holds)
     */
    public record ReviewView(
            UUID id,
            UUID signatureId,
            UUID reviewerId,
            String reviewerName,
            ReviewDecision decision,
            String comment,
            Instant reviewedAt,
            String contentSha256,
            boolean valid,
            boolean ofCurrentRun,
            boolean signedOnWorkstation,
            Instant countersignedAt) {}

    /** A run's reviews, oldest first, and the hash a new review of the run as it is now must carry. */
    public record RunReviews(UUID runId, String contentSha256, List<ReviewView> items) {}

    private final TenantReads reads;

    public RunReviewQueries(TenantReads reads) {
        this.reads = reads;
    }

    /** The run's reviews; empty when the run is not one of the viewer's organization. */
    public Optional<RunReviews> of(UserAccount viewer, UUID runId) {
        return reads.read(viewer, state -> state.run(runId).map(run -> {
            String now = RunContent.sha256(run, state);
            List<ReviewView> items = state.runReviewsOf(runId).stream()
                    .map(review -> view(review, state.signature(review.signatureId()), now))
                    .toList();
            return new RunReviews(runId, now, items);
        }));
    }

    private static ReviewView view(RunReview review, Optional<Signature> signature, String currentHash) {
        return new ReviewView(
                review.id(),
                review.signatureId(),
                review.reviewerId(),
                review.reviewerName(),
                review.decision(),
                review.reviewComment(),
                review.reviewedAt(),
                review.contentSha256(),
                signature.map(Signature::valid).orElse(false),
                review.contentSha256().equals(currentHash),
                signature.map(found -> found.deviceSignature() != null).orElse(false),
                signature.map(Signature::countersignedAt).orElse(null));
    }
}
