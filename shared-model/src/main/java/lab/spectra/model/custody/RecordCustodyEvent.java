package lab.spectra.model.custody;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.optionalText;
import static lab.spectra.model.command.Checks.required;
import static lab.spectra.model.command.Checks.requiredText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.sample.Sample;

/**
 * Records that a sample changed hands at the author's time. When a location is given, the
 * sample's location follows it.
 */
public record RecordCustodyEvent(
        CommandMeta meta,
        UUID eventId,
        UUID sampleId,
        String fromCustodian,
        String toCustodian,
        String location,
        String reason)
        implements Command {

    public RecordCustodyEvent {
        CommandMeta.require(meta);
    }

    private static final int TEXT = 200;

    @Override
    public Action requiredAction() {
        return Action.RECORD_CUSTODY_EVENT;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> required("Custody event id", eventId),
                () -> required("Sample", sampleId),
                () -> requiredText("From", fromCustodian, TEXT),
                () -> requiredText("To", toCustodian, TEXT),
                () -> optionalText("Location", location, TEXT),
                () -> optionalText("Reason", reason, 1000),
                () -> state.custodyEvent(eventId).map(existing -> Checks.alreadyExists("A custody event")));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        Optional<Sample> sample = state.sample(sampleId).filter(found -> !found.deleted());
        if (sample.isEmpty()) {
            return Checks.notFound("The sample");
        }
        return Checks.decide(CustodyChain.checkNext(
                state.latestCustodyEvent(sampleId),
                sample.get().name(),
                fromCustodian,
                toCustodian,
                meta.authoredAt()));
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        CustodyEvent event = new CustodyEvent(
                eventId,
                state.organizationId(),
                sampleId,
                clean(fromCustodian),
                clean(toCustodian),
                clean(location),
                clean(reason),
                meta.authoredAt(),
                meta.authorId(),
                now,
                1);
        List<RowChange> changes = new ArrayList<>();
        changes.add(new RowChange.Inserted(event));
        Sample sample = state.sample(sampleId).orElseThrow();
        if (clean(location) != null && !Objects.equals(clean(location), sample.location())) {
            changes.add(new RowChange.Updated(sample, sample.movedTo(clean(location), now)));
        }
        return changes;
    }
}
