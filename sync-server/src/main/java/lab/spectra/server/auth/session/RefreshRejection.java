package lab.spectra.server.auth.session;

/** Why a refresh token was not exchanged; every one of them means "log in again". */
public enum RefreshRejection {
    /** Not of the form {@code <uuid>.<43 base64url characters>}. */
    MALFORMED("malformed"),
    /** No such token, or the secret does not match it. */
    UNKNOWN("unknown"),
    EXPIRED("expired"),
    /** Its session was ended: logout, password change, or an earlier reuse. */
    REVOKED("revoked"),
    /** The token had already been exchanged: it was stolen or copied, so its whole session is revoked. */
    REUSED("reused");

    private final String code;

    RefreshRejection(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
