package lab.spectra.model.instrument;

import static lab.spectra.model.command.Checks.clean;
import static lab.spectra.model.command.Checks.failIf;
import static lab.spectra.model.command.Checks.required;
import static lab.spectra.model.command.Checks.requiredText;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Checks;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.Decision;
import lab.spectra.model.command.DomainState;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.RowChange;

/** Adds a preventive-maintenance task to an instrument's plan: what, how often, first due when. */
public record PlanMaintenance(
        CommandMeta meta, UUID taskId, UUID instrumentId, String name, Integer intervalDays, Instant firstDueAt)
        implements Command {

    /** Ten years: anything longer is a typing error. */
    static final int MAX_INTERVAL_DAYS = 3650;

    public PlanMaintenance {
        CommandMeta.require(meta);
    }

    @Override
    public Action requiredAction() {
        return Action.PLAN_MAINTENANCE;
    }

    @Override
    public Decision check(Actor actor, DomainState state) {
        Decision input = Checks.inOrder(
                () -> required("Task id", taskId),
                () -> required("Instrument", instrumentId),
                () -> requiredText("Task name", name, InstrumentChecks.TEXT),
                () -> required("Interval (days)", intervalDays),
                () -> failIf(
                        intervalDays < 1 || intervalDays > MAX_INTERVAL_DAYS,
                        RejectionCode.INVALID_INPUT,
                        "Interval (days) must be between 1 and " + MAX_INTERVAL_DAYS),
                () -> required("First due date", firstDueAt),
                () -> state.maintenanceTask(taskId).map(existing -> Checks.alreadyExists("A maintenance task")));
        if (!(input instanceof Decision.Accepted)) {
            return input;
        }
        if (InstrumentChecks.existing(state, instrumentId).isEmpty()) {
            return InstrumentChecks.instrumentNotFound();
        }
        String cleanName = clean(name);
        return Checks.decide(state.maintenanceTasksOf(instrumentId).stream()
                .filter(task -> task.deletedAt() == null && task.name().equalsIgnoreCase(cleanName))
                .findFirst()
                .map(task -> new Rejected(
                        RejectionCode.DUPLICATE_NAME, "The plan already has a task named " + task.name())));
    }

    @Override
    public List<RowChange> apply(Actor actor, DomainState state, Instant now) {
        return List.of(new RowChange.Inserted(new MaintenanceTask(
                taskId,
                state.organizationId(),
                instrumentId,
                clean(name),
                intervalDays,
                firstDueAt.truncatedTo(ChronoUnit.MICROS),
                null,
                now,
                now,
                null,
                1)));
    }
}
