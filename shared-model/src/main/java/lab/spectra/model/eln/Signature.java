package lab.spectra.model.eln;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import lab.spectra.model.command.Row;

/**
 * An electronic signature over exactly the content whose hash it stores. Changing the signed
 * record voids it ({@code voidedAt}), visibly, instead of deleting it.
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
        long rowVersion)
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

    /** Not voided: the signed record still has the content this signature covers. */
    public boolean valid() {
        return voidedAt == null;
    }

    /**
     * The same signature, kept but marked void, with the reason shown next to it.
     *
     * @param at when the change that voided it was recorded
     */
    public Signature voided(Instant at, String reason) {
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
                rowVersion + 1);
    }
}
