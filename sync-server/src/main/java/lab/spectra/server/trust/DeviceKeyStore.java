package lab.spectra.server.trust;

import com.nimbusds.jose.jwk.ECKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The registered device keys of an organization, read and written inside the caller's tenant
 * transaction. A key is never deleted; retiring it (superseded by a new key after a password
 * change, or revoked with its person or bench) keeps it for what it signed while current.
 */
public final class DeviceKeyStore {

    /** A registered key and the head of its chain of commands. */
    public record DeviceKey(
            UUID organizationId,
            String keyId,
            UUID userId,
            UUID workstationId,
            ECKey publicKey,
            Instant registeredAt,
            Instant retiredAt,
            String retiredReason,
            long chainSequence,
            String chainHash) {

        public boolean current() {
            return retiredAt == null;
        }

        /** The same key with its chain head moved past a decided command. */
        public DeviceKey movedTo(long sequence, String hash) {
            return new DeviceKey(
                    organizationId,
                    keyId,
                    userId,
                    workstationId,
                    publicKey,
                    registeredAt,
                    retiredAt,
                    retiredReason,
                    sequence,
                    hash);
        }
    }

    private static final String COLUMNS = "organization_id, key_id, user_id, workstation_id, public_jwk, registered_at,"
            + " retired_at, retired_reason, chain_sequence, chain_hash";

    private DeviceKeyStore() {}

    public static Optional<DeviceKey> find(Connection connection, UUID organizationId, String keyId)
            throws SQLException {
        return first(connection, "WHERE organization_id = ? AND key_id = ?", organizationId, keyId);
    }

    /** The key, locked until the end of the transaction: its chain head is about to move. */
    public static Optional<DeviceKey> lock(Connection connection, UUID organizationId, String keyId)
            throws SQLException {
        return first(connection, "WHERE organization_id = ? AND key_id = ? FOR UPDATE", organizationId, keyId);
    }

    /** The keys named, in one query: what a push batch is checked with. */
    public static Map<String, DeviceKey> findAll(Connection connection, UUID organizationId, Collection<String> keyIds)
            throws SQLException {
        Map<String, DeviceKey> found = new LinkedHashMap<>();
        if (keyIds.isEmpty()) {
            return found;
        }
        String placeholders = String.join(", ", Collections.nCopies(keyIds.size(), "?"));
        List<Object> parameters = new ArrayList<>();
        parameters.add(organizationId);
        parameters.addAll(keyIds);
        for (DeviceKey key : select(
                connection, "WHERE organization_id = ? AND key_id IN (" + placeholders + ")", parameters.toArray())) {
            found.put(key.keyId(), key);
        }
        return found;
    }

    /** Whether the person has ever registered a key: from then on, their commands must be signed. */
    public static boolean hasAnyKey(Connection connection, UUID organizationId, UUID userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM device_keys WHERE organization_id = ? AND user_id = ? FETCH FIRST 1 ROWS ONLY")) {
            select.setObject(1, organizationId);
            select.setObject(2, userId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** The person's current keys on a workstation (normally at most one). */
    public static List<DeviceKey> currentOf(Connection connection, UUID organizationId, UUID userId, UUID workstationId)
            throws SQLException {
        return select(
                connection,
                "WHERE organization_id = ? AND user_id = ? AND workstation_id = ? AND retired_at IS NULL",
                organizationId,
                userId,
                workstationId);
    }

    public static void insert(
            Connection connection, UUID organizationId, UUID userId, UUID workstationId, ECKey publicKey, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO device_keys (organization_id, key_id,"
                + " user_id, workstation_id, public_jwk, registered_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, organizationId);
            insert.setString(2, publicKey.getKeyID());
            insert.setObject(3, userId);
            insert.setObject(4, workstationId);
            insert.setString(5, publicKey.toPublicJWK().toJSONString());
            insert.setObject(6, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /** Retires a key; what it signed before {@code at} still counts. */
    public static void retire(Connection connection, UUID organizationId, String keyId, String reason, Instant at)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE device_keys SET retired_at = ?,"
                + " retired_reason = ? WHERE organization_id = ? AND key_id = ? AND retired_at IS NULL")) {
            update.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            update.setString(2, reason);
            update.setObject(3, organizationId);
            update.setString(4, keyId);
            update.executeUpdate();
        }
    }

    /** Revokes every current key of a person (deactivation): commands with later receipts are refused. */
    public static int revokeAllOf(Connection connection, UUID organizationId, UUID userId, Instant at)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE device_keys SET retired_at = ?,"
                + " retired_reason = 'revoked' WHERE organization_id = ? AND user_id = ? AND retired_at IS NULL")) {
            update.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            update.setObject(2, organizationId);
            update.setObject(3, userId);
            return update.executeUpdate();
        }
    }

    /**
     * Revokes every current key of a person, in a transaction whose tenant is set (deactivation):
     * commands with later receipts are refused.
     */
    public static int revokeAllOf(Connection connection, UUID userId, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE device_keys SET retired_at = ?,"
                + " retired_reason = 'revoked' WHERE user_id = ? AND retired_at IS NULL")) {
            update.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            update.setObject(2, userId);
            return update.executeUpdate();
        }
    }

    /** Revokes every current key registered on a workstation (a lost or stolen bench). */
    public static int revokeAllOn(Connection connection, UUID organizationId, UUID workstationId, Instant at)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE device_keys SET retired_at = ?,"
                        + " retired_reason = 'revoked' WHERE organization_id = ? AND workstation_id = ? AND retired_at IS NULL")) {
            update.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            update.setObject(2, organizationId);
            update.setObject(3, workstationId);
            return update.executeUpdate();
        }
    }

    /** Moves the chain head past a decided command. */
    public static void advance(Connection connection, UUID organizationId, String keyId, long sequence, String hash)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE device_keys SET chain_sequence = ?,"
                + " chain_hash = ? WHERE organization_id = ? AND key_id = ?")) {
            update.setLong(1, sequence);
            update.setString(2, hash);
            update.setObject(3, organizationId);
            update.setString(4, keyId);
            update.executeUpdate();
        }
    }

    private static Optional<DeviceKey> first(Connection connection, String where, Object... parameters)
            throws SQLException {
        return select(connection, where, parameters).stream().findFirst();
    }

    private static List<DeviceKey> select(Connection connection, String where, Object... parameters)
            throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM device_keys " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                List<DeviceKey> keys = new ArrayList<>();
                while (rows.next()) {
                    keys.add(read(rows));
                }
                return keys;
            }
        }
    }

    private static DeviceKey read(ResultSet row) throws SQLException {
        ECKey key;
        try {
            key = ECKey.parse(row.getString(5));
        } catch (ParseException e) {
            throw new IllegalStateException("A stored device key is unreadable", e);
        }
        OffsetDateTime retired = row.getObject(7, OffsetDateTime.class);
        return new DeviceKey(
                row.getObject(1, UUID.class),
                row.getString(2),
                row.getObject(3, UUID.class),
                row.getObject(4, UUID.class),
                new ECKey.Builder(key).keyID(row.getString(2)).build(),
                row.getObject(6, OffsetDateTime.class).toInstant(),
                retired == null ? null : retired.toInstant(),
                row.getString(8),
                row.getLong(9),
                row.getString(10));
    }
}
