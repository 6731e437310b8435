package lab.spectra.model.eln;

/** What a signer states by signing (21 CFR Part 11 §11.50). */
public enum SignatureMeaning {
    AUTHORED,
    REVIEWED,
    APPROVED
}
