package lab.spectra.model.calibration;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;

/**
 * A calibration certificate of one instrument. {@code expires_at > issued_at} is also a database
 * constraint on both sides.
 */
public record Calibration(
        UUID id,
        UUID organizationId,
        UUID instrumentId,
        String certificateNumber,
        Instant issuedAt,
        Instant expiresAt,
        String performedBy,
        UUID certificateAttachmentId,
        CalibrationState state,
        Instant revokedAt,
        UUID revokedBy,
        String revocationReason,
        UUID recordedBy,
        Instant createdAt,
        Instant updatedAt,
        long rowVersion)
        implements Row {

    public Calibration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(instrumentId, "instrument_id");
        Objects.requireNonNull(certificateNumber, "certificate_number");
        Objects.requireNonNull(issuedAt, "issued_at");
        Objects.requireNonNull(expiresAt, "expires_at");
        Objects.requireNonNull(state, "state");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("A calibration must expire after it was issued");
        }
    }

    /** The same certificate with its scanned file attached. */
    public Calibration withCertificateFile(UUID attachmentId, Instant now) {
        return new Calibration(
                id,
                organizationId,
                instrumentId,
                certificateNumber,
                issuedAt,
                expiresAt,
                performedBy,
                attachmentId,
                state,
                revokedAt,
                revokedBy,
                revocationReason,
                recordedBy,
                createdAt,
                now,
                rowVersion + 1);
    }

    public Calibration revoke(UUID by, String reason, Instant at, Instant now) {
        return new Calibration(
                id,
                organizationId,
                instrumentId,
                certificateNumber,
                issuedAt,
                expiresAt,
                performedBy,
                certificateAttachmentId,
                CalibrationState.REVOKED,
                at,
                by,
                reason,
                recordedBy,
                createdAt,
                now,
                rowVersion + 1);
    }
}
