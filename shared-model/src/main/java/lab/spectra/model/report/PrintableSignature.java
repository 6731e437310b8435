package lab.spectra.model.report;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import lab.spectra.model.eln.Signature;
import lab.spectra.model.eln.SignatureMeaning;

/**
 * One signature's manifestation (21 CFR §11.50): who signed, when, and what the signature means;
 * for a voided one also when, by whom and why it was voided. Fields a side does not know yet are
 * null (a signature the server has not countersigned, a void recorded without its author).
 *
 * @param signedContentSha256 the content hash this signature covers
 * @param countersignedAt     when the server countersigned a signature made offline, or null
 * @param decision            what the signer decided in signing, where the meaning alone does not say it
 *                            (a run review: "Accepted", or "Rejected: " and the comment); null otherwise
 */
public record PrintableSignature(
        String printedName,
        SignatureMeaning meaning,
        Instant signedAt,
        String signedContentSha256,
        Instant voidedAt,
        String voidedBy,
        String voidReason,
        Instant countersignedAt,
        String decision) {

    public PrintableSignature {
        Objects.requireNonNull(printedName, "printedName");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(signedAt, "signedAt");
    }

    /** A signature whose meaning says all there is (a notebook signature). */
    public PrintableSignature(
            String printedName,
            SignatureMeaning meaning,
            Instant signedAt,
            String signedContentSha256,
            Instant voidedAt,
            String voidedBy,
            String voidReason,
            Instant countersignedAt) {
        this(
                printedName,
                meaning,
                signedAt,
                signedContentSha256,
                voidedAt,
                voidedBy,
                voidReason,
                countersignedAt,
                null);
    }

    /** The same signature with the decision it carried. */
    public PrintableSignature withDecision(String madeDecision) {
        return new PrintableSignature(
                printedName,
                meaning,
                signedAt,
                signedContentSha256,
                voidedAt,
                voidedBy,
                voidReason,
                countersignedAt,
                madeDecision);
    }

    public boolean voided() {
        return voidedAt != null;
    }

    /**
     * The manifestation of a stored signature.
     *
     * @param nameOf the printed name of a person by id (who voided it), as the reading side knows it
     */
    public static PrintableSignature of(Signature signature, Function<UUID, String> nameOf) {
        return new PrintableSignature(
                signature.signerName(),
                signature.meaning(),
                signature.signedAt(),
                signature.contentSha256(),
                signature.voidedAt(),
                signature.voidedBy() == null ? null : nameOf.apply(signature.voidedBy()),
                signature.voidReason(),
                signature.countersignedAt());
    }
}
