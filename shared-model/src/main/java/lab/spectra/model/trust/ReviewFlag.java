package lab.spectra.model.trust;

import java.util.Objects;

/**
 * Why an applied command needs a person's review: the server applied it because it was plausible,
 * but could not vouch for everything it claims (ADR 0012).
 *
 * @param code    stable and machine-readable, e.g. {@code calibration_lapsed_before_sync}
 * @param message what a PI reads on the review list
 */
public record ReviewFlag(String code, String message) {

    public static final String OFFLINE_WINDOW_EXCEEDED = "offline_window_exceeded";
    public static final String NO_TIME_RECEIPT = "no_time_receipt";
    public static final String CALIBRATION_LAPSED_BEFORE_SYNC = "calibration_lapsed_before_sync";
    public static final String CALIBRATION_REVOKED_LATER = "calibration_revoked_later";
    /** A run started while its operator was qualified, received after the qualification lapsed (ADR 0015). */
    public static final String QUALIFICATION_LAPSED_BEFORE_SYNC = "qualification_lapsed_before_sync";

    public ReviewFlag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
