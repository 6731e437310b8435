package lab.spectra.model.eln;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;

/**
 * An electronic signature over exactly the content whose hash it stores. Changing the signed
 * record voids it ({@code voidedAt}, {@code voidedBy}, {@code voidReason}), visibly, instead of
 * deleting it.
 *
 * @param voidedBy         who made the change that voided it
 * @param deviceSignature  the signer's device key's JWS over the {@link SigningPayload}, when it was
 *                         signed on a bench (ADR 0018); null when signed online on the server
 * @param countersignature the server's record-signing key's JWS over the signature and the time it
 *                         received it ({@code spectra-eln-countersignature+jws}); null on a bench
 *                         until the server's copy arrives
 * @param countersignedAt  when the server received and countersigned it
 * @param recordRowVersion the signed record's row version the signature was made on (null on rows
 *                         from before ADR 0018)
 */
public record Signature(
        UUID id,
        UUID organizationId,
        String recordTable,
        UUID recordId,
        UUID signerId,
        String signerName,
        SignatureMeaning meaning,
        String contentSha256,
        Instant signedAt,
        Instant voidedAt,
        String voidReason,
        Instant createdAt,
        long rowVersion,
        UUID voidedBy,
        String deviceSignature,
        String countersignature,
        Instant countersignedAt,
        Long recordRowVersion)
        implements Row {

    public Signature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organization_id");
        Objects.requireNonNull(recordTable, "record_table");
        Objects.requireNonNull(recordId, "record_id");
        Objects.requireNonNull(signerId, "signer_id");
        Objects.requireNonNull(signerName, "signer_name");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(contentSha256, "content_sha256");
        Objects.requireNonNull(signedAt, "signed_at");
    }

    /** A signature without device signature or countersignature (rows from before ADR 0018). */
    public Signature(
            UUID id,
            UUID organizationId,
            String recordTable,
            UUID recordId,
            UUID signerId,
            String signerName,
            SignatureMeaning meaning,
            String contentSha256,
            Instant signedAt,
            Instant voidedAt,
            String voidReason,
            Instant createdAt,
            long rowVersion) {
        this(
                id,
                organizationId,
                recordTable,
                recordId,
                signerId,
                signerName,
                meaning,
                contentSha256,
                signedAt,
                voidedAt,
                voidReason,
                createdAt,
                rowVersion,
                null,
                null,
                null,
                null,
                null);
    }

    /** Not voided: the signed record still has the content this signature covers. */
    public boolean valid() {
        return voidedAt == null;
    }

    /**
     * The same signature, kept but marked void, with the reason shown next to it.
     *
     * @param at when the change that voided it was recorded
     * @param by who made that change
     */
    public Signature voided(Instant at, UUID by, String reason) {
        return new Signature(
                id,
                organizationId,
                recordTable,
                recordId,
                signerId,
                signerName,
                meaning,
                contentSha256,
                signedAt,
                at,
                reason,
                createdAt,
                rowVersion + 1,
                by,
                deviceSignature,
                countersignature,
                countersignedAt,
                recordRowVersion);
    }

    /** The same signature with the server's countersignature, made when it received it. */
    public Signature countersigned(String jws, Instant at) {
        return new Signature(
                id,
                organizationId,
                recordTable,
                recordId,
                signerId,
                signerName,
                meaning,
                contentSha256,
                signedAt,
                voidedAt,
                voidReason,
                createdAt,
                rowVersion,
                voidedBy,
                deviceSignature,
                jws,
                at,
                recordRowVersion);
    }

    /** What the signer's device key signed, rebuilt from the stored row. */
    public SigningPayload payload() {
        return new SigningPayload(id, recordId, contentSha256, meaning, signerId, signedAt);
    }
}
