package lab.spectra.model.spc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.eln.DeviceSignedCommand;
import lab.spectra.model.eln.SignaturePayload;

/**
 * A PI freezes a series' control limits from a baseline, or changes them from a new one: a signed
 * decision like an approval (ADR 0026). The limits are computed again by the deciding side from the
 * baseline's points ({@link BaselineLimits}); the hash of what was computed must equal the hash of
 * what the PI was shown, else the baseline changed under them (a conflict).
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

    @Override
    public SignaturePayload payload() {
        throw new UnsupportedOperationException("TODO(i17-a)");
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
        throw new UnsupportedOperationException("TODO(i17-a)");
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        throw new UnsupportedOperationException("TODO(i17-a)");
    }
}
