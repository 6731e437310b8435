package lab.spectra.model.command;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.List;
import lab.spectra.model.auth.Action;
import lab.spectra.model.auth.Actor;

/**
 * A change a person intends, with its arguments. The bench runs it first against its local
 * cache, and the server runs the very same code again as the authority (see ADR 0001).
 *
 * <p>Identity, permission and tenancy are checked by {@link CommandHandler} before {@link #check}
 * is called, so a command only states its own business rules. Ids of the records a command
 * creates are arguments, chosen by the author, so that applying it is deterministic everywhere.
 *
 * <p>The wire name of each command type is registered in
 * {@code lab.spectra.model.protocol.CommandTypes}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public interface Command {

    CommandMeta meta();

    /** The same command with another meta (re-dated, chained, signed). */
    default Command withMeta(CommandMeta meta) {
        return MetaReplacement.copy(this, meta);
    }

    /** The permission the author needs, looked up in {@link lab.spectra.model.auth.Permissions}. */
    Action requiredAction();

    /** The business rules: accepted, rejected with a reason, or a conflict with another edit. */
    Decision check(Actor actor, DomainState state);

    /**
     * The row changes this command makes. Only called after {@link #check} accepted it against
     * the same state.
     *
     * @param actor the author, as checked; some rows record their role at the time
     * @param now   the applying side's clock, for bookkeeping timestamps ({@code updated_at})
     */
    List<RowChange> apply(Actor actor, DomainState state, Instant now);

    /**
     * Why the author made the change, in their words, for the audit trail's {@code reason}, when
     * the rows it writes have no place for it (retiring an SOP). {@code null} when there is none.
     */
    default String auditReason() {
        return null;
    }
}
