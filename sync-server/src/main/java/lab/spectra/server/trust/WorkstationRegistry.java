package lab.spectra.server.trust;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.jdbc.SqlDialect;
import lab.spectra.model.org.UserAccount;
import lab.spectra.server.audit.AuditTrail;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.OrgSequence;

/**
 * The benches of an organization as the server meets them (ADR 0016): every sync call that names
 * its workstation is a contact (which bench, when, who), and an admin may revoke a bench, a lost
 * or stolen PC. A revoked bench's device keys are revoked with it and every later call naming it
 * is refused with {@link #REVOKED_CODE}, at which the bench wipes its local data.
 */
public final class WorkstationRegistry {

    /** The error code of every answer to a revoked bench; the bench wipes itself when it reads it. */
    public static final String REVOKED_CODE = "workstation_revoked";

    public static final int MAX_NAME_LENGTH = 100;

    /** When and why an admin revoked a bench. */
    public record Revocation(Instant at, String reason) {
        public Revocation {
            Objects.requireNonNull(at, "at");
        }

        /** The refusal a revoked bench is answered with, in words its user can read. */
        public String message() {
            return "An admin of your lab revoked this workstation on " + at.truncatedTo(ChronoUnit.MINUTES)
                    + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")")
                    + "; its changes are no longer accepted and its local data is deleted";
        }
    }

    /** What revoking a bench did. */
    public sealed interface RevokeOutcome {}

    /**
     * @param before     the revocation that already stood when this bench had been revoked before
     * @param deviceKeys device keys revoked now
     */
    public record Revoked(UUID workstationId, Revocation revocation, int deviceKeys, boolean before)
            implements RevokeOutcome {}

    /** No bench of the caller's organization has this id. */
    public record Unknown(UUID workstationId) implements RevokeOutcome {}

    private final Database database;
    private final Clock clock;
    private final AuditTrail trail;
    private final ObjectMapper mapper;

    public WorkstationRegistry(Database database, ObjectMapper mapper, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.trail = new AuditTrail(database, mapper);
    }

    /**
     * Records that {@code user} reached the server from a bench, unless the bench was revoked.
     *
     * @param name the name the bench gives itself (its host name), or null
     * @return the revocation, when the bench was revoked: nothing is recorded then
     */
    public Optional<Revocation> contact(UserAccount user, UUID workstationId, String name) {
        Instant now = now();
        return database.inTenant(user.organizationId(), connection -> {
            Optional<Revocation> revoked = revocationOf(connection, user.organizationId(), workstationId);
            if (revoked.isPresent()) {
                return revoked;
            }
            upsertWorkstation(connection, user.organizationId(), workstationId, displayName(name, workstationId), now);
            upsertPerson(connection, user.organizationId(), workstationId, user.id(), now);
            return Optional.<Revocation>empty();
        });
    }

    /** The bench's revocation, read inside the caller's tenant transaction. */
    public static Optional<Revocation> revocationOf(Connection connection, UUID organizationId, UUID workstationId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT revoked_at, revoked_reason FROM"
                + " workstations WHERE organization_id = ? AND workstation_id = ? AND revoked_at IS NOT NULL")) {
            select.setObject(1, organizationId);
            select.setObject(2, workstationId);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new Revocation(
                                row.getObject(1, OffsetDateTime.class).toInstant(), row.getString(2)))
                        : Optional.empty();
            }
        }
    }

    /**
     * Revokes a bench of the admin's organization: the bench is marked revoked and every device
     * key registered on it is revoked, in one transaction, audited with the reason. Revoking a
     * bench again changes nothing.
     */
    public RevokeOutcome revoke(UserAccount admin, UUID workstationId, String reason) {
        Instant now = now();
        UUID organizationId = admin.organizationId();
        return database.inTenant(organizationId, connection -> {
            OrgSequence sequence = OrgSequence.lock(connection, organizationId);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT name FROM workstations" + " WHERE organization_id = ? AND workstation_id = ? FOR UPDATE")) {
                select.setObject(1, organizationId);
                select.setObject(2, workstationId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return new Unknown(workstationId);
                    }
                }
            }
            Optional<Revocation> earlier = revocationOf(connection, organizationId, workstationId);
            if (earlier.isPresent()) {
                return new Revoked(workstationId, earlier.get(), 0, true);
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE workstations SET revoked_at = ?,"
                    + " revoked_by = ?, revoked_reason = ? WHERE organization_id = ? AND workstation_id = ?")) {
                update.setObject(1, time(now));
                update.setObject(2, admin.id());
                update.setString(3, reason);
                update.setObject(4, organizationId);
                update.setObject(5, workstationId);
                update.executeUpdate();
            }
            int keys = DeviceKeyStore.revokeAllOn(connection, organizationId, workstationId, now);
            ObjectNode after =
                    mapper.createObjectNode().put("revoked_at", now.toString()).put("device_keys_revoked", keys);
            trail.append(
                    connection,
                    sequence,
                    new AuditTrail.Event(
                            now,
                            admin.id(),
                            workstationId,
                            null,
                            "RevokeWorkstation",
                            "workstations",
                            workstationId,
                            null,
                            after,
                            reason));
            sequence.save(connection);
            return new Revoked(workstationId, new Revocation(now, reason), keys, false);
        });
    }

    private void upsertWorkstation(
            Connection connection, UUID organizationId, UUID workstationId, String name, Instant at)
            throws SQLException {
        String sql = database.dialect() == SqlDialect.POSTGRESQL
                ? "INSERT INTO workstations (organization_id, workstation_id, name, first_contact_at, last_contact_at)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (organization_id, workstation_id)"
                        + " DO UPDATE SET name = EXCLUDED.name, last_contact_at = EXCLUDED.last_contact_at"
                : "MERGE INTO workstations w USING (VALUES (CAST(? AS UUID), CAST(? AS UUID),"
                        + " CAST(? AS VARCHAR(100)), CAST(? AS TIMESTAMP WITH TIME ZONE),"
                        + " CAST(? AS TIMESTAMP WITH TIME ZONE))) AS v (o, ws, n, f, l)"
                        + " ON w.organization_id = v.o AND w.workstation_id = v.ws"
                        + " WHEN MATCHED THEN UPDATE SET name = v.n, last_contact_at = v.l"
                        + " WHEN NOT MATCHED THEN INSERT (organization_id, workstation_id, name, first_contact_at,"
                        + " last_contact_at) VALUES (v.o, v.ws, v.n, v.f, v.l)";
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            upsert.setObject(1, organizationId);
            upsert.setObject(2, workstationId);
            upsert.setString(3, name);
            upsert.setObject(4, time(at));
            upsert.setObject(5, time(at));
            upsert.executeUpdate();
        }
    }

    private void upsertPerson(Connection connection, UUID organizationId, UUID workstationId, UUID userId, Instant at)
            throws SQLException {
        String sql = database.dialect() == SqlDialect.POSTGRESQL
                ? "INSERT INTO workstation_people (organization_id, workstation_id, user_id, last_contact_at)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (organization_id, workstation_id, user_id)"
                        + " DO UPDATE SET last_contact_at = EXCLUDED.last_contact_at"
                : "MERGE INTO workstation_people (organization_id, workstation_id, user_id, last_contact_at)"
                        + " KEY (organization_id, workstation_id, user_id) VALUES (?, ?, ?, ?)";
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            upsert.setObject(1, organizationId);
            upsert.setObject(2, workstationId);
            upsert.setObject(3, userId);
            upsert.setObject(4, time(at));
            upsert.executeUpdate();
        }
    }

    /** What the bench calls itself, made safe to show: printable, at most {@value #MAX_NAME_LENGTH} characters. */
    static String displayName(String name, UUID workstationId) {
        String printable = name == null
                ? ""
                : name.codePoints()
                        .filter(c -> !Character.isISOControl(c))
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString()
                        .strip();
        if (printable.isEmpty()) {
            return "Workstation " + workstationId.toString().substring(0, 8);
        }
        return printable.length() > MAX_NAME_LENGTH ? printable.substring(0, MAX_NAME_LENGTH) : printable;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
