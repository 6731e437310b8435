package lab.spectra.model.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.ECKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.auth.Actor;
import lab.spectra.model.auth.Role;
import lab.spectra.model.org.OrganizationSettings;

/**
 * What a bench needs to know offline about a person and their organization, as the server said it
 * at {@code issuedAt}, signed with the server's record-signing key and bound to the person's
 * device key on that bench. Offline sign-in and the local checks use this, never the bench's own
 * copy of the users table: an edited local role is tampering, not a promotion.
 *
 * @param settings the organization's settings as the server said them: offline grace and window,
 *                 warning days, attachment and password limits
 */
public record IdentitySnapshot(
        String compact,
        UUID organizationId,
        String organizationName,
        UUID userId,
        String email,
        String displayName,
        Role role,
        boolean active,
        UUID workstationId,
        String deviceKeyId,
        OrganizationSettings settings,
        Instant issuedAt) {

    public static final String TYPE = "spectra-identity-snapshot+jws";
    private static final ObjectMapper JSON = new ObjectMapper();

    public IdentitySnapshot {
        Objects.requireNonNull(compact, "compact");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(workstationId, "workstationId");
        Objects.requireNonNull(deviceKeyId, "deviceKeyId");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /** How long after this snapshot the person may still sign in offline. */
    public Duration offlineGrace() {
        return settings.offline().grace();
    }

    /** How long after its time receipt a command's authored time is still vouched for. */
    public Duration offlineWindow() {
        return settings.offline().window();
    }

    /** The facts of a snapshot, before the server signs them. */
    public record Facts(
            UUID organizationId,
            String organizationName,
            UUID userId,
            String email,
            String displayName,
            Role role,
            boolean active,
            UUID workstationId,
            String deviceKeyId,
            OrganizationSettings settings,
            Instant issuedAt) {}

    public static IdentitySnapshot issue(ECKey recordKey, Facts facts) {
        Instant at = facts.issuedAt().truncatedTo(ChronoUnit.MICROS);
        ObjectNode payload = JSON.createObjectNode()
                .put("org", facts.organizationId().toString())
                .put("org_name", facts.organizationName())
                .put("user", facts.userId().toString())
                .put("email", facts.email())
                .put("name", facts.displayName())
                .put("role", facts.role().wireName())
                .put("active", facts.active())
                .put("ws", facts.workstationId().toString())
                .put("key", facts.deviceKeyId())
                .put("grace_s", facts.settings().offline().grace().toSeconds())
                .put("window_s", facts.settings().offline().window().toSeconds())
                .put("calibration_warning_d", facts.settings().calibrationWarningDays())
                .put("qualification_warning_d", facts.settings().qualificationWarningDays())
                .put("attachment_limit_mb", facts.settings().attachmentLimitMb())
                .put("password_min_length", facts.settings().passwordMinLength())
                .put("keep_previous_versions_approved", facts.settings().keepPreviousVersionsApproved())
                .put("t", at.toString());
        String compact =
                SignedStatements.sign(recordKey, TYPE, payload.toString().getBytes(StandardCharsets.UTF_8));
        return verify(compact, keyId -> Optional.of(recordKey.toPublicJWK()))
                .orElseThrow(() -> new IllegalStateException("A snapshot just signed does not verify"));
    }

    /** The snapshot a signed statement holds, if it is one and its signature verifies. */
    public static Optional<IdentitySnapshot> verify(String compact, PublicKeys serverKeys) {
        return SignedStatements.verify(compact, TYPE, serverKeys).flatMap(payload -> read(compact, payload));
    }

    /** The person as the local checks see them. */
    public Actor actor() {
        return new Actor(userId, organizationId, role, active, displayName);
    }

    /** The settings a snapshot carries; one signed before a setting existed carries its default. */
    private static OrganizationSettings settings(JsonNode node) {
        OrganizationSettings defaults = OrganizationSettings.DEFAULTS;
        return new OrganizationSettings(
                (int) Duration.ofSeconds(node.path("grace_s").asLong()).toDays(),
                (int) Duration.ofSeconds(node.path("window_s").asLong()).toDays(),
                node.path("calibration_warning_d").asInt(defaults.calibrationWarningDays()),
                node.path("qualification_warning_d").asInt(defaults.qualificationWarningDays()),
                node.path("attachment_limit_mb").asInt(defaults.attachmentLimitMb()),
                node.path("password_min_length").asInt(defaults.passwordMinLength()),
                node.path("keep_previous_versions_approved").asInt(defaults.keepPreviousVersionsApproved()));
    }

    private static Optional<IdentitySnapshot> read(String compact, byte[] payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            return Optional.of(new IdentitySnapshot(
                    compact,
                    UUID.fromString(node.path("org").asText()),
                    node.path("org_name").asText(),
                    UUID.fromString(node.path("user").asText()),
                    node.path("email").asText(),
                    node.path("name").asText(),
                    Role.fromWireName(node.path("role").asText()),
                    node.path("active").asBoolean(false),
                    UUID.fromString(node.path("ws").asText()),
                    node.path("key").asText(),
                    settings(node),
                    Instant.parse(node.path("t").asText())));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
