package lab.spectra.server.auth.token;

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
        private static final int MAX_MESSAGE_CHARS = 300;

        public Invalid {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
            message = printable(message);
        }

        /** The short machine code, e.g. {@code expired}. */
        public String code() {
            return reason.code();
        }

        /**
         * Messages quote what the token said (its issuer, kid, typ, ...), which is attacker input:
         * control characters are replaced and the length capped, so a token cannot forge log lines.
         */
        private static String printable(String message) {
            StringBuilder safe = new StringBuilder(Math.min(message.length(), MAX_MESSAGE_CHARS + 1));
            for (int i = 0; i < message.length() && safe.length() < MAX_MESSAGE_CHARS; i++) {
                char c = message.charAt(i);
                safe.append(Character.isISOControl(c) ? '?' : c);
            }
            if (message.length() > MAX_MESSAGE_CHARS) {
                safe.append('…');
            }
            return safe.toString();
        }
    }
}
