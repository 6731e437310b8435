package lab.spectra.server.runreview;

import java.util.List;
import java.util.UUID;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.id.Ids;
import lab.spectra.model.runreview.ReviewDecision;
import lab.spectra.model.runreview.ReviewRun;
import lab.spectra.server.auth.login.LoginService;
import lab.spectra.server.auth.login.PasswordReentry;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.CommandMetas;
import lab.spectra.server.http.CommandResponses;
import lab.spectra.server.http.JsonBodies;
import lab.spectra.server.http.Requests;

/**
 * Reviews of runs by engineers and PIs (issue 15): listed with the run's current content hash, and
 * given with password re-entry like a notebook signature (ADR 0006, 0018). The shared rules decide
 * the rest (finished run, four eyes, the content the reviewer saw); the server countersigns.
 */
public final class RunReviewRoutes {

    /**
     * A review of a run.
     *
     * @param contentSha256 the run's content hash as shown to the reviewer ({@code content_sha256}
     *                      of the reviews list); required, so a review never covers a version its
     *                      reviewer did not see
     * @param comment       why; required for a rejection
     */
    public record ReviewRequest(
            UUID reviewId,
            UUID signatureId,
            ReviewDecision decision,
            String comment,
            String password,
            String contentSha256) {}

    public static void register(
            ApiRoutes routes,
            RunReviewQueries reviews,
            CommandService commands,
            CommandMetas metas,
            JsonBodies bodies,
            LoginService logins) {
        routes.get(
                "/api/analysis/runs/{id}/reviews",
                "A run's reviews (who, when, decision, comment, valid or voided, of the run as it is now) and"
                        + " the content hash a new review must name",
                List.of(),
                (ctx, user) -> ctx.json(reviews.of(user, Requests.pathId(ctx, "The run"))
                        .orElseThrow(() -> ApiException.notFound("The run"))));
        routes.post(
                "/api/analysis/runs/{id}/review",
                "Mark a finished run reviewed or rejected (with a comment); the reviewer re-enters their password",
                ReviewRequest.class,
                (ctx, user) -> {
                    UUID runId = Requests.pathId(ctx, "The run");
                    ReviewRequest body = bodies.read(ctx, ReviewRequest.class);
                    PasswordReentry.require(logins, ctx, user, body.password(), "Reviewing");
                    if (body.contentSha256() == null) {
                        throw new ApiException(
                                422,
                                RejectionCode.INVALID_INPUT.wireName(),
                                "Say which version of the run you reviewed: content_sha256, as the reviews list"
                                        + " gave it when you opened the run; nothing was signed");
                    }
                    CommandResponses.send(
                            ctx,
                            commands.execute(
                                    new ReviewRun(
                                            metas.of(ctx, user),
                                            body.reviewId() != null ? body.reviewId() : Ids.newId(),
                                            body.signatureId() != null ? body.signatureId() : Ids.newId(),
                                            runId,
                                            body.decision(),
                                            body.comment(),
                                            body.contentSha256(),
                                            null),
                                    user.asActor()),
                            201);
                });
    }

    private RunReviewRoutes() {}
}
