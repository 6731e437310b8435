package lab.spectra.model.eln;

/** What a signer states by signing (21 CFR Part 11 §11.50). */
public enum SignatureMeaning {
    AUTHORED,
    REVIEWED,
    APPROVED,
    /** The signer saw the work done as described; like a review, never by its author or an editor. */
    WITNESSED
}
