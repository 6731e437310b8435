package lab.spectra.model.spc;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
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

/**
 * A PI freezes a series' control limits from a baseline, or changes them from a new one: a signed
 * decision like an approval (ADR 0026). The limits are computed again by the deciding side from the
 * baseline's points ({@link BaselineLimits}); the hash of what was computed must equal the hash of
 * what the PI was shown, else the baseline changed under them ({@code signed_content_changed}). It
 * writes a {@link Signature} (record table {@code spc_series}, meaning approved, over that hash), a
 * {@link SpcLimitDecision} with the numbers, and the series with its limits in force. A baseline that
 * cannot give limits (too few points, no spread) is refused with its reason
 * ({@code baseline_not_usable}). PIs and admins ({@link Action#FREEZE_SPC_LIMITS}).
 *
 * @param baselineFirstPointId the first point of the baseline; null for the series' first point
 * @param baselineSize         points (individuals) or subgroups (X-bar) in the baseline; null for the series'
 * @param contentSha256        the hash of the limits as shown to the PI
 * @param deviceSignature      the PI's device-key JWS over {@link #payload()} when signed on a bench
 */
public record FreezeSpcLimits(
        CommandMeta meta,
        UUID decisionId,
        UUID signatureId,
        UUID seriesId,
        UUID baselineFirstPointId,
        Integer baselineSize,
        String reason,
        String contentSha256,
        String deviceSignature)
        implements DeviceSignedCommand {

    public FreezeSpcLimits {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.FREEZE_SPC_LIMITS;
    }

    /** Record table of the signature: the series whose limits it freezes. */
    public static final String SPC_SERIES = "spc_series";

    /** The column's size, as for other signatures. */
    static final int MAX_DEVICE_SIGNATURE = 4000;

    @Override
    public SpcLimitsPayload payload() {
        return new SpcLimitsPayload(
                signatureId,
                seriesId,
                decisionId,
                contentSha256,
                Checks.clean(reason),
                meta.authorId(),
                meta.authoredAt());
    }

    @Override
    public FreezeSpcLimits withDeviceSignature(String jws) {
        return new FreezeSpcLimits(
                meta,
                decisionId,
                signatureId,
                seriesId,
                baselineFirstPointId,
                baselineSize,
                reason,
                contentSha256,
                jws);
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> Checks.required("Decision id", decisionId),
                () -> Checks.required("Signature id", signatureId),
                () -> Checks.required("The control chart", seriesId),
                () -> Checks.requiredText(
                        "The reason (why this baseline stands for the process)", reason, SpcSeriesRules.MAX_REASON),
                () -> Checks.required("The hash of the limits you were shown", contentSha256),
                () -> Checks.sha256Hex("The hash of the limits you were shown", contentSha256),
                () -> Checks.failIf(
                        deviceSignature != null && deviceSignature.length() > MAX_DEVICE_SIGNATURE,
                        RejectionCode.SIGNATURE_INVALID,
                        "The device signature is longer than any signature this product makes"),
                () -> state.signature(signatureId).map(existing -> Checks.alreadyExists("A signature")),
                () -> state.spcLimitDecision(decisionId).map(existing -> Checks.alreadyExists("A limit decision")));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<SpcSeries> found = state.spcSeries(seriesId).filter(series -> series.deletedAt() == null);
        if (found.isEmpty()) {
            return Checks.notFound("The control chart");
        }
        SpcSeries series = found.get();
        SpcLimitsProposal proposal = proposal(series, state);
        if (proposal.verdict() instanceof BaselineVerdict.Refused refused) {
            return new Rejected(RejectionCode.BASELINE_NOT_USABLE, refused.message());
        }
        return Checks.inOrder(
                () -> Checks.failIf(
                        !proposal.contentSha256().equals(normalizedHash()),
                        RejectionCode.SIGNED_CONTENT_CHANGED,
                        "The baseline changed since you looked at the limits of " + series.name()
                                + " (a point arrived or moved); look at them again and sign what you see"),
                () -> Checks.failIf(
                        inForce(series, state),
                        RejectionCode.ALREADY_SIGNED,
                        "These limits are already in force on " + series.name()));
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        SpcSeries series = state.spcSeries(seriesId).orElseThrow();
        SpcLimitsProposal proposal = proposal(series, state);
        FrozenLimits limits = proposal.limits();
        List<SpcPoint> baseline = proposal.baseline();
        Signature signature = new Signature(
                signatureId,
                state.organizationId(),
                SPC_SERIES,
                seriesId,
                actor.userId(),
                actor.displayName(),
                SignatureMeaning.APPROVED,
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
                series.rowVersion());
        SpcLimitDecision decision = new SpcLimitDecision(
                decisionId,
                state.organizationId(),
                seriesId,
                limits.chartType(),
                limits.subgroupSize(),
                limits.centre(),
                limits.lowerControlLimit(),
                limits.upperControlLimit(),
                limits.sigma(),
                limits.processSigma(),
                limits.sigmaEstimate(),
                limits.baselineSize(),
                baseline.get(0).id(),
                baseline.get(baseline.size() - 1).id(),
                limits.derivation(),
                Checks.clean(reason),
                signatureId,
                actor.userId(),
                actor.displayName(),
                meta.authoredAt(),
                normalizedHash(),
                now,
                now,
                1);
        SpcSeries frozen = new SpcSeries(
                series.id(),
                series.organizationId(),
                series.instrumentId(),
                series.parameter(),
                series.unit(),
                limits.centre(),
                limits.lowerControlLimit(),
                limits.upperControlLimit(),
                series.createdAt(),
                now,
                series.deletedAt(),
                series.rowVersion() + 1,
                series.name(),
                series.recipeName(),
                series.materialId(),
                series.chartType(),
                series.subgroupSize(),
                series.baselineSize(),
                series.enabledRules(),
                series.ruleNumbering(),
                series.critical(),
                series.lowerSpecLimit(),
                series.upperSpecLimit(),
                limits.sigma(),
                decisionId,
                series.createdBy());
        return List.of(
                new RowChange.Inserted(signature),
                new RowChange.Inserted(decision),
                new RowChange.Updated(series, frozen));
    }

    /** The limits as the deciding side computes them from its own points. */
    private SpcLimitsProposal proposal(SpcSeries series, DomainState state) {
        return SpcLimitsProposal.of(series, state.spcPointsOf(series.id()), baselineFirstPointId, baselineSize);
    }

    private boolean inForce(SpcSeries series, DomainState state) {
        return series.limitsDecisionId() != null
                && state.spcLimitDecision(series.limitsDecisionId())
                        .map(current -> current.contentSha256().equalsIgnoreCase(normalizedHash()))
                        .orElse(false);
    }

    private String normalizedHash() {
        return contentSha256.toLowerCase(Locale.ROOT);
    }
}
