package lab.spectra.server.auth.token;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import lab.spectra.model.auth.Role;

/** Reads the non-registered claims of a verified token, turning every surprise into a rejection. */
public final class ClaimReader {

    private final JWTClaimsSet claims;

    public ClaimReader(JWTClaimsSet claims) {
        this.claims = claims;
    }

    /** A claim that is absent or unusable; carries the rejection to return. */
    public static final class BadClaimException extends Exception {
        private final transient TokenVerification.Invalid invalid;

        public BadClaimException(TokenRejection reason, String message) {
            super(message, null, false, false);
            this.invalid = new TokenVerification.Invalid(reason, message);
        }

        public TokenVerification.Invalid invalid() {
            return invalid;
        }
    }

    public String requiredString(String name) throws BadClaimException {
        return requiredString(name, claims.getClaim(name));
    }

    /**
     * A claim named either literally (e.g. {@code https://lab.example/role}, as some providers
     * namespace custom claims) or, if no claim has that exact name, as a dotted path into nested
     * objects (e.g. {@code realm_access.roles}).
     */
    public Object resolve(String nameOrPath) {
        Object literal = claims.getClaim(nameOrPath);
        if (literal != null || !nameOrPath.contains(".")) {
            return literal;
        }
        Object current = claims.getClaims();
        for (String segment : nameOrPath.split("\\.", -1)) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(segment);
        }
        return current;
    }

    public static String requiredString(String name, Object value) throws BadClaimException {
        if (value == null) {
            throw new BadClaimException(TokenRejection.MISSING_CLAIM, "no " + name);
        }
        if (!(value instanceof String text) || text.isBlank()) {
            throw new BadClaimException(TokenRejection.INVALID_CLAIM, name + " is not a non-empty string");
        }
        return text;
    }

    /** A UUID in its canonical 36-character form; {@link UUID#fromString} alone also takes "1-1-1-1-1". */
    public static UUID uuid(String name, String value) throws BadClaimException {
        try {
            UUID uuid = UUID.fromString(value);
            if (uuid.toString().equals(value.toLowerCase(Locale.ROOT))) {
                return uuid;
            }
        } catch (IllegalArgumentException e) {
            // not a UUID at all; reported below
        }
        throw new BadClaimException(TokenRejection.INVALID_CLAIM, name + " is not a UUID");
    }

    public static Role role(String wireName) throws BadClaimException {
        for (Role role : Role.values()) {
            // Exact wire names only: a token says "admin", never "ADMIN" or "Admin".
            if (role.wireName().equals(wireName)) {
                return role;
            }
        }
        throw new BadClaimException(TokenRejection.INVALID_CLAIM, "role " + wireName + " is not a known role");
    }
}
