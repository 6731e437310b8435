package lab.spectra.server.runreview;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.eln.Countersignatures;
import lab.spectra.model.eln.DeviceSignatures;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.run.Run;
import lab.spectra.model.runreview.ReviewDecision;
import lab.spectra.model.runreview.RunContent;
import lab.spectra.model.runreview.RunReview;
import lab.spectra.model.runreview.RunReviewPayload;
import lab.spectra.model.trust.PublicKeys;
import lab.spectra.server.db.Database;
import lab.spectra.server.lims.ElnSignatures.Check;
import lab.spectra.server.trust.DeviceKeyStore;

/**
 * A run's reviews as the server reads them, in the viewer's tenant: the run's content hash now, and
 * each review with its signature's state and evidence checked again from the stored rows (device
 * signature with the key it names, countersignature with the server's published record keys), as a
 * notebook signature's verification does (ADR 0018).
 */
public final class RunReviewQueries {

    /** Times are instants in UTC. */
    public static final String TIME_ZONE = "UTC";

    /**
     * One review as the run shows it.
     *
     * @param valid            its signature is not voided
     * @param ofCurrentRun     the run still has the content the reviewer signed (no result or file
     *                         arrived since)
     * @param deviceSignature  the reviewer's device signature over the decision, comment and run
     *                         hash ({@link RunReviewPayload}); absent when reviewed online
     * @param countersignature the server's countersignature
     * @param holds            valid, of the current run, countersigned and no part fails
     */
    public record ReviewView(
            UUID id,
            UUID signatureId,
            UUID reviewerId,
            String reviewerName,
            ReviewDecision decision,
            String comment,
            Instant reviewedAt,
            String timeZone,
            String contentSha256,
            boolean valid,
            boolean ofCurrentRun,
            boolean signedOnWorkstation,
            Instant countersignedAt,
            Check deviceSignature,
            Check countersignature,
            boolean holds) {}

    /** A run's reviews, oldest first, and the hash a new review of the run as it is now must carry. */
    public record RunReviews(UUID runId, String contentSha256, List<ReviewView> items) {}

    private final Database database;
    private final ObjectMapper mapper;
    private final PublicKeys serverKeys;

    public RunReviewQueries(Database database, ObjectMapper mapper, PublicKeys serverKeys) {
        this.database = Objects.requireNonNull(database, "database");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.serverKeys = Objects.requireNonNull(serverKeys, "serverKeys");
    }

    /** The run's reviews; empty when the run is not one of the viewer's organization. */
    public Optional<RunReviews> of(UserAccount viewer, UUID runId) {
        return database.inTenant(viewer.organizationId(), connection -> {
            JdbcDomainState state = new JdbcDomainState(connection, viewer.organizationId(), mapper);
            Optional<Run> run = state.run(runId);
            if (run.isEmpty()) {
                return Optional.<RunReviews>empty();
            }
            String now = RunContent.sha256(run.get(), state);
            List<ReviewView> items = new ArrayList<>();
            for (RunReview review : state.runReviewsOf(runId)) {
                Optional<Signature> signature = state.signature(review.signatureId());
                if (signature.isPresent()) {
                    items.add(view(connection, viewer.organizationId(), review, signature.get(), now));
                }
            }
            return Optional.of(new RunReviews(runId, now, items));
        });
    }

    private ReviewView view(
            Connection connection, UUID organizationId, RunReview review, Signature signature, String currentHash)
            throws SQLException {
        RunReviewPayload payload = RunReviewPayload.of(signature, review);
        Check device = deviceCheck(connection, organizationId, signature, payload);
        Check counter = signature.countersignature() == null
                ? Check.ABSENT
                : Countersignatures.verifies(
                                signature.countersignature(),
                                payload,
                                signature.deviceSignature(),
                                signature.countersignedAt(),
                                serverKeys)
                        ? Check.VERIFIES
                        : Check.FAILS;
        boolean ofCurrentRun = review.contentSha256().equals(currentHash);
        return new ReviewView(
                review.id(),
                review.signatureId(),
                review.reviewerId(),
                review.reviewerName(),
                review.decision(),
                review.reviewComment(),
                review.reviewedAt(),
                TIME_ZONE,
                review.contentSha256(),
                signature.valid(),
                ofCurrentRun,
                signature.deviceSignature() != null,
                signature.countersignedAt(),
                device,
                counter,
                signature.valid() && ofCurrentRun && counter == Check.VERIFIES && device != Check.FAILS);
    }

    private static Check deviceCheck(
            Connection connection, UUID organizationId, Signature signature, RunReviewPayload payload)
            throws SQLException {
        if (signature.deviceSignature() == null) {
            return Check.ABSENT;
        }
        Optional<String> keyId = DeviceSignatures.keyIdOf(signature.deviceSignature());
        Optional<DeviceKeyStore.DeviceKey> key =
                keyId.isEmpty() ? Optional.empty() : DeviceKeyStore.find(connection, organizationId, keyId.get());
        return key.isPresent()
                        && key.get().userId().equals(signature.signerId())
                        && DeviceSignatures.verifies(
                                signature.deviceSignature(), payload, key.get().publicKey())
                ? Check.VERIFIES
                : Check.FAILS;
    }
}
