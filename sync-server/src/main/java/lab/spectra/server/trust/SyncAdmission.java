package lab.spectra.server.trust;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lab.spectra.model.command.Command;
import lab.spectra.model.command.CommandMeta;
import lab.spectra.model.command.RejectionCode;
import lab.spectra.model.org.OfflineSettings;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.protocol.CommandResult;
import lab.spectra.model.trust.CommandSeals;
import lab.spectra.model.trust.DecisionReceipt;
import lab.spectra.model.trust.TimeReceipt;
import lab.spectra.model.trust.TimeVouching;
import lab.spectra.server.command.Admission;
import lab.spectra.server.command.AdmissionGate;
import lab.spectra.server.db.Database;

/**
 * The evidence of one push batch, weighed (ADR 0012). Before any command is decided, the batch's
 * signed commands are hashed and grouped by device key; where consecutive commands of a key link
 * by their hashes, only the last one's signature is checked - it commits to all before it - so a
 * batch costs one signature check per author rather than one per command. Each command is then
 * admitted against its key's chain head as the commands before it left it: the key is locked and
 * read once per transaction, its head moved in memory and written once before the commit.
 */
public final class SyncAdmission implements AdmissionGate {

    /** What the batch check found for one signed command. */
    private record Evidence(String hash, boolean authentic, DeviceKeyStore.DeviceKey key) {}

    private final UserAccount pusher;
    private final TrustService trust;
    private final CommandSeals seals;
    private final Map<Command, Evidence> evidence;
    /** This server's receipts for commands sent again after a restore, verified (ADR 0040). */
    private final List<DecisionReceipt> priorDecisions;
    /** A batch's commands mostly carry the same receipt: each distinct one is verified once. */
    private final Map<String, Optional<TimeReceipt>> receipts = new HashMap<>();
    /** Whether each bench a batch's commands were made on was revoked, read once per bench. */
    private final Map<UUID, Optional<WorkstationRegistry.Revocation>> revokedBenches = new HashMap<>();
    /** The organization's settings, read once per batch. */
    private OfflineSettings settings;
    /**
     * The keys locked in the current transaction, with their chain heads as this transaction's
     * decisions moved them: the lock holds until the commit, so nobody else can move them.
     */
    private final Map<String, DeviceKeyStore.DeviceKey> lockedKeys = new HashMap<>();
    /** The locked keys whose chain head moved and is not written yet. */
    private final Set<String> movedKeys = new LinkedHashSet<>();

    private SyncAdmission(
            UserAccount pusher,
            TrustService trust,
            CommandSeals seals,
            Map<Command, Evidence> evidence,
            List<DecisionReceipt> priorDecisions) {
        this.priorDecisions = List.copyOf(priorDecisions);
        this.pusher = pusher;
        this.trust = trust;
        this.seals = seals;
        this.evidence = evidence;
    }

    /** Weighs the signatures of a batch, in one read of the keys it names. */
    public static SyncAdmission prepare(
            Database database, TrustService trust, CommandSeals seals, UserAccount pusher, List<Command> batch) {
        return prepare(database, trust, seals, pusher, batch, List.of());
    }

    /**
     * As {@link #prepare(Database, TrustService, CommandSeals, UserAccount, List)}, with the verified
     * decision receipts the batch came with (ADR 0040).
     */
    public static SyncAdmission prepare(
            Database database,
            TrustService trust,
            CommandSeals seals,
            UserAccount pusher,
            List<Command> batch,
            List<DecisionReceipt> priorDecisions) {
        Map<String, List<Command>> byKey = new LinkedHashMap<>();
        for (Command command : batch) {
            if (command.meta().signed()) {
                byKey.computeIfAbsent(command.meta().keyId(), id -> new ArrayList<>())
                        .add(command);
            }
        }
        Map<String, DeviceKeyStore.DeviceKey> keys = byKey.isEmpty()
                ? Map.of()
                : database.inTenant(
                        pusher.organizationId(),
                        connection -> DeviceKeyStore.findAll(connection, pusher.organizationId(), byKey.keySet()));
        Map<Command, Evidence> evidence = new IdentityHashMap<>();
        byKey.forEach((keyId, commands) -> weigh(seals, keys.get(keyId), commands, evidence));
        return new SyncAdmission(pusher, trust, seals, evidence, priorDecisions);
    }

    @Override
    public Optional<Instant> previouslyAppliedAt(Command command, String contentHash) {
        UUID commandId = command.meta().commandId();
        return priorDecisions.stream()
                .flatMap(receipt -> receipt.decidedAt(commandId, contentHash).stream())
                .findFirst();
    }

    private static void weigh(
            CommandSeals seals, DeviceKeyStore.DeviceKey key, List<Command> commands, Map<Command, Evidence> evidence) {
        List<String> hashes = commands.stream().map(seals::hash).toList();
        int start = 0;
        for (int i = 1; i <= commands.size(); i++) {
            boolean linked = i < commands.size() && links(commands.get(i - 1), hashes.get(i - 1), commands.get(i));
            if (linked) {
                continue;
            }
            // commands[start..i) link by their hashes: the last signature vouches for them all.
            boolean runHolds = key != null
                    && seals.verifiedHash(commands.get(i - 1), key.publicKey())
                            .filter(hashes.get(i - 1)::equals)
                            .isPresent();
            for (int j = start; j < i; j++) {
                boolean authentic = runHolds
                        || (key != null
                                && seals.verifiedHash(commands.get(j), key.publicKey())
                                        .isPresent());
                evidence.put(commands.get(j), new Evidence(hashes.get(j), authentic, key));
            }
            start = i;
        }
    }

    private static boolean links(Command previous, String previousHash, Command next) {
        CommandMeta before = previous.meta();
        CommandMeta after = next.meta();
        return before.sequence() != null
                && after.sequence() != null
                && after.sequence() == before.sequence() + 1
                && previousHash.equals(after.previousHash());
    }

    @Override
    public Optional<CommandResult.Rejected> refuseImpostor(Connection connection, Command command, UserAccount author) {
        CommandMeta meta = command.meta();
        if (!meta.signed()) {
            return author.id().equals(pusher.id())
                    ? Optional.empty()
                    : Optional.of(
                            rejected(
                                    command,
                                    RejectionCode.AUTHOR_MISMATCH,
                                    "This change was made by another user and is not signed; it can only be sent by that user"));
        }
        Evidence found = evidence.get(command);
        DeviceKeyStore.DeviceKey key = found.key();
        if (key == null
                || !key.userId().equals(author.id())
                || !key.workstationId().equals(meta.workstationId())) {
            return Optional.of(rejected(
                    command,
                    RejectionCode.UNKNOWN_DEVICE_KEY,
                    "This change is signed with a key its author has not registered for that workstation"));
        }
        if (!found.authentic()) {
            return Optional.of(rejected(
                    command,
                    RejectionCode.BAD_SIGNATURE,
                    "This change's signature does not match its content: it was changed or planted after it was"
                            + " made, and was not applied"));
        }
        return Optional.empty();
    }

    @Override
    public String contentHash(Command command) {
        Evidence found = evidence.get(command);
        return found != null ? found.hash() : seals.hash(command);
    }

    @Override
    public Admission admit(Connection connection, Command command, UserAccount author, Instant receivedAt)
            throws SQLException {
        CommandMeta meta = command.meta();
        String hash = contentHash(command);
        Optional<WorkstationRegistry.Revocation> benchRevoked = revocationOf(connection, author, meta.workstationId());
        if (benchRevoked.isPresent()) {
            // Whatever the bench queued, before or after its revocation: a lost or stolen PC's
            // queue cannot be told apart from its thief's work.
            return new Admission.Refused(
                    rejected(
                            command,
                            RejectionCode.WORKSTATION_REVOKED,
                            "This change was made on a workstation an admin revoked: "
                                    + benchRevoked.get().message()),
                    true,
                    hash);
        }
        if (!meta.signed()) {
            if (DeviceKeyStore.hasAnyKey(connection, author.organizationId(), author.id())) {
                return new Admission.Refused(
                        rejected(
                                command,
                                RejectionCode.SIGNATURE_REQUIRED,
                                author.displayName() + " has a registered workstation key, so their changes must"
                                        + " be signed by it; this one is not"),
                        false,
                        hash);
            }
            // Nothing vouches for the time an unsigned command claims: it is a REST write, made now.
            return new Admission.Admitted(
                    command.withMeta(meta.withAuthoredAt(receivedAt)), receivedAt, List.of(), hash);
        }
        DeviceKeyStore.DeviceKey key = lockedKeys.get(meta.keyId());
        if (key == null) {
            key = DeviceKeyStore.lock(connection, author.organizationId(), meta.keyId())
                    .orElseThrow(() -> new IllegalStateException("A device key vanished during a push"));
            lockedKeys.put(meta.keyId(), key);
        }
        if (meta.sequence() != key.chainSequence() + 1 || !key.chainHash().equals(meta.previousHash())) {
            return new Admission.Refused(
                    rejected(
                            command,
                            RejectionCode.CHAIN_BROKEN,
                            "This change does not follow the previous change its author made on that workstation:"
                                    + " it was reordered or planted, and was not applied"),
                    false,
                    hash);
        }
        Optional<TimeReceipt> receipt = Optional.empty();
        if (meta.timeReceipt() != null) {
            receipt = receipts.computeIfAbsent(meta.timeReceipt(), trust::verifyReceipt)
                    .filter(found -> found.organizationId().equals(author.organizationId()))
                    .filter(found -> found.workstationId().equals(meta.workstationId()));
            if (receipt.isEmpty()) {
                return new Admission.Refused(
                        rejected(
                                command,
                                RejectionCode.INVALID_RECEIPT,
                                "This change carries a time receipt this server did not issue to its workstation"),
                        true,
                        hash);
            }
        }
        if (key.retiredAt() != null
                && (receipt.isEmpty() || !receipt.get().time().isBefore(key.retiredAt()))) {
            return new Admission.Refused(
                    rejected(
                            command,
                            RejectionCode.DEVICE_KEY_REVOKED,
                            "This change was signed with a workstation key that was " + key.retiredReason()
                                    + " before the change was made; it was not applied"),
                    true,
                    hash);
        }
        if (settings == null) {
            settings = trust.offlineSettings(connection, author.organizationId());
        }
        TimeVouching.Verdict verdict = TimeVouching.judge(meta, true, receipt, receivedAt, settings.window());
        if (verdict instanceof TimeVouching.Impossible impossible) {
            return new Admission.Refused(rejected(command, impossible.code(), impossible.message()), true, hash);
        }
        TimeVouching.Vouched vouched = (TimeVouching.Vouched) verdict;
        return new Admission.Admitted(command, vouched.judgedAt(), vouched.flags(), hash);
    }

    private Optional<WorkstationRegistry.Revocation> revocationOf(
            Connection connection, UserAccount author, UUID workstationId) throws SQLException {
        Optional<WorkstationRegistry.Revocation> known = revokedBenches.get(workstationId);
        if (known == null) {
            known = WorkstationRegistry.revocationOf(connection, author.organizationId(), workstationId);
            revokedBenches.put(workstationId, known);
        }
        return known;
    }

    @Override
    public void decided(Connection connection, Command command) throws SQLException {
        CommandMeta meta = command.meta();
        if (!meta.signed()) {
            return;
        }
        DeviceKeyStore.DeviceKey locked = lockedKeys.get(meta.keyId());
        if (locked == null) {
            // Refused before its key was read (a revoked bench): moved on at once, as it is not held.
            DeviceKeyStore.advance(
                    connection, pusher.organizationId(), meta.keyId(), meta.sequence(), contentHash(command));
            return;
        }
        lockedKeys.put(meta.keyId(), locked.movedTo(meta.sequence(), contentHash(command)));
        movedKeys.add(meta.keyId());
    }

    @Override
    public void writeHeld(Connection connection) throws SQLException {
        for (String keyId : movedKeys) {
            DeviceKeyStore.DeviceKey key = lockedKeys.get(keyId);
            DeviceKeyStore.advance(connection, pusher.organizationId(), keyId, key.chainSequence(), key.chainHash());
        }
        movedKeys.clear();
    }

    @Override
    public void forgetHeld() {
        lockedKeys.clear();
        movedKeys.clear();
    }

    private static CommandResult.Rejected rejected(Command command, RejectionCode code, String message) {
        return new CommandResult.Rejected(command.meta().commandId(), code, message);
    }
}
