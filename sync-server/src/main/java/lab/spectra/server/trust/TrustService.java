package lab.spectra.server.trust;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.ECKey;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.jdbc.JdbcDomainState;
import lab.spectra.model.org.OfflineSettings;
import lab.spectra.model.org.Organization;
import lab.spectra.model.org.OrganizationSettings;
import lab.spectra.model.org.UserAccount;
import lab.spectra.model.trust.DecisionReceipt;
import lab.spectra.model.trust.DeviceKeys;
import lab.spectra.model.trust.IdentitySnapshot;
import lab.spectra.model.trust.PublicKeys;
import lab.spectra.model.trust.TimeReceipt;
import lab.spectra.server.audit.AuthenticationAudit;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.OrgSequence;
import lab.spectra.server.signing.RecordSigningKeys;

/**
 * What the server signs for benches and what it keeps of their keys (ADR 0012): time receipts,
 * identity snapshots, device key registration, and the escrow of bench database keys.
 */
public final class TrustService {

    /** The outcome of registering a device key. */
    public sealed interface Registration {}

    /** Registered now, or already registered before: either way current, with a fresh snapshot. */
    public record Registered(String keyId, Instant registeredAt, IdentitySnapshot snapshot, String timeReceipt)
            implements Registration {}

    public record Refused(int status, String code, String message) implements Registration {}

    private final Database database;
    private final RecordSigningKeys keys;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final AuthenticationAudit audit;

    public TrustService(
            Database database, RecordSigningKeys keys, ObjectMapper mapper, Clock clock, AuthenticationAudit audit) {
        this.audit = Objects.requireNonNull(audit, "audit");
        this.database = Objects.requireNonNull(database, "database");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public PublicKeys publicKeys() {
        return keys.publicKeys();
    }

    /** A receipt of the server's time now, for one workstation of one organization. */
    public String receiptFor(UUID organizationId, UUID workstationId) {
        return TimeReceipt.issue(keys.signingKey(), organizationId, workstationId, clock.instant())
                .compact();
    }

    /** The server's signed word that it applied these commands (id and content hash) at {@code decidedAt}. */
    public String decisionReceipt(UUID organizationId, Instant decidedAt, Map<UUID, String> applied) {
        return DecisionReceipt.issue(keys.signingKey(), organizationId, decidedAt, applied)
                .compact();
    }

    /** The decision receipt, if this server issued it (with any of its record keys) for the organization. */
    public Optional<DecisionReceipt> verifyDecisionReceipt(UUID organizationId, String compact) {
        return DecisionReceipt.verify(compact, keys.publicKeys())
                .filter(receipt -> receipt.organizationId().equals(organizationId));
    }

    /** The receipt, if this server issued it (with any of its record keys, current or retired). */
    public Optional<TimeReceipt> verifyReceipt(String compact) {
        return TimeReceipt.verify(compact, keys.publicKeys());
    }

    /**
     * Registers the caller's new key for a workstation, proven by a statement the key signed. An
     * earlier current key of the same person on the same workstation is superseded (it keeps
     * verifying what it signed while current).
     */
    public Registration register(
            UserAccount user, UUID workstationId, ECKey publicKey, String proof, String clientAddress) {
        if (publicKey.isPrivate()) {
            return new Refused(400, "invalid_key", "Send the public half of the key only");
        }
        ECKey named = new ECKey.Builder(publicKey)
                .keyID(DeviceKeys.keyIdOf(publicKey))
                .build();
        if (!DeviceKeys.provesPossession(proof, named, user.id(), workstationId)) {
            return new Refused(
                    400, "invalid_proof", "The proof is not this key's signature for this person and workstation");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return database.inTenant(user.organizationId(), connection -> {
            Optional<DeviceKeyStore.DeviceKey> existing =
                    DeviceKeyStore.find(connection, user.organizationId(), named.getKeyID());
            if (existing.isPresent()) {
                DeviceKeyStore.DeviceKey key = existing.get();
                if (!key.userId().equals(user.id()) || !key.workstationId().equals(workstationId)) {
                    return new Refused(
                            409, "key_in_use", "This key is registered for someone else or another workstation");
                }
                if (!key.current()) {
                    return new Refused(
                            409, "key_retired", "This key was " + key.retiredReason() + "; register a new one");
                }
                return registered(connection, user, workstationId, key.keyId(), key.registeredAt());
            }
            for (DeviceKeyStore.DeviceKey older :
                    DeviceKeyStore.currentOf(connection, user.organizationId(), user.id(), workstationId)) {
                DeviceKeyStore.retire(connection, user.organizationId(), older.keyId(), "superseded", now);
            }
            DeviceKeyStore.insert(connection, user.organizationId(), user.id(), workstationId, named, now);
            OrgSequence sequence = OrgSequence.lock(connection, user.organizationId());
            audit.append(
                    connection,
                    sequence,
                    new AuthenticationAudit.Event(
                            AuthenticationAudit.Kind.DEVICE_KEY_REGISTERED,
                            user.organizationId(),
                            user.id(),
                            clientAddress,
                            null,
                            "key " + named.getKeyID() + " for workstation " + workstationId));
            sequence.save(connection);
            return registered(connection, user, workstationId, named.getKeyID(), now);
        });
    }

    /** A fresh snapshot for the person's current key on that workstation, if they have one. */
    public Optional<IdentitySnapshot> snapshot(UserAccount user, UUID workstationId) {
        return database.inTenant(user.organizationId(), connection -> {
            List<DeviceKeyStore.DeviceKey> current =
                    DeviceKeyStore.currentOf(connection, user.organizationId(), user.id(), workstationId);
            if (current.isEmpty()) {
                return Optional.<IdentitySnapshot>empty();
            }
            return Optional.of(
                    snapshot(connection, user, workstationId, current.get(0).keyId()));
        });
    }

    /** The organization's offline settings, as signed into snapshots and used to judge pushes. */
    public OfflineSettings offlineSettings(Connection connection, UUID organizationId) {
        return new JdbcDomainState(connection, organizationId, mapper)
                .organization()
                .map(OfflineSettings::of)
                .orElse(OfflineSettings.DEFAULTS);
    }

    /** The bench's database key held for the lab, if one was deposited. */
    public Optional<String> workstationKey(UserAccount user, UUID workstationId) {
        return database.inTenant(
                user.organizationId(),
                connection -> WorkstationKeyStore.find(connection, user.organizationId(), workstationId));
    }

    /**
     * Deposits a bench's database key once; a second deposit for the same workstation is refused
     * (the key never changes while the bench's data lives).
     *
     * @return false when a key was deposited before
     */
    public boolean depositWorkstationKey(UserAccount user, UUID workstationId, String databaseKey) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return database.inTenant(user.organizationId(), connection -> {
            if (WorkstationKeyStore.find(connection, user.organizationId(), workstationId)
                    .isPresent()) {
                return false;
            }
            WorkstationKeyStore.insert(connection, user.organizationId(), workstationId, databaseKey, user.id(), now);
            return true;
        });
    }

    private Registered registered(
            Connection connection, UserAccount user, UUID workstationId, String keyId, Instant registeredAt) {
        return new Registered(
                keyId,
                registeredAt,
                snapshot(connection, user, workstationId, keyId),
                receiptFor(user.organizationId(), workstationId));
    }

    private IdentitySnapshot snapshot(Connection connection, UserAccount user, UUID workstationId, String keyId) {
        Organization organization = new JdbcDomainState(connection, user.organizationId(), mapper)
                .organization()
                .orElseThrow(() -> new IllegalStateException("A user without an organization"));
        return IdentitySnapshot.issue(
                keys.signingKey(),
                new IdentitySnapshot.Facts(
                        organization.id(),
                        organization.name(),
                        user.id(),
                        user.email(),
                        user.displayName(),
                        user.role(),
                        user.active() && user.deletedAt() == null,
                        workstationId,
                        keyId,
                        OrganizationSettings.of(organization),
                        clock.instant()));
    }
}
