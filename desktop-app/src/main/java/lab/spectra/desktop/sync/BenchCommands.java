package lab.spectra.desktop.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import lab.spectra.desktop.store.BenchState;
import lab.spectra.desktop.store.LocalDatabase;
import lab.spectra.desktop.store.LocalSqlWork;
import lab.spectra.desktop.trust.CommandSigner;
import lab.spectra.desktop.trust.Identities;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandHandler;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.Rejected;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.Table;

/**
 * Runs commands on the bench, first and at once: the shared rules decide against the local copy,
 * and the rows, the undo record and the outbox entry are written in one transaction.
 *
 * <p>Everything that changes local rows goes through here under one lock, including the server's
 * rows: {@link #rebase} takes the pending commands back, lets the server's truth in, and runs the
 * still-pending commands again on top, so the screen shows server truth plus unsent work.
 */
public final class BenchCommands {

    private final LocalDatabase database;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final CommandHandler handler = new CommandHandler();
    private final JdbcRowWriter writer;
    private final Outbox outbox;
    private final LocalEffects effects;
    private final Identities identities;
    private final CommandSigner signer;
    private final ReentrantLock writeLock = new ReentrantLock();

    /**
     * @param clock      the trusted clock: offline checks never use a time before the last server time seen
     * @param identities who is unlocked here: their signed snapshots say what they may do
     * @param signer     signs each command as it is queued
     */
    public BenchCommands(
            LocalDatabase database, ObjectMapper mapper, Clock clock, Identities identities, CommandSigner signer) {
        this.database = database;
        this.mapper = mapper;
        this.clock = clock;
        this.identities = identities;
        this.signer = signer;
        this.writer = new JdbcRowWriter(database.dialect(), mapper);
        this.outbox = new Outbox(mapper);
        this.effects = new LocalEffects(mapper, writer);
    }

    /**
     * Decides the command as its author on this PC. Applied: the change is visible locally and
     * queued for the server. Rejected or conflict: nothing was written.
     */
    public Outcome execute(Command command) {
        return execute(command, UnaryOperator.identity());
    }

    /**
     * As {@link #execute(Command)}, with a last step once the command has its final time (it is
     * re-dated when a newer time receipt arrived meanwhile): for what must cover that time, such
     * as a notebook signature's device signature (ADR 0018).
     */
    public Outcome execute(Command command, UnaryOperator<Command> completeWhenDated) {
        return locked(connection -> {
            UUID organizationId = BenchState.read(connection).organizationId();
            if (organizationId == null) {
                return new Rejected(RejectionCode.NOT_PERMITTED, "Sign in online once before working on this PC");
            }
            Optional<Actor> author = identities.actorOf(command.meta().authorId());
            if (author.isEmpty() || !signer.canSign(command.meta().authorId())) {
                return new Rejected(
                        RejectionCode.NOT_PERMITTED,
                        "Sign in on this PC again so that your changes can be signed with your key");
            }
            Command dated = completeWhenDated.apply(signer.dated(connection, command));
            Outcome outcome = decide(connection, organizationId, dated, author.get());
            if (outcome instanceof Applied applied) {
                Command signed = signer.sign(connection, dated, true);
                outbox.append(connection, signed, clock.instant());
                effects.record(connection, command.meta().commandId(), applied.changes());
            }
            return outcome;
        });
    }

    /**
     * Signs the queued commands a person made before this bench signed anything (an upgrade), in
     * the order they were made, once that person has unlocked their key here.
     */
    public int signEarlierWorkOf(UUID authorId) {
        return locked(connection -> {
            int signed = 0;
            for (PendingCommand pending : outbox.unsignedOf(connection, authorId)) {
                outbox.replace(connection, pending.seq(), signer.sign(connection, pending.command(), false));
                signed++;
            }
            return signed;
        });
    }

    /**
     * Runs {@code serverTruth} (rows from the server, answers to pushed commands) with every
     * pending command's local effect taken back first, then runs the still-pending commands again
     * in their original order. A pending command that no longer passes locally keeps its place in
     * the outbox without effect: the server will give the real answer.
     */
    <T> T rebase(LocalSqlWork<T> serverTruth) {
        return locked(connection -> {
            effects.undoAll(connection);
            T result = serverTruth.run(connection);
            UUID organizationId = BenchState.read(connection).organizationId();
            for (PendingCommand pending : outbox.all(connection)) {
                Optional<Actor> author = identities
                        .actorOf(pending.authorId())
                        .or(() -> actor(connection, organizationId, pending.authorId()));
                if (author.isPresent()
                        && decide(connection, organizationId, pending.command(), author.get())
                                instanceof Applied applied) {
                    effects.record(connection, pending.commandId(), applied.changes());
                }
            }
            return result;
        });
    }

    /**
     * Other work on local rows, under the same lock and in one transaction: a view that must not
     * see a rebase half done, or bookkeeping that touches rows (acknowledging a blocked run).
     */
    public <T> T exclusive(LocalSqlWork<T> work) {
        return locked(work);
    }

    /** Runs {@code work} with the local database's page cache raised for a large transaction. */
    <T> T withPageCache(int megabytes, java.util.function.Supplier<T> work) {
        return database.withPageCache(megabytes, work);
    }

    Outbox outbox() {
        return outbox;
    }

    LocalEffects effects() {
        return effects;
    }

    JdbcRowWriter writer() {
        return writer;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    Clock clock() {
        return clock;
    }

    private Outcome decide(Connection connection, UUID organizationId, Command command, Actor author)
            throws SQLException {
        JdbcDomainState state = new JdbcDomainState(connection, organizationId, mapper);
        Outcome outcome = handler.handle(command, author, state, clock.instant());
        if (outcome instanceof Applied applied) {
            writer.write(connection, applied.changes());
        }
        return outcome;
    }

    /**
     * Someone not signed in, as this PC last heard of them from the server: only used to replay
     * their queued work locally, which the server decides anyway.
     */
    private Optional<Actor> actor(Connection connection, UUID organizationId, UUID userId) {
        return new JdbcDomainState(connection, organizationId, mapper)
                .<UserAccount>find(Table.USERS, "id = ?", userId).stream()
                        .findFirst()
                        .map(UserAccount::asActor);
    }

    private <T> T locked(LocalSqlWork<T> work) {
        writeLock.lock();
        try {
            return database.transaction(work);
        } finally {
            writeLock.unlock();
        }
    }
}
