package lab.spectra.model.eln;

/**
 * What a signer's device key signs (ADR 0018): a canonical, byte-exact text whose first line names
 * its format, so a notebook signature ({@link SigningPayload}) can never be read as a run review
 * ({@code RunReviewPayload}) or the other way round. The server's countersignature covers its hash
 * ({@link Countersignatures}).
 */
public interface SignaturePayload {

    /** The canonical form, the bytes the device key signs. */
    byte[] bytes();
}
