package lab.spectra.server.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.Row;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.ChangeEnvelope;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.protocol.DataEpoch;
import lab.spectra.model.protocol.PullResponse;
import lab.spectra.model.protocol.PushResponse;
import lab.spectra.model.protocol.RowCodec;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.trust.CommandSeals;
import lab.spectra.model.trust.DecisionReceipt;
import lab.spectra.server.command.ChangeLog;
import lab.spectra.server.command.CommandService;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.OrgSequence;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.trust.SyncAdmission;
import lab.spectra.server.trust.TrustService;

/**
 * The two halves of sync, without HTTP: a workstation pushes its user's pending commands and
 * pulls its organization's changes after a checkpoint.
 */
public final class SyncService {

    public static final int MAX_PUSH_BATCH = 500;
    public static final int DEFAULT_PULL_LIMIT = 1000;
    public static final int MAX_PULL_LIMIT = 5000;

    private final Database database;
    private final CommandService commands;
    private final ObjectMapper mapper;
    private final RowCodec codec;
    private final Clock clock;
    private final TrustService trust;
    private final CommandSeals seals;

    public SyncService(
            Database database, CommandService commands, TrustService trust, ObjectMapper mapper, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.commands = Objects.requireNonNull(commands, "commands");
        this.trust = Objects.requireNonNull(trust, "trust");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.codec = new RowCodec(mapper);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.seals = new CommandSeals(mapper);
    }

    /**
     * Decides the commands in the order sent, up to {@link CommandService#DECISIONS_PER_TRANSACTION}
     * of them per transaction, each in its own savepoint (ADR 0031): what was committed stays
     * decided even if a later part fails, and a retry of the batch gets the stored answers. The
     * batch's signatures are weighed once, up front (ADR 0012). Notebook signatures travel too:
     * their device signature is checked and countersigned as the command is decided (ADR 0018).
     *
     * @param workstationId the pushing bench, when it named itself: the answer then carries a
     *                      time receipt for it
     */
    public PushResponse push(UserAccount pusher, Optional<UUID> workstationId, List<Command> batch) {
        return push(pusher, workstationId, batch, List.of());
    }

    /**
     * As {@link #push(UserAccount, Optional, List)}; {@code decidedBefore} are decision receipts a
     * bench sends again with commands after a restore (ADR 0040): a command a receipt of this server
     * names with its exact content is judged as received when the receipt says. Receipts that do not
     * verify, or are another organization's, are ignored: those commands are decided as any other.
     * The answer names the commands applied in a new decision receipt.
     */
    public PushResponse push(
            UserAccount pusher, Optional<UUID> workstationId, List<Command> batch, List<String> decidedBefore) {
        List<DecisionReceipt> priors = new ArrayList<>();
        for (String compact : new LinkedHashSet<>(decidedBefore)) {
            trust.verifyDecisionReceipt(pusher.organizationId(), compact).ifPresent(priors::add);
        }
        SyncAdmission gate = SyncAdmission.prepare(database, trust, seals, pusher, batch, priors);
        List<CommandResult> results = commands.executeSynced(batch, pusher, gate);
        Map<UUID, String> applied = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            if (results.get(i) instanceof CommandResult.Applied) {
                applied.put(batch.get(i).meta().commandId(), gate.contentHash(batch.get(i)));
            }
        }
        Instant decidedAt = clock.instant();
        return new PushResponse(
                results,
                decidedAt,
                receipt(pusher, workstationId),
                applied.isEmpty() ? null : trust.decisionReceipt(pusher.organizationId(), decidedAt, applied));
    }

    private String receipt(UserAccount caller, Optional<UUID> workstationId) {
        return workstationId
                .map(workstation -> trust.receiptFor(caller.organizationId(), workstation))
                .orElse(null);
    }

    /**
     * Refuses a pull after a change number the organization never reached (409
     * {@value DataEpoch#CHECKPOINT_AHEAD}): the data was restored to a time before the bench's last
     * pull, even if nobody declared it (ADR 0040). The bench then loads again and sends what it keeps.
     */
    public void refuseCheckpointAhead(UserAccount caller, long after) {
        if (after == 0) {
            return;
        }
        UUID organizationId = caller.organizationId();
        long newest = database.inTenant(
                organizationId, connection -> OrgSequence.lastChangeNumber(connection, organizationId));
        if (after > newest) {
            throw new ApiException(
                    409,
                    DataEpoch.CHECKPOINT_AHEAD,
                    "This bench has synced changes up to number " + after + " but the server's data ends at " + newest
                            + ": the server was restored from a backup. The bench loads the data again and sends"
                            + " what it still holds");
        }
    }

    /**
     * The organization's changes numbered above {@code after}. A row changed several times in the
     * page is sent once, as it is now, under the page's highest number for it; a row that is gone
     * (or never was the caller's) travels as a tombstone. Server-only tables advance the checkpoint
     * without being sent.
     */
    public PullResponse pull(UserAccount caller, Optional<UUID> workstationId, long after, int limit) {
        UUID organizationId = caller.organizationId();
        return database.inTenant(organizationId, connection -> {
            List<ChangeLog.Entry> entries = ChangeLog.after(connection, organizationId, after, limit + 1);
            boolean hasMore = entries.size() > limit;
            List<ChangeLog.Entry> page = hasMore ? entries.subList(0, limit) : entries;
            long nextCheckpoint =
                    page.isEmpty() ? after : page.get(page.size() - 1).changeNumber();

            Map<Table, Map<UUID, Long>> latestByTable = new LinkedHashMap<>();
            for (ChangeLog.Entry entry : page) {
                Table.byName(entry.tableName())
                        .filter(Table::sentToWorkstations)
                        .ifPresent(table -> latestByTable
                                .computeIfAbsent(table, t -> new LinkedHashMap<>())
                                .merge(entry.rowId(), entry.changeNumber(), Math::max));
            }
            JdbcDomainState state = new JdbcDomainState(connection, organizationId, mapper);
            List<ChangeEnvelope> changes = new ArrayList<>();
            latestByTable.forEach((table, latest) -> changes.addAll(envelopes(state, table, latest)));
            changes.sort(Comparator.comparingLong(ChangeEnvelope::changeNumber));
            return new PullResponse(changes, nextCheckpoint, hasMore, clock.instant(), receipt(caller, workstationId));
        });
    }

    private List<ChangeEnvelope> envelopes(JdbcDomainState state, Table table, Map<UUID, Long> latest) {
        Object[] ids = latest.keySet().toArray();
        String placeholders = String.join(", ", Collections.nCopies(ids.length, "?"));
        Map<UUID, Row> current = new LinkedHashMap<>();
        List<? extends Row> found = table == Table.ORGANIZATIONS
                ? state.organization().stream()
                        .filter(own -> latest.containsKey(own.id()))
                        .toList()
                : state.<Row>find(table, "id IN (" + placeholders + ")", ids);
        for (Row row : found) {
            current.put(row.id(), row);
        }
        List<ChangeEnvelope> envelopes = new ArrayList<>(latest.size());
        latest.forEach((id, changeNumber) -> {
            Row row = current.get(id);
            envelopes.add(new ChangeEnvelope(
                    changeNumber,
                    table.tableName(),
                    id,
                    row == null ? null : codec.encode(row).data()));
        });
        return envelopes;
    }
}
