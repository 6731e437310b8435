package lab.spectra.model.run;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.failIf;
import static lab.spectra.model.command.Checks.optionalText;
import static lab.spectra.model.command.Checks.required;
import static lab.spectra.model.command.Checks.requiredText;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.instrument.Instrument;
import lab.spectra.model.spc.SpcFeed;

/**
 * Records a measured value on a running run. The instrument's calibration must still be in force
 * at the time of recording: a certificate that expires mid-run stops further results. The result
 * feeds the control charts that watch it ({@link SpcFeed}, ADR 0026).
 */
public record RecordResult(
        CommandMeta meta,
        UUID resultId,
        UUID runId,
        String quantity,
        Double value,
        String unit,
        String rawDataRef,
        ObjectNode payload)
        implements Command {

    public RecordResult {
        CommandMeta.require(meta);
    }

    private static final int PAYLOAD_CHARACTERS = 256 * 1024;

    @Override
    public Action requiredAction() {
        return Action.RECORD_RESULT;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> required("Result id", resultId),
                () -> required("Run", runId),
                () -> requiredText("Quantity", quantity, 200),
                () -> requiredText("Unit", unit, 50),
                () -> optionalText("Raw data reference", rawDataRef, 1000),
                () -> required("Value", value),
                () -> failIf(!Double.isFinite(value), RejectionCode.INVALID_INPUT, "The value must be a finite number"),
                () -> failIf(
                        payload != null && payload.toString().length() > PAYLOAD_CHARACTERS,
                        RejectionCode.INVALID_INPUT,
                        "The result payload is larger than 256 KiB"),
                () -> state.result(resultId).map(existing -> Checks.alreadyExists("A result")));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<Run> run = state.run(runId);
        if (run.isEmpty()) {
            return Checks.notFound("The run");
        }
        Optional<Instrument> instrument = state.instrument(run.get().instrumentId());
        if (instrument.isEmpty()) {
            return Checks.notFound("The run's instrument");
        }
        return Checks.inOrder(
                () -> RunRules.running(run.get()),
                () -> RunRules.operatedBy(actor, run.get()),
                () -> RunRules.availableForResults(actor, run.get(), instrument.get(), state, meta.authoredAt()));
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Result result = new Result(
                resultId,
                state.organizationId(),
                runId,
                clean(quantity),
                value,
                clean(unit),
                clean(rawDataRef),
                payload,
                meta.authorId(),
                meta.authoredAt(),
                now,
                1);
        List<RowChange> changes = new ArrayList<>();
        changes.add(new RowChange.Inserted(result));
        // The control charts the result belongs on get their point (and any alert) in the same change.
        changes.addAll(SpcFeed.of(result, state, now));
        return changes;
    }
}
