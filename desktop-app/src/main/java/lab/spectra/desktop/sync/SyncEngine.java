package lab.spectra.desktop.sync;

import com.nimbusds.jose.jwk.ECKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import lab.spectra.desktop.auth.ServerSession;
import lab.spectra.desktop.auth.Sessions;
import lab.spectra.desktop.net.NotSignedInException;
import lab.spectra.desktop.net.ServerErrorException;
import lab.spectra.desktop.net.ServerRefusedException;
import lab.spectra.desktop.net.ServerUnreachableException;
import lab.spectra.desktop.net.WorkstationRevokedException;
import lab.spectra.desktop.store.BenchState;
import lab.spectra.desktop.trust.BenchTrust;
import lab.spectra.desktop.trust.Identities;
import lab.spectra.desktop.trust.ReceiptFloor;
import lab.spectra.desktop.trust.SnapshotStore;
import lab.spectra.desktop.trust.TamperingDetected;
import lab.spectra.desktop.trust.UnlockedPerson;
import lab.spectra.desktop.update.UpdateAvailable;
import lab.spectra.model.clock.TrustedClock;
import lab.spectra.model.command.Command;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.protocol.DataEpoch;
import lab.spectra.model.protocol.PullResponse;
import lab.spectra.model.protocol.PushResponse;
import lab.spectra.model.protocol.SyncProtocol;
import lab.spectra.model.protocol.Table;
import lab.spectra.model.run.Run;
import lab.spectra.model.run.StartRun;
import lab.spectra.model.trust.IdentitySnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync: every signed-in author's pending commands are pushed in batches (each with that
 * author's session), the answers are applied (applied: the server's rows; rejected or conflict:
 * the local effect undone and the problem listed), then the organization's changes are pulled
 * page by page, each page in one transaction with its checkpoint. Runs on a background thread;
 * the UI listens to {@link SyncStatus}.
 */
public final class SyncEngine {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    /**
     * Commands per push request: large, so that the server decides them in few transactions and
     * per-request costs (receipts, signatures) are shared (ADR 0031); a signed CreateSample is about
     * 2 KB, so a request stays under the server's 1 MB body limit (a 413 halves it anyway).
     */
    public static final int PUSH_BATCH = 250;

    /** Changes per streamed pull page, each page stored in one transaction with its checkpoint. */
    public static final int PULL_PAGE = 10_000;
    /**
     * H2's page cache while the initial load's one transaction runs (MB, the default is 16): a
     * profile showed a 100,000-row load spending most of its time writing its evicted pages
     * encrypted and reading them back at commit. Only what is used is held, and it is set back after.
     */
    static final int INITIAL_LOAD_PAGE_CACHE_MB = 256;
    /**
     * Rows of an initial load committed together (ADR 0032, revised): H2 commits by revisiting
     * every row the transaction wrote, and what H2 stored to the file meanwhile (it does every half
     * second) it reads back and decrypts to do so. One transaction of 100,000 rows spent a quarter
     * of the load's time reading pages back; parts of 10,000 still 18 %; a commit per batch of
     * 1,000 (a few milliseconds of writing) none.
     */
    static final int INITIAL_LOAD_COMMIT_EVERY = BatchedRowWriter.BATCH;

    /** Changes per page from a server of an earlier release, which answers only JSON pages. */
    static final int LEGACY_PULL_PAGE = 1000;
    /**
     * How many answered commands are applied locally together (one rebase) when they cannot be
     * applied as they arrive ({@link StreamedAnswers}).
     */
    public static final int APPLY_EVERY = 1000;

    /**
     * How often a sync the live stream asked for still refreshes people's snapshots and witnesses
     * the audit checkpoint; they cost a request each, which a change announced every second would
     * otherwise repeat every second (ADR 0034).
     */
    static final Duration ROUTINE_CHECKS_EVERY = Duration.ofMinutes(1);

    /** What one sync did. {@code failure} is null when everything that could be sent was. */
    public record Report(int pushed, int applied, int refused, long pulledRows, String failure) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    private final BenchCommands commands;
    private final BenchState benchState;
    private final SyncClient client;
    private final Sessions sessions;
    private final TrustedClock clock;
    private final SyncProblems problems;
    private final PulledRowWriter pulledRows;
    private final StreamedPulls streamedPulls;
    private final StreamedAnswers streamed;
    private final FileSender files;
    private final ReleaseWatch releases;

    /** Uploads the files the bench holds for rows it has sent, telling how far it is; answers how many went. */
    @FunctionalInterface
    public interface FileSender {
        int sendWaiting(ServerSession session, FileProgress progress);
    }

    /** Registers a person's device key for this bench with the server again (after a restore it may lack it). */
    @FunctionalInterface
    public interface KeyRegistration {
        void registerAgain(ServerSession session, ECKey deviceKey);
    }

    /** Told after each part the server took: bytes of this round's files it has, and of them all. */
    @FunctionalInterface
    public interface FileProgress {
        void sent(long bytesSent, long bytesToSend);
    }

    private final ReceiptFloor receipts;
    private final Identities identities;
    private final SnapshotStore snapshots;
    private final BenchTrust trust;
    private final AuditWitness auditWitness;
    private final Consumer<WorkstationRevokedException> revoked;
    private final KeyRegistration keys;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final Object syncing = new Object();
    private final Object publishing = new Object();
    private volatile SyncStatus status;
    /** When the last sync refreshed snapshots and witnessed the audit checkpoint (System.nanoTime). */
    private long routineChecksAt = System.nanoTime() - ROUTINE_CHECKS_EVERY.toNanos() - 1;

    private boolean live;
    /** Commands per request: {@link #PUSH_BATCH} until the server said (413) that it takes fewer. */
    private volatile int pushBatch = PUSH_BATCH;

    public SyncEngine(
            BenchCommands commands,
            BenchState benchState,
            SyncClient client,
            Sessions sessions,
            TrustedClock clock,
            SyncProblems problems,
            BenchTrust trust,
            ReceiptFloor receipts,
            Identities identities,
            SnapshotStore snapshots,
            AuditWitness auditWitness,
            Consumer<WorkstationRevokedException> revoked,
            FileSender files,
            KeyRegistration keys,
            ReleaseWatch releases) {
        this.commands = commands;
        this.keys = keys;
        this.releases = releases;
        this.files = files;
        this.revoked = revoked;
        this.trust = trust;
        this.receipts = receipts;
        this.identities = identities;
        this.snapshots = snapshots;
        this.benchState = benchState;
        this.client = client;
        this.sessions = sessions;
        this.clock = clock;
        this.problems = problems;
        this.auditWitness = auditWitness;
        this.pulledRows = new PulledRowWriter(commands.mapper(), commands.writer());
        this.streamedPulls = new StreamedPulls(commands.mapper(), commands.writer(), pulledRows);
        this.streamed = new StreamedAnswers(commands, pulledRows);
        cleanUpUnfinishedLoad();
        client.syncedWithDataEpoch(benchState.dataEpoch());
        this.status = SyncStatus.initial(0, 0, benchState.read().lastSyncAt());
        refreshCounts();
    }

    public SyncStatus status() {
        return status;
    }

    /** Called on the sync thread; a UI hands the value over to its own thread. */
    public void addListener(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
    }

    public void removeListener(Consumer<SyncStatus> listener) {
        listeners.remove(listener);
    }

    /** Recounts pending changes and problems, e.g. after a local command or an acknowledgement. */
    public void refreshCounts() {
        commands.exclusive(connection -> {
            int pending = commands.outbox().count(connection);
            int waiting = commands.outbox().waitingForTheirAuthor(connection, signedIn());
            publish(status.counts(pending, waiting, SyncProblems.count(connection)));
            return null;
        });
    }

    private Set<UUID> signedIn() {
        Set<UUID> people = new HashSet<>();
        sessions.all().forEach(session -> people.add(session.userId()));
        return people;
    }

    /** Pushes, then pulls; one sync at a time. */
    public Report syncNow() {
        return syncNow(false);
    }

    /**
     * Pushes, then pulls; one sync at a time.
     *
     * @param announced whether the server's live stream asked for it: such a sync is about the
     *                  change just announced, so the calls that only keep things fresh (people's
     *                  signed snapshots, the audit checkpoint) are left out if made within
     *                  {@link #ROUTINE_CHECKS_EVERY}; every other sync makes them
     */
    public Report syncNow(boolean announced) {
        synchronized (syncing) {
            Counter counter = new Counter();
            boolean routineChecks = !announced || System.nanoTime() - routineChecksAt > ROUTINE_CHECKS_EVERY.toNanos();
            try {
                SyncProtocol.Verdict protocol = client.protocolVerdict();
                if (protocol instanceof SyncProtocol.ServerTooOld newer) {
                    // Nothing is sent the server could not read: the queue waits for its update.
                    counter.failure = newer.message();
                    refreshCounts();
                    publish(status.finished(SyncStatus.Connectivity.ONLINE, status.lastSyncAt(), counter.failure));
                    return counter.report();
                }
                try {
                    push(counter);
                    pull(counter, routineChecks);
                } catch (ServerRefusedException e) {
                    if (!RestoredData.signalledBy(e)) {
                        throw e;
                    }
                    startOverAfterARestore(e);
                    push(counter);
                    pull(counter, routineChecks);
                }
                rememberTheDataEpoch();
                sendFiles(counter);
                if (routineChecks) {
                    refreshSnapshots();
                    routineChecksAt = System.nanoTime();
                }
                Instant now = clock.instant();
                benchState.synced(now);
                refreshCounts();
                offerRelease();
                publish(status.finished(SyncStatus.Connectivity.ONLINE, now, counter.failure));
                return counter.report();
            } catch (WorkstationRevokedException e) {
                // The bench's data is deleted now; nothing of it may be touched after this.
                LOG.warn("This workstation was revoked: {}", e.getMessage());
                revoked.accept(e);
                counter.failure = e.getMessage();
                return counter.report();
            } catch (ServerErrorException e) {
                LOG.warn("Sync postponed, the server answered with an error: {}", e.getMessage());
                counter.failure = e.getMessage() + "; your changes are kept on this PC and sent later";
                refreshCounts();
                publish(status.finished(SyncStatus.Connectivity.SERVER_ERROR, status.lastSyncAt(), counter.failure));
                return counter.report();
            } catch (ServerUnreachableException e) {
                LOG.info("Sync postponed: {}", e.getMessage());
                counter.failure = "The server cannot be reached; your changes are kept on this PC and sent later";
                refreshCounts();
                publish(status.finished(SyncStatus.Connectivity.OFFLINE, status.lastSyncAt(), counter.failure));
                return counter.report();
            } catch (NotSignedInException | ServerRefusedException e) {
                LOG.warn("Sync stopped: {}", e.getMessage());
                counter.failure = e.getMessage();
                refreshCounts();
                offerRelease();
                publish(status.finished(SyncStatus.Connectivity.ONLINE, status.lastSyncAt(), counter.failure));
                return counter.report();
            }
        }
    }

    /**
     * The server's data was restored from a backup older than what this bench synced (ADR 0040): the
     * commands it still keeps are queued again before those made since, the data is emptied and loaded
     * anew, and the people signed in here have their device keys registered again (the restored data may
     * predate them). The server answers what it still has as it did, and decides the rest.
     */
    private void startOverAfterARestore(ServerRefusedException signal) {
        Optional<UUID> epoch = client.serverDataEpoch();
        int queued = commands.exclusive(connection -> RestoredData.startOver(connection, epoch));
        cleanUpUnfinishedLoad();
        client.syncedWithDataEpoch(epoch);
        LOG.warn(
                "The server's data was restored from a backup ({}): loading it again and sending the {} changes"
                        + " this bench kept",
                signal.getMessage(),
                queued);
        for (ServerSession session : sessions.all()) {
            identities.of(session.userId()).ifPresent(person -> {
                try {
                    keys.registerAgain(session, person.deviceKey());
                } catch (ServerRefusedException | NotSignedInException e) {
                    LOG.warn("The device key of {} could not be registered again: {}", session.email(), e.getMessage());
                }
            });
        }
    }

    /**
     * The lab's newer bench release, in the status from now on, when the server announces one;
     * asked also when the server refused the sync, so that a bench too old to sync hears where its
     * installer is.
     */
    private void offerRelease() {
        UpdateAvailable offered = releases.offered().orElse(null);
        if (!Objects.equals(offered, status.update())) {
            publish(status.offering(offered));
        }
    }

    /**
     * A bench that has not named the epoch it syncs with learns it from its first sync; commands the
     * server decided longer ago than the retention window are forgotten.
     */
    private void rememberTheDataEpoch() {
        Optional<UUID> named = client.serverDataEpoch();
        Instant now = clock.instant();
        commands.exclusive(connection -> {
            if (named.isPresent() && BenchState.dataEpoch(connection).isEmpty()) {
                BenchState.dataEpoch(connection, named.get());
                client.syncedWithDataEpoch(named);
            }
            SentCommands.forgetOlderThan(connection, now, DataEpoch.RETENTION);
            return null;
        });
    }

    /**
     * After the rows that name them went up, the files' bytes follow, with anyone's session. A
     * file that cannot go now (too large for the lab, a damaged copy) does not stop the sync: it is
     * said and tried again next time.
     */
    private void sendFiles(Counter counter) {
        for (ServerSession session : sessions.all()) {
            try {
                files.sendWaiting(session, (sent, toSend) -> publish(status.sendingFiles(sent, toSend)));
                return;
            } catch (NotSignedInException e) {
                LOG.warn("Could not upload files with the session of {}: {}", session.email(), e.getMessage());
            } catch (ServerRefusedException | java.io.UncheckedIOException | IllegalStateException e) {
                LOG.warn("A file could not be uploaded: {}", e.getMessage());
                counter.failure = "A file could not be uploaded: " + e.getMessage();
                return;
            }
        }
    }

    private static final class Counter {
        int pushed;
        int applied;
        int refused;
        long pulled;
        String failure;

        Report report() {
            return new Report(pushed, applied, refused, pulled, failure);
        }
    }

    /**
     * Sends the queue in the order it was made, with the session of anyone signed in: a signed
     * command speaks for its author whoever sends it (ADR 0012), so a shared bench's queue does
     * not wait for each author to come back. Unsigned commands (made before this bench signed)
     * go only with their author's session.
     */
    private void push(Counter counter) {
        int toPush = commands.exclusive(connection ->
                commands.outbox().count(connection) - commands.outbox().waitingForTheirAuthor(connection, signedIn()));
        publish(status.with(SyncStatus.Connectivity.UNKNOWN, SyncStatus.Phase.PUSHING)
                .pushing(0, toPush));
        for (ServerSession session : sessions.all()) {
            try {
                pushWith(session, counter, toPush);
                return;
            } catch (NotSignedInException e) {
                // That person's session ended; the next signed-in person's session sends the queue.
                LOG.warn("Could not send with the session of {}: {}", session.email(), e.getMessage());
                counter.failure = e.getMessage();
            }
        }
    }

    /**
     * Sends the sendable queue batch by batch with one session. A batch whose answers nothing
     * else pending can notice (all applied, rows of their own) is applied as it arrives; otherwise
     * answers are applied locally in one rebase per {@link #APPLY_EVERY} commands rather than per
     * batch: a rebase replays every pending command, so doing it per batch would make a long queue
     * quadratic. Until then an answered command stays queued; if the PC stops in between, sending
     * it again just returns the kept answer.
     */
    private void pushWith(ServerSession session, Counter counter, int toPush) {
        List<Answered> answered = new ArrayList<>();
        int unapplied = 0;
        long afterSeq = 0;
        int batchSize = pushBatch;
        Set<UUID> signedIn = signedIn();
        try {
            while (true) {
                long after = afterSeq;
                int size = batchSize;
                List<PendingCommand> batch = commands.exclusive(
                        connection -> commands.outbox().oldestSendable(connection, signedIn, after, size));
                if (batch.isEmpty()) {
                    return;
                }
                PushResponse response;
                try {
                    response = client.push(
                            session,
                            batch.stream().map(PendingCommand::command).toList(),
                            commands.exclusive(connection -> SentCommands.receiptsOf(connection, idsOf(batch))));
                } catch (ServerRefusedException e) {
                    if (e.status() == 413 && batchSize > 1) {
                        // The server takes smaller requests than this bench sends: halve and go on.
                        batchSize = Math.max(1, batchSize / 2);
                        pushBatch = batchSize;
                        continue;
                    }
                    noteFailedAttempt(batch, e);
                    throw e;
                } catch (RuntimeException e) {
                    noteFailedAttempt(batch, e);
                    throw e;
                }
                receipts.observe(response.timeReceipt(), clock);
                List<CommandResult> results = checked(batch, response);
                afterSeq = batch.get(batch.size() - 1).seq();
                counter.pushed += batch.size();
                if (answered.isEmpty() && streamed.apply(batch, results, clock.instant(), response.decisionReceipt())) {
                    counter.applied += batch.size();
                } else {
                    // Answers wait for one rebase, in the order sent, once any of them needs it.
                    answered.add(new Answered(batch, results, response.decisionReceipt()));
                    unapplied += batch.size();
                }
                if (unapplied >= APPLY_EVERY) {
                    apply(answered, counter);
                    answered.clear();
                    unapplied = 0;
                }
                publish(status.with(SyncStatus.Connectivity.ONLINE, SyncStatus.Phase.PUSHING)
                        .pushing(counter.pushed, Math.max(toPush, counter.pushed)));
            }
        } finally {
            apply(answered, counter);
        }
    }

    /** Each signed-in person's fresh signed snapshot: a role changed on the server reaches the bench. */
    private void refreshSnapshots() {
        for (ServerSession session : sessions.all()) {
            Optional<UnlockedPerson> person = identities.of(session.userId());
            if (person.isEmpty()) {
                continue;
            }
            String compact = client.snapshot(session);
            if (compact == null) {
                continue;
            }
            try {
                IdentitySnapshot snapshot = trust.snapshot(
                        compact, session.userId(), person.get().deviceKey().getKeyID());
                snapshots.save(session.userId(), compact, clock.instant());
                identities.unlocked(person.get().withSnapshot(snapshot));
            } catch (TamperingDetected e) {
                LOG.warn("The server's snapshot of {} did not verify: {}", session.email(), e.getMessage());
            }
        }
    }

    /** Pushed commands with the server's answers, in the order sent. */
    private record Answered(List<PendingCommand> batch, List<CommandResult> results, String decisionReceipt) {}

    private static List<UUID> idsOf(List<PendingCommand> batch) {
        List<UUID> ids = new ArrayList<>(batch.size());
        batch.forEach(pending -> ids.add(pending.commandId()));
        return ids;
    }

    private static List<CommandResult> checked(List<PendingCommand> batch, PushResponse response) {
        if (response.results().size() != batch.size()) {
            throw new ServerRefusedException(
                    502,
                    "bad_push_answer",
                    "The server answered " + response.results().size() + " of " + batch.size() + " changes");
        }
        for (int i = 0; i < batch.size(); i++) {
            if (!response.results().get(i).commandId().equals(batch.get(i).commandId())) {
                throw new ServerRefusedException(502, "bad_push_answer", "The server answered out of order");
            }
        }
        return response.results();
    }

    private void apply(List<Answered> answered, Counter counter) {
        if (answered.isEmpty()) {
            return;
        }
        List<PendingCommand> pending = new ArrayList<>();
        List<CommandResult> results = new ArrayList<>();
        answered.forEach(each -> {
            pending.addAll(each.batch());
            results.addAll(each.results());
        });
        Map<UUID, Run> runsToBlock = runsStartedByRefused(pending, results);
        commands.rebase(connection -> {
            Instant now = clock.instant();
            for (Answered each : answered) {
                // Out of the queue, kept a while with the server's receipt (ADR 0040).
                commands.outbox().removeAll(connection, idsOf(each.batch()), now, each.decisionReceipt());
            }
            answer(connection, pending, results, runsToBlock, counter);
            return null;
        });
    }

    private void answer(
            Connection connection,
            List<PendingCommand> pending,
            List<CommandResult> results,
            Map<UUID, Run> runsToBlock,
            Counter counter)
            throws SQLException {
        UUID organizationId = BenchState.read(connection).organizationId();
        Instant now = clock.instant();
        for (int i = 0; i < pending.size(); i++) {
            PendingCommand command = pending.get(i);
            CommandResult result = results.get(i);
            if (result instanceof CommandResult.Applied applied) {
                pulledRows.applyAnswerRows(connection, organizationId, applied.rows());
                counter.applied++;
                continue;
            }
            if (result instanceof CommandResult.Conflict conflict && conflict.current() != null) {
                pulledRows.applyRow(connection, organizationId, conflict.current());
            }
            Run blocked = runsToBlock.get(command.commandId());
            UUID blockedRunId = null;
            if (blocked != null && stillReferencesExist(connection, organizationId, blocked)) {
                commands.writer().upsert(connection, blocked);
                blockedRunId = blocked.id();
            }
            problems.record(connection, command, result, blockedRunId, now);
            counter.refused++;
        }
    }

    /**
     * A refused run start leaves its run on this PC, marked blocked with the server's reason, so
     * the technician sees what happened to it; it disappears when they acknowledge the problem.
     */
    private Map<UUID, Run> runsStartedByRefused(List<PendingCommand> batch, List<CommandResult> results) {
        Map<UUID, StartRun> refusedStarts = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Command command = batch.get(i).command();
            if (command instanceof StartRun start && !(results.get(i) instanceof CommandResult.Applied)) {
                refusedStarts.put(start.meta().commandId(), start);
            }
        }
        if (refusedStarts.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        return commands.exclusive(connection -> {
            UUID organizationId = BenchState.read(connection).organizationId();
            JdbcDomainState state = new JdbcDomainState(connection, organizationId, commands.mapper());
            Map<UUID, Run> blocked = new HashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                StartRun start = refusedStarts.get(batch.get(i).commandId());
                CommandResult result = results.get(i);
                if (start != null) {
                    String reason = result instanceof CommandResult.Rejected rejected
                            ? rejected.message()
                            : ((CommandResult.Conflict) result).message();
                    state.run(start.runId())
                            .ifPresent(run -> blocked.put(start.meta().commandId(), run.blocked(reason, now)));
                }
            }
            return blocked;
        });
    }

    private boolean stillReferencesExist(Connection connection, UUID organizationId, Run run) {
        JdbcDomainState state = new JdbcDomainState(connection, organizationId, commands.mapper());
        return state.recipe(run.recipeId()).isPresent()
                && state.instrument(run.instrumentId()).isPresent()
                && state.sample(run.sampleId()).isPresent()
                && (run.deviceId() == null || state.device(run.deviceId()).isPresent())
                && (run.calibrationId() == null
                        || state.calibration(run.calibrationId()).isPresent())
                && state.<UserAccount>find(Table.USERS, "id = ?", run.operatorId())
                                .size()
                        == 1;
    }

    private void noteFailedAttempt(List<PendingCommand> batch, RuntimeException e) {
        List<UUID> ids = idsOf(batch);
        commands.exclusive(connection -> {
            commands.outbox().attemptFailed(connection, ids, e.getMessage() == null ? e.toString() : e.getMessage());
            return null;
        });
    }

    /**
     * A fresh bench (checkpoint 0) first loads every row in one snapshot, which is much faster
     * than replaying the change log (ADR 0032); then pages are pulled after the checkpoint as
     * usual. Each page is read from the server inside the local transaction that stores it with
     * its checkpoint, under the rebase lock: all of it is kept, or none. The load is committed a
     * batch at a time, marked unfinished until its last batch brings the checkpoint; a load cut
     * short is emptied ({@link InitialLoadMark}).
     */
    private void pull(Counter counter, boolean witnessAudit) {
        Optional<ServerSession> session = sessions.all().stream().findFirst();
        if (session.isEmpty()) {
            return;
        }
        publish(status.pulling(0));
        if (benchState.read().checkpoint() == 0) {
            loadInitially(session.get(), counter);
        }
        boolean streamed = true;
        while (true) {
            StreamedPulls.Stored page;
            try {
                page = streamed ? pullStreamedPage(session.get()) : pullJsonPage(session.get());
            } catch (ServerRefusedException e) {
                if (!streamed || e.status() != 400) {
                    throw e;
                }
                // A server of an earlier release takes smaller pages and only as JSON.
                streamed = false;
                continue;
            }
            receipts.observe(page.timeReceipt(), clock);
            counter.pulled += page.rows();
            publish(status.with(SyncStatus.Connectivity.ONLINE, SyncStatus.Phase.PULLING)
                    .pulling(counter.pulled));
            if (!page.hasMore()) {
                if (witnessAudit) {
                    auditWitness.witness(session.get());
                }
                return;
            }
        }
    }

    private void loadInitially(ServerSession session, Counter counter) {
        StreamedPulls.Stored loaded;
        try {
            loaded = commands.withPageCache(
                    INITIAL_LOAD_PAGE_CACHE_MB,
                    () -> commands.rebase(connection -> {
                        BenchState.Snapshot state = BenchState.read(connection);
                        if (state.checkpoint() != 0) {
                            return null;
                        }
                        return client.initialLoad(
                                session,
                                (type, body) -> streamedPulls.initialLoad(
                                        connection, state.organizationId(), body, INITIAL_LOAD_COMMIT_EVERY));
                    }));
        } catch (ServerRefusedException e) {
            cleanUpUnfinishedLoad();
            if (e.status() == 404) {
                // A server of an earlier release: the change log is replayed from the start instead.
                return;
            }
            throw e;
        } catch (RuntimeException e) {
            cleanUpUnfinishedLoad();
            throw e;
        }
        if (loaded != null) {
            receipts.observe(loaded.timeReceipt(), clock);
            counter.pulled += loaded.rows();
            publish(status.with(SyncStatus.Connectivity.ONLINE, SyncStatus.Phase.PULLING)
                    .pulling(counter.pulled));
        }
    }

    /**
     * Empties what a load cut short left (its parts already committed), at start and after a cut:
     * the bench shows an organization whole or not at all, and the next sync loads it again. Not a
     * rebase: pending commands replayed on empty tables would fail; the next load's rebase replays them.
     */
    private void cleanUpUnfinishedLoad() {
        if (commands.exclusive(InitialLoadMark::cleanUp)) {
            LOG.info("Emptied the part of an initial load that did not finish; the next sync loads it again");
        }
    }

    private StreamedPulls.Stored pullStreamedPage(ServerSession session) {
        return commands.rebase(connection -> {
            BenchState.Snapshot state = BenchState.read(connection);
            return client.pullStreamed(
                    session,
                    state.checkpoint(),
                    PULL_PAGE,
                    (type, body) -> streamedPulls.page(connection, state.organizationId(), type, body));
        });
    }

    private StreamedPulls.Stored pullJsonPage(ServerSession session) {
        return commands.rebase(connection -> {
            BenchState.Snapshot state = BenchState.read(connection);
            PullResponse page = client.pull(session, state.checkpoint(), LEGACY_PULL_PAGE);
            int rows = pulledRows.applyChanges(connection, state.organizationId(), page.changes());
            BenchState.checkpoint(connection, page.nextCheckpoint());
            return new StreamedPulls.Stored(rows, page.hasMore(), page.timeReceipt());
        });
    }

    /**
     * Whether the server's live-update stream is open (told by {@link LiveUpdates}, from its own
     * thread); the status says so from now on.
     */
    public void liveUpdates(boolean open) {
        synchronized (publishing) {
            if (live == open) {
                return;
            }
            live = open;
            publish(status);
        }
    }

    private void publish(SyncStatus computed) {
        synchronized (publishing) {
            // The live flag is the stream's to set: a status computed by the sync keeps it.
            SyncStatus next = computed.withLive(live);
            status = next;
            tell(next);
        }
    }

    private void tell(SyncStatus next) {
        for (Consumer<SyncStatus> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.warn("A sync status listener failed", e);
            }
        }
    }
}
