package lab.spectra.server.auth.token;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Accepts tokens of several issuers (this server and configured OIDC providers) by handing each
 * token to the verifier of the issuer it names.
 *
 * <p>Reading {@code iss} before the signature is checked is safe here: it only picks which
 * verifier runs, and that verifier checks signature and issuer again with its own keys.
 */
public final class IssuerRoutingVerifier implements AccessTokenVerifier {

    private final Map<String, AccessTokenVerifier> byIssuer;

    public IssuerRoutingVerifier(List<? extends AccessTokenVerifier> verifiers) {
        Objects.requireNonNull(verifiers, "verifiers");
        if (verifiers.isEmpty()) {
            throw new IllegalArgumentException("At least one verifier is needed");
        }
        Map<String, AccessTokenVerifier> map = new LinkedHashMap<>();
        for (AccessTokenVerifier verifier : verifiers) {
            if (map.putIfAbsent(verifier.issuer(), verifier) != null) {
                throw new IllegalArgumentException("Two verifiers for issuer " + verifier.issuer());
            }
        }
        this.byIssuer = Map.copyOf(map);
    }

    /** The issuers accepted, joined; this verifier has no single issuer of its own. */
    @Override
    public String issuer() {
        return String.join(" ", byIssuer.keySet());
    }

    @Override
    public TokenVerification verify(String token) {
        String issuer;
        try {
            if (token == null || token.length() > SignedJwtValidator.MAX_TOKEN_CHARS) {
                return new TokenVerification.Invalid(TokenRejection.MALFORMED, "no token or too long");
            }
            // Only the payload is read here, so that the chosen verifier reports a bad header (alg
            // none, unknown kid, ...) with its own precise reason.
            String[] parts = token.split("\\.", -1);
            if (parts.length != 3) {
                return new TokenVerification.Invalid(TokenRejection.MALFORMED, "not a compact JWS");
            }
            Object iss = JSONObjectUtils.parse(new Base64URL(parts[1]).decodeToString())
                    .get("iss");
            issuer = iss instanceof String text ? text : null;
        } catch (ParseException | RuntimeException e) {
            return new TokenVerification.Invalid(TokenRejection.MALFORMED, "payload is not a JSON object");
        }
        AccessTokenVerifier verifier = issuer == null ? null : byIssuer.get(issuer);
        if (verifier == null) {
            return new TokenVerification.Invalid(TokenRejection.WRONG_ISSUER, "no verifier for issuer " + issuer);
        }
        return verifier.verify(token);
    }
}
