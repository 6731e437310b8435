package lab.spectra.server.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.ECKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.model.audit.AuditCheckpoint;
import lab.spectra.model.trust.PublicKeys;
import lab.spectra.model.trust.SignedStatements;

/**
 * The lab's signed statement that its data was restored from a backup (ADR 0040): at
 * {@code declaredAt} each organization's audit trail ended at {@code restoredHeads}. A checkpoint
 * signed before it that names a later entry vouched for entries the backup did not have: the restore
 * superseded it, and {@code verify-audit} says so instead of reporting the trail truncated. Kept beside
 * the checkpoints, signed with the record-signing key, like them.
 */
public record RestoreDeclaration(String compact, UUID epochId, Instant declaredAt, Map<UUID, Long> restoredHeads) {

    public static final String TYPE = "spectra-restore-declaration+jws";

    private static final ObjectMapper JSON = new ObjectMapper();

    public RestoreDeclaration {
        restoredHeads = Map.copyOf(restoredHeads);
    }

    public static RestoreDeclaration issue(
            ECKey recordKey, UUID epochId, Instant declaredAt, Map<UUID, Long> restoredHeads) {
        Instant micros = declaredAt.truncatedTo(ChronoUnit.MICROS);
        ObjectNode payload =
                JSON.createObjectNode().put("epoch_id", epochId.toString()).put("declared_at", micros.toString());
        ObjectNode heads = payload.putObject("restored_heads");
        restoredHeads.forEach((organization, sequence) -> heads.put(organization.toString(), sequence));
        String compact =
                SignedStatements.sign(recordKey, TYPE, payload.toString().getBytes(StandardCharsets.UTF_8));
        return new RestoreDeclaration(compact, epochId, micros, restoredHeads);
    }

    /** The declaration, if the statement is one and one of {@code serverKeys} signed it. */
    public static Optional<RestoreDeclaration> verify(String compact, PublicKeys serverKeys) {
        return SignedStatements.verify(compact, TYPE, serverKeys).flatMap(payload -> {
            try {
                JsonNode read = JSON.readTree(payload);
                Map<UUID, Long> heads = new LinkedHashMap<>();
                read.path("restored_heads")
                        .fields()
                        .forEachRemaining(head -> heads.put(
                                UUID.fromString(head.getKey()), head.getValue().asLong()));
                return Optional.of(new RestoreDeclaration(
                        compact,
                        UUID.fromString(read.path("epoch_id").asText()),
                        Instant.parse(read.path("declared_at").asText()),
                        heads));
            } catch (IOException | RuntimeException malformed) {
                return Optional.empty();
            }
        });
    }

    /** Where each organization's trail ends now: read as the owner, right after a restore. */
    public static Map<UUID, Long> restoredHeads(Connection owner) throws SQLException {
        Map<UUID, Long> heads = new LinkedHashMap<>();
        try (PreparedStatement select = owner.prepareStatement(
                        "SELECT organization_id, max(sequence) FROM audit_log GROUP BY organization_id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                heads.put(rows.getObject(1, UUID.class), rows.getLong(2));
            }
        }
        return heads;
    }

    /** Whether this restore superseded the checkpoint: signed before it, naming an entry the backup lacked. */
    public boolean supersedes(AuditCheckpoint checkpoint) {
        return checkpoint.signedAt().isBefore(declaredAt)
                && checkpoint.sequence() > restoredHeads.getOrDefault(checkpoint.organizationId(), 0L);
    }
}
