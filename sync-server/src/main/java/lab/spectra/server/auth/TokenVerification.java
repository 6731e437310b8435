package lab.spectra.server.auth;

import java.util.Objects;

/**
 * The outcome of checking a bearer token. Verifiers return this for every input, however broken;
 * they never throw for a bad token, so a handler maps the outcome to 200 or 401 without a catch.
 */
public sealed interface TokenVerification {

    /** The token is authentic, current, meant for this server, and well-formed. */
    record Verified(AccessClaims claims) implements TokenVerification {
        public Verified {
            Objects.requireNonNull(claims, "claims");
        }
    }

    /** The token must not be accepted; {@code message} is for the server log, never for the client. */
    record Invalid(TokenRejection reason, String message) implements TokenVerification {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }

        /** The short machine code, e.g. {@code expired}. */
        public String code() {
            return reason.code();
        }
    }
}
