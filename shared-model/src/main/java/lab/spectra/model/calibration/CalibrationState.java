package lab.spectra.model.calibration;

/** The certificate itself: valid until it expires, or revoked when found out of tolerance. */
public enum CalibrationState {
    VALID,
    REVOKED
}
