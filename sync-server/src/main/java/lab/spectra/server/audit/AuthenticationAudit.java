package lab.spectra.server.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.OrgSequence;

/**
 * Authentication events in the organization's audit trail, beside the changes to its records: who
 * signed in or failed to, signed out, presented a spent refresh token, registered a device key.
 * Entries go through the same hash chain as every other (the account's own organization's).
 *
 * <p>{@link #record} appends in a transaction of its own; {@link #append} inside a transaction the
 * caller already holds the organization's lock in (for example while registering a device key).
 */
public final class AuthenticationAudit {

    /** What happened; the audit trail's {@code action} is the wire name. */
    public enum Kind {
        SIGN_IN("auth:SignIn"),
        SIGN_IN_FAILED("auth:SignInFailed"),
        SIGN_OUT("auth:SignOut"),
        REFRESH_TOKEN_REUSED("auth:RefreshTokenReused"),
        DEVICE_KEY_REGISTERED("auth:DeviceKeyRegistered"),
        SESSIONS_REVOKED("auth:SessionsRevoked"),
        PASSWORD_CHANGED("auth:PasswordChanged");

        private final String action;

        Kind(String action) {
            this.action = action;
        }

        public String action() {
            return action;
        }
    }

    /**
     * One authentication event of a known account.
     *
     * @param clientAddress where it came from (after trusted proxies), or null
     * @param sessionId     the sign-in session concerned, or null
     * @param reason        why, in words (e.g. "wrong password"), or null
     */
    public record Event(
            Kind kind, UUID organizationId, UUID userId, String clientAddress, UUID sessionId, String reason) {
        public Event {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(organizationId, "organizationId");
            Objects.requireNonNull(userId, "userId");
        }
    }

    private final Database database;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final AuditTrail trail;

    public AuthenticationAudit(Database database, ObjectMapper mapper, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.trail = new AuditTrail(database, mapper);
    }

    /** Appends the event in its own transaction of the account's organization. */
    public void record(Event event) {
        database.inTenant(event.organizationId(), connection -> {
            OrgSequence sequence = OrgSequence.lock(connection, event.organizationId());
            append(connection, sequence, event);
            sequence.save(connection);
            return null;
        });
    }

    /**
     * Appends the event in the caller's transaction, which holds the organization's lock
     * ({@code sequence}) and saves it afterwards, as for every audit entry.
     */
    public void append(Connection connection, OrgSequence sequence, Event event) throws SQLException {
        if (!sequence.organizationId().equals(event.organizationId())) {
            throw new IllegalArgumentException("An event is audited in its own organization's trail");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ObjectNode details = mapper.createObjectNode();
        if (event.clientAddress() != null) {
            details.put("client_address", event.clientAddress());
        }
        if (event.sessionId() != null) {
            details.put("session_id", event.sessionId().toString());
        }
        trail.append(
                connection,
                sequence,
                new AuditTrail.Event(
                        now,
                        event.userId(),
                        null,
                        null,
                        event.kind().action(),
                        "users",
                        event.userId(),
                        null,
                        details,
                        event.reason()));
    }
}
