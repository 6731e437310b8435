package lab.spectra.model.qualification;

/** The qualification itself: valid until it expires, or revoked (training found lacking, a leaver). */
public enum QualificationState {
    VALID,
    REVOKED
}
