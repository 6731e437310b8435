package lab.spectra.model.protocol;

/**
 * The answer to {@code GET /sync/audit-checkpoint}: the newest signed checkpoint of the caller's
 * organization's audit trail (a compact JWS, see {@code AuditCheckpoint}), or null when none has
 * been signed yet. A bench keeps every one it receives, as a witness the server cannot take back.
 */
public record AuditCheckpointResponse(String checkpoint) {}
