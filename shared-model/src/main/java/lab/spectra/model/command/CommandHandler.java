package lab.spectra.model.command;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import lab.spectra.model.auth.Actor;

/**
 * Decides and applies one command, the same way on the bench and on the server: who is asking,
 * are they allowed, is the command's clock plausible, and then the command's own rules.
 * It changes nothing itself; the caller persists the returned row changes in its transaction.
 */
public final class CommandHandler {

    /** How far ahead of the deciding side's clock an author's clock may run. */
    public static final Duration DEFAULT_CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private final Duration clockTolerance;

    public CommandHandler() {
        this(DEFAULT_CLOCK_TOLERANCE);
    }

    public CommandHandler(Duration clockTolerance) {
        this.clockTolerance = Objects.requireNonNull(clockTolerance, "clockTolerance");
    }

    /**
     * Checks a command for its author and, when accepted, applies it to the state.
     *
     * @param clockNow the deciding side's trusted time; also stamped on changed rows as
     *            {@code updated_at}
     * @throws IllegalStateException if the state belongs to another organization than the actor:
     *                               that is a wiring bug, never a user error
     */
    public Outcome handle(Command command, Actor actor, DomainState state, Instant clockNow) {
        Instant now = clockNow.truncatedTo(ChronoUnit.MICROS);
        if (!actor.organizationId().equals(state.organizationId())) {
            throw new IllegalStateException("A command must be decided inside its actor's organization");
        }
        Decision decision = authorize(command, actor, now);
        if (decision instanceof Decision.Accepted) {
            decision = command.check(actor, state);
        }
        if (decision instanceof Rejected rejected) {
            return rejected;
        }
        if (decision instanceof Conflict conflict) {
            return conflict;
        }
        return applied(command, actor, state, now);
    }

    private Decision authorize(Command command, Actor actor, Instant now) {
        CommandMeta meta = command.meta();
        if (!actor.active()) {
            return new Rejected(
                    RejectionCode.ACCOUNT_DISABLED,
                    "The account of " + actor.displayName() + " is disabled; an admin of your lab can enable it"
                            + " again under Administration > People");
        }
        if (!meta.authorId().equals(actor.userId())) {
            return new Rejected(
                    RejectionCode.AUTHOR_MISMATCH,
                    "This change was made by another user; it can only be sent by that user");
        }
        if (!actor.may(command.requiredAction())) {
            return new Rejected(
                    RejectionCode.NOT_PERMITTED,
                    "Your role (" + actor.role().displayName() + ") may not "
                            + command.requiredAction().phrase());
        }
        if (meta.authoredAt().isAfter(now.plus(clockTolerance))) {
            return new Rejected(
                    RejectionCode.CLOCK_AHEAD,
                    "This change is dated " + meta.authoredAt() + ", in the future; check the workstation's clock");
        }
        return Decision.ACCEPTED;
    }

    private static Outcome applied(Command command, Actor actor, DomainState state, Instant now) {
        List<RowChange> changes = command.apply(actor, state, now);
        for (RowChange change : changes) {
            if (!change.after().organizationId().equals(state.organizationId())) {
                throw new IllegalStateException(
                        command.getClass().getSimpleName() + " tried to write a row of another organization");
            }
        }
        return new Applied(changes);
    }
}
