package lab.spectra.server.auth.token;

/**
 * Why a token was not accepted, as a short machine code for logs, metrics and the
 * {@code WWW-Authenticate} error description. Clients get no more detail than the code: the
 * message beside it is for the server log.
 */
public enum TokenRejection {
    /** Not a compact JWS at all, too large, or its JSON cannot be read. */
    MALFORMED("malformed"),
    /** {@code alg} is {@code none}, or not the algorithm of the key that would verify it. */
    ALGORITHM_NOT_ALLOWED("alg_not_allowed"),
    /** No {@code kid}, or a {@code kid} that names none of the trusted keys. */
    UNKNOWN_KEY("unknown_kid"),
    /** The signature does not match the header and payload. */
    BAD_SIGNATURE("bad_signature"),
    WRONG_ISSUER("wrong_issuer"),
    WRONG_AUDIENCE("wrong_audience"),
    EXPIRED("expired"),
    /** {@code nbf} (or {@code iat}) lies in the future beyond the allowed clock skew. */
    NOT_YET_VALID("not_yet_valid"),
    /** A token of another kind (refresh, ID, ...) presented as an access token. */
    WRONG_TOKEN_TYPE("wrong_token_type"),
    MISSING_CLAIM("missing_claim"),
    /** A claim is present but not of the expected form (a UUID, a known role, ...). */
    INVALID_CLAIM("invalid_claim"),
    /** An external token whose role claim maps to none of the lab roles. */
    NO_MAPPED_ROLE("no_mapped_role"),
    /** The external issuer's keys could not be fetched: not the token's fault, but not acceptable either. */
    KEYS_UNAVAILABLE("keys_unavailable");

    private final String code;

    TokenRejection(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
