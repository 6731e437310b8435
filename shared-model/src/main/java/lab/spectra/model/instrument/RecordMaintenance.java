package lab.spectra.model.instrument;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.required;
import static lab.spectra.model.command.Checks.requiredText;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import lab.spectra.model.command.RowChange;

/**
 * Records maintenance done on an instrument, optionally fulfilling a planned task (whose next due
 * date then moves on by its interval). Maintenance calls for a requalification: the instrument is
 * held from {@code performedAt} until one is recorded (ADR 0022).
 */
public record RecordMaintenance(
        CommandMeta meta, UUID eventId, UUID instrumentId, UUID taskId, Instant performedAt, String description)
        implements Command {

    public RecordMaintenance {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.RECORD_MAINTENANCE;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> required("Event id", eventId),
                () -> required("Instrument", instrumentId),
                () -> required("Date performed", performedAt),
                () -> requiredText("What was done", description, InstrumentChecks.LONG_TEXT),
                () -> InstrumentChecks.notInTheFuture("The date performed", performedAt, meta.authoredAt()),
                () -> InstrumentChecks.newEvent(state, eventId));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        if (InstrumentChecks.existing(state, instrumentId).isEmpty()) {
            return InstrumentChecks.instrumentNotFound();
        }
        if (taskId == null) {
            return Decision.ACCEPTED;
        }
        Optional<MaintenanceTask> task = state.maintenanceTask(taskId)
                .filter(found ->
                        found.deletedAt() == null && found.instrumentId().equals(instrumentId));
        return task.isPresent() ? Decision.ACCEPTED : Checks.notFound("The maintenance task");
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        Instant performed = performedAt.truncatedTo(ChronoUnit.MICROS);
        Optional<MaintenanceTask> task = taskId == null ? Optional.empty() : state.maintenanceTask(taskId);
        List<RowChange> changes = new ArrayList<>();
        changes.add(new RowChange.Inserted(new InstrumentEvent(
                eventId,
                state.organizationId(),
                instrumentId,
                InstrumentEventKind.MAINTENANCE,
                performed,
                task.map(planned -> planned.name() + ": ").orElse("") + clean(description),
                taskId,
                null,
                null,
                meta.authorId(),
                now,
                now,
                1)));
        task.ifPresent(planned -> changes.add(new RowChange.Updated(planned, planned.doneAt(performed, now))));
        return changes;
    }
}
