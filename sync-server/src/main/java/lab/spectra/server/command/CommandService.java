package lab.spectra.server.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.command.Applied;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandHandler;
import lab.spectra.model.command.Outcome;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.command.Row;
import lab.spectra.model.command.RowChange;
import lab.spectra.model.id.Ids;
import lab.spectra.model.jdbc.DataAccessException;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.jdbc.JdbcRowWriter;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.protocol.CommandTypes;
import lab.spectra.model.protocol.RowCodec;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.trust.CommandSeals;
import lab.spectra.model.trust.LateSyncReview;
import lab.spectra.model.trust.ReviewFlag;
import lab.spectra.model.trust.ReviewItem;
import lab.spectra.server.audit.AuditTrail;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.OrgSequence;
import lab.spectra.server.metrics.CommandOutcomes;

/**
 * Decides commands as the authority, each in one transaction of its author's organization:
 * the organization's lock, the stored answer if the command was decided before, what its evidence
 * lets through (for synced commands), the shared rules on the server's own data, then the row
 * changes with their change-log and audit entries, a review item when the server could not vouch
 * for everything, and the answer kept for next time. Either all of it is written or nothing.
 *
 * <p>Answers are kept per organization, author and command id (ADR 0012): the same id used by
 * another person or in another organization is another command.
 */
public final class CommandService {

    /**
     * The most pushed commands decided in one transaction, each in its own savepoint: PostgreSQL
     * keeps the ids of up to 64 subtransactions per session in shared memory; beyond that every
     * session's visibility checks fall back to a slow lookup (ADR 0031).
     */
    public static final int DECISIONS_PER_TRANSACTION = 64;

    private final Database database;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final CommandHandler handler;
    private final JdbcRowWriter writer;
    private final AuditTrail auditTrail;
    private final RowCodec codec;
    private final CommandSeals seals;
    private final Endorsement endorsement;
    private final CommandOutcomes outcomes;

    public CommandService(Database database, ObjectMapper mapper, Clock clock) {
        this(database, mapper, clock, Endorsement.NONE);
    }

    /** @param endorsement what the server adds to accepted commands (notebook countersignatures) */
    public CommandService(Database database, ObjectMapper mapper, Clock clock, Endorsement endorsement) {
        this(database, mapper, clock, endorsement, CommandOutcomes.NONE);
    }

    /** @param outcomes where the answers to REST writes ({@link #execute}) are counted */
    public CommandService(
            Database database, ObjectMapper mapper, Clock clock, Endorsement endorsement, CommandOutcomes outcomes) {
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        this.endorsement = Objects.requireNonNull(endorsement, "endorsement");
        this.database = Objects.requireNonNull(database, "database");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.handler = new CommandHandler();
        this.writer = new JdbcRowWriter(database.dialect(), mapper);
        this.auditTrail = new AuditTrail(database, mapper);
        this.codec = new RowCodec(mapper);
        this.seals = new CommandSeals(mapper);
    }

    /**
     * A REST write, or any command whose author is the caller and whose time is the server's own:
     * decided at once, kept under its id for a retry.
     */
    public CommandResult execute(Command command, Actor actor) {
        CommandResult result = decideDirectly(command, actor);
        outcomes.decided(CommandOutcomes.Via.REST, command, result);
        return result;
    }

    private CommandResult decideDirectly(Command command, Actor actor) {
        return guarded(
                command,
                () -> database.inTenant(actor.organizationId(), connection -> {
                    OrgSequence sequence = OrgSequence.lock(connection, actor.organizationId());
                    Instant now = clock.instant();
                    String contentHash = seals.hash(command);
                    Optional<CommandResult> earlier =
                            earlierAnswer(connection, actor.organizationId(), command, contentHash);
                    if (earlier.isPresent()) {
                        return earlier.get();
                    }
                    DeferredWrites writes = deferredWrites();
                    CommandResult result = decide(
                            connection,
                            sequence,
                            writes,
                            PrefetchedState.none(new JdbcDomainState(connection, actor.organizationId(), mapper)),
                            HeldInserts.immediate(writer, connection),
                            command,
                            actor,
                            new Admission.Admitted(command, now, List.of(), contentHash),
                            command.meta().authoredAt(),
                            now,
                            false);
                    writes.flush(connection, sequence);
                    sequence.save(connection);
                    return result;
                }));
    }

    /** What became of groups of commands decided as one change ({@link #executeAll}). */
    public sealed interface Batch {

        /** All of them apply; {@code written} is false for a trial, which writes nothing. */
        record AllApplied(int count, boolean written) implements Batch {}

        /** Some groups were refused, each for its first refused command, so nothing was written. */
        record Refused(List<GroupRefusal> refusals) implements Batch {

            public Refused {
                refusals = List.copyOf(refusals);
            }
        }

        /** The group at {@code group} (from 0) and why its command was refused. */
        record GroupRefusal(int group, CommandResult refusal) {}
    }

    /**
     * Decides groups of commands of one author as one change, in order, each seeing what the ones
     * before it wrote: all are written, or none when any is refused. A refused command ends its
     * group (the rest of it builds on it) and the next group is still decided, so one answer names
     * every group at fault. With {@code trial} nothing is written even when all apply, so a
     * preview is answered by the very rules that would write.
     */
    public Batch executeAll(List<List<Command>> groups, Actor actor, boolean trial) {
        int[] deciding = {0};
        try {
            return database.inTenant(actor.organizationId(), connection -> {
                OrgSequence sequence = OrgSequence.lock(connection, actor.organizationId());
                DeferredWrites writes = deferredWrites();
                PrefetchedState state =
                        PrefetchedState.none(new JdbcDomainState(connection, actor.organizationId(), mapper));
                HeldInserts held = HeldInserts.immediate(writer, connection);
                Instant now = clock.instant();
                List<Batch.GroupRefusal> refusals = new ArrayList<>();
                int count = 0;
                for (List<Command> group : groups) {
                    for (Command command : group) {
                        Admission.Admitted admitted =
                                new Admission.Admitted(command, now, List.of(), seals.hash(command));
                        CommandResult result = decide(
                                connection,
                                sequence,
                                writes,
                                state,
                                held,
                                command,
                                actor,
                                admitted,
                                command.meta().authoredAt(),
                                now,
                                false);
                        // Written at once, so a constraint that refuses it names this group.
                        writes.flush(connection, sequence);
                        if (!(result instanceof CommandResult.Applied)) {
                            refusals.add(new Batch.GroupRefusal(deciding[0], result));
                            break;
                        }
                        count++;
                    }
                    deciding[0]++;
                }
                if (!refusals.isEmpty()) {
                    throw new Undone(new Batch.Refused(refusals));
                }
                if (trial) {
                    throw new Undone(new Batch.AllApplied(count, false));
                }
                sequence.save(connection);
                return new Batch.AllApplied(count, true);
            });
        } catch (Undone undone) {
            return undone.batch;
        } catch (DataAccessException | DateTimeException e) {
            // A constraint the rules could not see, or a value no column can hold: the database has
            // given up on the transaction, so the group that met it is the last one decided.
            Optional<ValueRefusal> refusal = refusalOf(e);
            if (refusal.isPresent()) {
                Command command = groups.get(deciding[0]).get(0);
                return new Batch.Refused(List.of(new Batch.GroupRefusal(
                        deciding[0],
                        refusal.get() == ValueRefusal.TAKEN ? alreadyExists(command) : unstorable(command))));
            }
            throw e;
        }
    }

    /** Carries a batch's answer out of its transaction, which is rolled back on the way. */
    private static final class Undone extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Batch batch;

        Undone(Batch batch) {
            super(null, null, false, false);
            this.batch = batch;
        }
    }

    /**
     * A command pushed by a workstation: its author need not be the pusher (a signed command may
     * be sent by anyone of the organization signed in on that bench), and the gate decides what
     * its signature, chain and time receipt let through.
     */
    public CommandResult executeSynced(Command command, UserAccount pusher, AdmissionGate gate) {
        return executeSynced(List.of(command), pusher, gate).get(0);
    }

    /**
     * Commands pushed together, answered in the order sent (ADR 0031). They are decided in
     * transactions of at most {@link #DECISIONS_PER_TRANSACTION}, each taking the organization's
     * lock once; every command still runs alone, against what the ones before it left. A command
     * whose values the database refuses (a constraint, or a value it cannot store) is answered as
     * rejected while the others stand: the rare transaction that meets one is rolled back and
     * decided again with a savepoint around each command, so only that command's writes are undone.
     * A database failure that is not such a refusal ends the request: the transactions committed
     * before it keep their answers for the retry, the one it broke is rolled back whole and nothing
     * of it is answered.
     */
    public List<CommandResult> executeSynced(List<Command> batch, UserAccount pusher, AdmissionGate gate) {
        List<CommandResult> results = new ArrayList<>(batch.size());
        for (int from = 0; from < batch.size(); from += DECISIONS_PER_TRANSACTION) {
            List<Command> part = batch.subList(from, Math.min(batch.size(), from + DECISIONS_PER_TRANSACTION));
            List<CommandResult> answers;
            try {
                answers = database.inTenant(
                        pusher.organizationId(), connection -> decideTogether(connection, part, pusher, gate, false));
            } catch (ValueRefused refused) {
                answers = database.inTenant(
                        pusher.organizationId(), connection -> decideTogether(connection, part, pusher, gate, true));
            }
            results.addAll(answers);
        }
        return results;
    }

    /** The database refused a command decided without a savepoint: its transaction is decided again with them. */
    private static final class ValueRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ValueRefused() {
            super(null, null, false, false);
        }
    }

    /**
     * Without savepoints (the normal case) the writes no rule reads back are held and written once,
     * before the commit ({@link DeferredWrites}, the gate's chain heads); with them, each command's
     * writes are made inside its own savepoint, so a refused command's are undone with it.
     */
    private List<CommandResult> decideTogether(
            Connection connection, List<Command> part, UserAccount pusher, AdmissionGate gate, boolean savepoints)
            throws SQLException {
        UUID organizationId = pusher.organizationId();
        OrgSequence sequence = OrgSequence.lock(connection, organizationId);
        gate.forgetHeld();
        DeferredWrites writes = deferredWrites();
        HeldInserts held =
                savepoints ? HeldInserts.immediate(writer, connection) : HeldInserts.holding(writer, connection);
        PrefetchedState state = PrefetchedState.read(
                        connection, new JdbcDomainState(connection, organizationId, mapper), part)
                .writingFirst(held);
        PushedTogether together = PushedTogether.read(connection, organizationId, state, part);
        List<CommandResult> results = new ArrayList<>(part.size());
        try {
            for (Command command : part) {
                Savepoint savepoint = savepoints ? connection.setSavepoint() : null;
                OrgSequence.Mark mark = sequence.mark();
                CommandResult result;
                try {
                    result = decideSynced(connection, sequence, writes, state, held, command, pusher, gate, together);
                    if (savepoint != null) {
                        writes.flush(connection, sequence);
                        gate.writeHeld(connection);
                        connection.releaseSavepoint(savepoint);
                    }
                } catch (SQLException | DataAccessException | DateTimeException e) {
                    Optional<ValueRefusal> refusal = refusalOf(e);
                    if (savepoint == null || refusal.isEmpty()) {
                        throw e;
                    }
                    // Only this command's writes are undone; the transaction goes on with the next.
                    connection.rollback(savepoint);
                    writes.discard();
                    state.forget();
                    gate.forgetHeld();
                    sequence.reset(mark);
                    together.forgetAuthors();
                    result = refusal.get() == ValueRefusal.TAKEN ? alreadyExists(command) : unstorable(command);
                }
                together.answered(command);
                results.add(result);
            }
            held.flush();
            writes.flush(connection, sequence);
            gate.writeHeld(connection);
        } catch (SQLException | DataAccessException | DateTimeException e) {
            if (!savepoints && refusalOf(e).isPresent()) {
                // The transaction is lost; rolled back, it is decided again command by command.
                throw new ValueRefused();
            }
            throw e;
        }
        sequence.save(connection);
        return results;
    }

    private CommandResult decideSynced(
            Connection connection,
            OrgSequence sequence,
            DeferredWrites writes,
            PrefetchedState state,
            HeldInserts held,
            Command command,
            UserAccount pusher,
            AdmissionGate gate,
            PushedTogether together)
            throws SQLException {
        Instant now = clock.instant();
        Optional<UserAccount> author = together.author(command.meta().authorId());
        if (author.isEmpty()) {
            return new CommandResult.Rejected(
                    command.meta().commandId(),
                    RejectionCode.AUTHOR_MISMATCH,
                    "This change was made by someone who is not a member of your organization");
        }
        Optional<CommandResult.Rejected> impostor = gate.refuseImpostor(connection, command, author.get());
        if (impostor.isPresent()) {
            return impostor.get();
        }
        String contentHash = gate.contentHash(command);
        Instant receivedAt = gate.previouslyAppliedAt(command, contentHash).orElse(now);
        if (together.mayHaveAnswer(command)) {
            // The answer may be one this transaction holds back (the same command sent twice).
            writes.flush(connection, sequence);
            Optional<CommandResult> earlier = earlierAnswer(connection, pusher.organizationId(), command, contentHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Admission admission = gate.admit(connection, command, author.get(), receivedAt);
        if (admission instanceof Admission.Refused refused) {
            if (refused.recorded()) {
                remember(writes, pusher.organizationId(), command, refused.result(), contentHash, receivedAt);
                gate.decided(connection, command);
            }
            return refused.result();
        }
        Admission.Admitted admitted = (Admission.Admitted) admission;
        CommandResult result = decide(
                connection,
                sequence,
                writes,
                state,
                held,
                command,
                author.get().asActor(),
                admitted,
                command.meta().authoredAt(),
                receivedAt,
                true);
        gate.decided(connection, command);
        if (touchesPeople(result)) {
            // A later command of the batch may be by someone this one changed.
            together.forgetAuthors();
        }
        return result;
    }

    private static boolean touchesPeople(CommandResult result) {
        return result instanceof CommandResult.Applied applied
                && applied.rows().stream()
                        .anyMatch(row -> Table.USERS.tableName().equals(row.table()));
    }

    /** How the database refused a command's own values. */
    private enum ValueRefusal {
        /** A constraint the rules could not see: an id or unique value already taken (SQLSTATE class 23). */
        TAKEN,
        /**
         * A value no column can hold (class 22: text with a NUL character, a number or time out of
         * range), or one that fails before it gets there (a time beyond Java's date types).
         */
        UNSTORABLE
    }

    /**
     * Whether the failure is the database refusing the command's values, which rejects the
     * command; empty for a failure of the database itself. An unstorable value is the command's
     * fault as much as a taken id: answered as a 5xx, the bench would send it again for ever.
     */
    private static Optional<ValueRefusal> refusalOf(Exception e) {
        if (e instanceof DateTimeException) {
            return Optional.of(ValueRefusal.UNSTORABLE);
        }
        String state = sqlState(e);
        if (state != null && state.startsWith("23")) {
            return Optional.of(ValueRefusal.TAKEN);
        }
        if (state != null && state.startsWith("22")) {
            return Optional.of(ValueRefusal.UNSTORABLE);
        }
        return Optional.empty();
    }

    private static String sqlState(Exception e) {
        SQLException sql = e instanceof DataAccessException access
                ? access.sqlException()
                : e instanceof SQLException direct ? direct : null;
        // A batch's failure may carry its state only on the statement that failed.
        for (SQLException next = sql; next != null; next = next.getNextException()) {
            if (next.getSQLState() != null) {
                return next.getSQLState();
            }
        }
        return null;
    }

    private static CommandResult.Rejected unstorable(Command command) {
        return new CommandResult.Rejected(
                command.meta().commandId(),
                RejectionCode.INVALID_INPUT,
                "This change holds a value the server cannot store (text with a NUL character, or a number or"
                        + " time out of range); it was not applied");
    }

    private static CommandResult.Rejected alreadyExists(Command command) {
        return new CommandResult.Rejected(
                command.meta().commandId(),
                RejectionCode.ALREADY_EXISTS,
                "This change conflicts with an existing record (an id or a unique value is already taken)");
    }

    /**
     * Inserts rows that no command makes (demo data, imported SPC points) the same way commands
     * write: change-log and audit entries included, so they sync and are accounted for.
     */
    public void insertSystemRows(UUID organizationId, UUID actorId, String action, List<? extends Row> rows) {
        database.inTenant(organizationId, connection -> {
            OrgSequence sequence = OrgSequence.lock(connection, organizationId);
            DeferredWrites writes = deferredWrites();
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            for (Row row : rows) {
                insertSystemRow(connection, sequence, writes, actorId, null, action, row, now);
            }
            writes.flush(connection, sequence);
            sequence.save(connection);
            return null;
        });
    }

    private CommandResult guarded(Command command, Supplier<CommandResult> work) {
        try {
            return work.get();
        } catch (DataAccessException | DateTimeException e) {
            // The rules ran before any write; a constraint can still refuse what they could not
            // see, such as an id already used by another organization's record, and a column what
            // it cannot hold.
            Optional<ValueRefusal> refusal = refusalOf(e);
            if (refusal.isEmpty()) {
                throw e;
            }
            return refusal.get() == ValueRefusal.TAKEN ? alreadyExists(command) : unstorable(command);
        }
    }

    private CommandResult decide(
            Connection connection,
            OrgSequence sequence,
            DeferredWrites writes,
            PrefetchedState state,
            HeldInserts held,
            Command original,
            Actor author,
            Admission.Admitted admission,
            Instant authoredAt,
            Instant receivedAt,
            boolean synced)
            throws SQLException {
        Command command = admission.command();
        Outcome outcome = handler.handle(command, author, state, receivedAt);
        if (outcome instanceof Applied accepted) {
            if (endorsement.reads(command)) {
                held.flush();
            }
            outcome = endorsement.endorse(connection, command, author, accepted.changes(), receivedAt, synced);
        }
        CommandResult.Review review = null;
        if (outcome instanceof Applied applied) {
            List<ReviewFlag> flags = new ArrayList<>(admission.flags());
            flags.addAll(LateSyncReview.assess(command, state, admission.judgedAt(), receivedAt));
            held.write(applied.changes());
            state.written(applied.changes());
            for (RowChange change : applied.changes()) {
                record(sequence, writes, command, change, receivedAt);
            }
            if (!flags.isEmpty()) {
                held.flush();
                review = flagForReview(connection, sequence, writes, command, applied, flags, authoredAt, receivedAt);
            }
        }
        CommandResult result = codec.result(original.meta().commandId(), outcome);
        if (review != null && result instanceof CommandResult.Applied applied) {
            result = new CommandResult.Applied(applied.commandId(), applied.rows(), review);
        }
        remember(writes, author.organizationId(), original, result, admission.contentHash(), receivedAt);
        return result;
    }

    private CommandResult.Review flagForReview(
            Connection connection,
            OrgSequence sequence,
            DeferredWrites writes,
            Command command,
            Applied applied,
            List<ReviewFlag> flags,
            Instant authoredAt,
            Instant receivedAt)
            throws SQLException {
        String reason = flags.stream().map(ReviewFlag::message).collect(Collectors.joining("; "));
        List<String> codes = flags.stream().map(ReviewFlag::code).distinct().toList();
        Row first =
                applied.changes().isEmpty() ? null : applied.changes().get(0).after();
        Instant now = receivedAt.truncatedTo(ChronoUnit.MICROS);
        ReviewItem item = new ReviewItem(
                Ids.newId(),
                sequence.organizationId(),
                command.meta().commandId(),
                command.meta().authorId(),
                command.meta().workstationId(),
                CommandTypes.wireName(command.getClass()),
                first == null ? null : Table.of(first).tableName(),
                first == null ? null : first.id(),
                String.join(",", codes),
                reason.length() > 4000 ? reason.substring(0, 4000) : reason,
                authoredAt,
                now,
                null,
                null,
                null,
                now,
                now,
                1);
        insertSystemRow(
                connection,
                sequence,
                writes,
                command.meta().authorId(),
                command.meta().workstationId(),
                "FlagForReview",
                item,
                now);
        return new CommandResult.Review(codes, item.reason(), authoredAt, now);
    }

    private void insertSystemRow(
            Connection connection,
            OrgSequence sequence,
            DeferredWrites writes,
            UUID actorId,
            UUID workstationId,
            String action,
            Row row,
            Instant now)
            throws SQLException {
        writer.insert(connection, row);
        String table = Table.of(row).tableName();
        writes.changed(ChangeLog.number(sequence, table, row.id(), null, now));
        writes.audited(new AuditTrail.Event(
                now,
                actorId,
                workstationId,
                null,
                action,
                table,
                row.id(),
                null,
                codec.encode(row).data(),
                null));
    }

    private void record(OrgSequence sequence, DeferredWrites writes, Command command, RowChange change, Instant now) {
        String table = Table.of(change.after()).tableName();
        writes.changed(ChangeLog.number(
                sequence, table, change.after().id(), command.meta().commandId(), now));
        JsonNode before = change instanceof RowChange.Updated updated
                ? codec.encode(updated.before()).data()
                : null;
        writes.audited(new AuditTrail.Event(
                now,
                command.meta().authorId(),
                command.meta().workstationId(),
                command.meta().commandId(),
                CommandTypes.wireName(command.getClass()),
                table,
                change.after().id(),
                before,
                codec.encode(change.after()).data(),
                command.auditReason()));
    }

    /**
     * The answer kept for this author's command id. The same id with different content is not a
     * replay: it is answered as a conflict and nothing is kept for it.
     */
    private Optional<CommandResult> earlierAnswer(
            Connection connection, UUID organizationId, Command command, String contentHash) throws SQLException {
        UUID commandId = command.meta().commandId();
        try (PreparedStatement select = connection.prepareStatement("SELECT outcome, content_hash FROM"
                + " processed_commands WHERE organization_id = ? AND author_id = ? AND command_id = ?")) {
            select.setObject(1, organizationId);
            select.setObject(2, command.meta().authorId());
            select.setObject(3, commandId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String storedHash = row.getString(2);
                if (storedHash != null && !storedHash.equals(contentHash)) {
                    return Optional.of(new CommandResult.Conflict(
                            commandId,
                            "This change's id was already used for a different change; it was not applied",
                            null));
                }
                return Optional.of(read(row.getString(1)));
            }
        }
    }

    /** Keeps the answer under the author's command id, written with the transaction's other held writes. */
    private void remember(
            DeferredWrites writes,
            UUID organizationId,
            Command command,
            CommandResult result,
            String contentHash,
            Instant receivedAt) {
        try {
            writes.kept(new DeferredWrites.KeptAnswer(
                    command.meta().commandId(),
                    organizationId,
                    command.meta().authorId(),
                    CommandTypes.wireName(command.getClass()),
                    mapper.writeValueAsString(result),
                    receivedAt,
                    contentHash,
                    command.meta().authoredAt(),
                    command.meta().keyId(),
                    command.meta().sequence()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A command result could not be written as JSON", e);
        }
    }

    private DeferredWrites deferredWrites() {
        return new DeferredWrites(auditTrail, database.dialect());
    }

    private CommandResult read(String json) {
        try {
            return mapper.readValue(json, CommandResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored command result is unreadable", e);
        }
    }
}
