package lab.spectra.model.runreview;

import static lab.spectra.model.command.Checks.required;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lab.spectra.model.approval.FourEyes;
import lab.spectra.model.attachment.Attachment;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.eln.DeviceSignedCommand;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.eln.SignatureMeaning;
import lab.spectra.model.recipe.Recipe;
import lab.spectra.model.run.Result;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.RunStatus;

/**
 * An engineer's or PI's review of a finished run: reviewed, or rejected with a comment, signed like
 * a notebook entry (ADR 0006, 0018). It writes an electronic signature (record table {@code runs},
 * meaning reviewed, over the {@link RunContent} hash the reviewer was shown) and a {@link RunReview}
 * row with the decision and the comment; the bench's device signature covers both
 * ({@link RunReviewPayload}) and the server countersigns it.
 *
 * <p>Rules, the same on the bench and the server:
 *
 * <ul>
 *   <li>engineers and above ({@link Action#REVIEW_RUNS});
 *   <li>only a finished run: a running one may still get results, an aborted or blocked one has
 *       none to vouch for ({@code run_not_finished});
 *   <li>four eyes (ADR 0010): never the run's operator ({@code self_approval}), nor anyone who
 *       recorded a result or attached a file to it ({@code editor_approval});
 *   <li>the run as stored has the hash the reviewer was shown, else {@code signed_content_changed}:
 *       a result or file that arrived after they opened it must be seen first;
 *   <li>a rejection says why: the comment is required;
 *   <li>nobody gives the same decision twice on the same content while their earlier signature is
 *       valid ({@code already_signed}); a changed run may be reviewed again.
 * </ul>
 *
 * The password is not a rule of this command: the server's review endpoint checks it before it
 * builds the command, and a bench re-derives the device key from it (ADR 0018).
 *
 * @param reviewId        the id of the {@link RunReview} row
 * @param signatureId     the id of the {@link Signature} row
 * @param contentSha256   the {@link RunContent} hash of the run as shown to the reviewer
 * @param deviceSignature the reviewer's device-key JWS over {@link #payload()}; required from a
 *                        bench, absent when reviewed online
 */
public record ReviewRun(
        CommandMeta meta,
        UUID reviewId,
        UUID signatureId,
        UUID runId,
        ReviewDecision decision,
        String comment,
        String contentSha256,
        String deviceSignature)
        implements DeviceSignedCommand {

    public static final int MAX_COMMENT = 2000;

    /** The column's size, as for notebook signatures. */
    static final int MAX_DEVICE_SIGNATURE = 4000;

    public ReviewRun {
        CommandMeta.require(meta);
    }

    @Override
    public RunReviewPayload payload() {
        return new RunReviewPayload(
                signatureId, runId, contentSha256, decision, Checks.clean(comment), meta.authorId(), meta.authoredAt());
    }

    @Override
    public ReviewRun withDeviceSignature(String jws) {
        return new ReviewRun(meta, reviewId, signatureId, runId, decision, comment, contentSha256, jws);
    }

    @Override
    public Action requiredAction() {
        return Action.REVIEW_RUNS;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> required("Review id", reviewId),
                () -> required("Signature id", signatureId),
                () -> required("Run", runId),
                () -> required("The decision (reviewed or rejected)", decision),
                () -> required("The hash of the run you reviewed", contentSha256),
                () -> Checks.sha256Hex("The hash of the run you reviewed", contentSha256),
                () -> Checks.optionalText("The comment", comment, MAX_COMMENT),
                () -> Checks.failIf(
                        decision == ReviewDecision.REJECTED && Checks.clean(comment) == null,
                        RejectionCode.INVALID_INPUT,
                        "Say why you reject the run: a rejection needs a comment"),
                () -> Checks.failIf(
                        deviceSignature != null && deviceSignature.length() > MAX_DEVICE_SIGNATURE,
                        RejectionCode.SIGNATURE_INVALID,
                        "The device signature is longer than any signature this product makes"),
                () -> state.signature(signatureId).map(existing -> Checks.alreadyExists("A signature")),
                () -> state.runReview(reviewId).map(existing -> Checks.alreadyExists("A review")));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<Run> found = state.run(runId);
        if (found.isEmpty()) {
            return Checks.notFound("The run");
        }
        Run run = found.get();
        String name = nameOf(run, state);
        List<Result> results = state.resultsOf(runId);
        List<Attachment> files = state.attachmentsOf(RunReview.RUNS, runId);
        return Checks.inOrder(
                () -> Checks.failIf(
                        run.status() != RunStatus.FINISHED,
                        RejectionCode.RUN_NOT_FINISHED,
                        "Run " + name + " is " + run.status().name().toLowerCase(Locale.ROOT)
                                + "; only a finished run can be reviewed"),
                () -> ownWork(actor, run, contributors(results, files), name),
                () -> Checks.failIf(
                        !RunContent.sha256(run, results, files).equals(normalizedHash()),
                        RejectionCode.SIGNED_CONTENT_CHANGED,
                        "Run " + name + " was changed after you opened it (a result or a file arrived); read"
                                + " the current version and review again"),
                () -> Checks.failIf(
                        alreadyDecided(actor, state),
                        RejectionCode.ALREADY_SIGNED,
                        "You have already marked run " + name + " "
                                + decision.name().toLowerCase(Locale.ROOT)));
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Signature signature = new Signature(
                signatureId,
                state.organizationId(),
                RunReview.RUNS,
                runId,
                actor.userId(),
                actor.displayName(),
                SignatureMeaning.REVIEWED,
                normalizedHash(),
                meta.authoredAt(),
                null,
                null,
                now,
                1,
                null,
                deviceSignature,
                null,
                null,
                state.run(runId).orElseThrow().rowVersion());
        RunReview review = new RunReview(
                reviewId,
                state.organizationId(),
                runId,
                signatureId,
                actor.userId(),
                actor.displayName(),
                decision,
                Checks.clean(comment),
                normalizedHash(),
                meta.authoredAt(),
                now,
                1);
        return List.of(new RowChange.Inserted(signature), new RowChange.Inserted(review));
    }

    /** A run as people name it: its recipe and version on its sample, e.g. "IV sweep v2 on S-0042". */
    public static String nameOf(Run run, DomainState state) {
        String recipe = state.recipe(run.recipeId()).map(Recipe::name).orElse("recipe");
        String sample = state.sample(run.sampleId())
                .map(found -> found.barcode() != null ? found.barcode() : found.name())
                .orElse("its sample");
        return recipe + " v" + run.recipeVersion() + " on " + sample;
    }

    private boolean alreadyDecided(Actor actor, DomainState state) {
        return state.runReviewsOf(runId).stream()
                .filter(review -> review.reviewerId().equals(actor.userId())
                        && review.decision() == decision
                        && review.contentSha256().equals(normalizedHash()))
                .anyMatch(review -> state.signature(review.signatureId())
                        .map(Signature::valid)
                        .orElse(false));
    }

    /** The four-eyes rule in a run's words: its operator and contributors review someone else's runs. */
    private static Optional<Rejected> ownWork(Actor actor, Run run, Collection<UUID> contributors, String name) {
        return switch (FourEyes.involvementOf(actor.userId(), run.operatorId(), contributors)) {
            case AUTHOR ->
                Checks.fail(
                        RejectionCode.SELF_APPROVAL,
                        "You operated run " + name + "; another engineer or PI has to review it");
            case EDITOR ->
                Checks.fail(
                        RejectionCode.EDITOR_APPROVAL,
                        "You recorded results or files of run " + name + "; another engineer or PI has to review it");
            case NONE -> Checks.pass();
        };
    }

    /** Everyone who put something into the run besides its operator: they do not review it either. */
    private static Collection<UUID> contributors(List<Result> results, List<Attachment> files) {
        Set<UUID> people = new LinkedHashSet<>();
        results.stream().map(Result::recordedBy).filter(id -> id != null).forEach(people::add);
        files.stream().map(Attachment::uploadedBy).filter(id -> id != null).forEach(people::add);
        return people;
    }

    private String normalizedHash() {
        return contentSha256.toLowerCase(Locale.ROOT);
    }
}
