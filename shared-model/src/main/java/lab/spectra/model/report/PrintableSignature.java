package lab.spectra.model.report;

import java.time.Instant;
import java.util.Objects;
import lab.spectra.model.eln.SignatureMeaning;

/**
 * One signature's manifestation (21 CFR §11.50): who signed, when, and what the signature means;
 * for a voided one also when, by whom and why it was voided. Fields a side does not know yet are
 * null (a signature the server has not countersigned, a void recorded without its author).
 *
 * @param signedContentSha256 the content hash this signature covers
 * @param countersignedAt     when the server countersigned a signature made offline, or null
 */
public record PrintableSignature(
        String printedName,
        SignatureMeaning meaning,
        Instant signedAt,
        String signedContentSha256,
        Instant voidedAt,
        String voidedBy,
        String voidReason,
        Instant countersignedAt) {

    public PrintableSignature {
        Objects.requireNonNull(printedName, "printedName");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(signedAt, "signedAt");
    }

    public boolean voided() {
        return voidedAt != null;
    }
}
