package lab.spectra.desktop.auth.oidc;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One authorization request with its secrets (RFC 7636 PKCE with S256, OAuth state, OIDC nonce):
 * the verifier stays in this app and proves at the token endpoint that the code came back to the
 * one who asked; the state ties the redirect to this request; the nonce ties the ID token to it.
 */
record AuthorizationRequest(String verifier, String state, String nonce) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static AuthorizationRequest fresh() {
        // 32 random bytes give a 43-character verifier, the shortest RFC 7636 allows.
        return new AuthorizationRequest(random(32), random(16), random(16));
    }

    String challenge() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Where the browser goes: the provider's authorization endpoint with this request's parameters. */
    URI uri(IdentityProvider provider, URI redirect) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", provider.clientId());
        query.put("redirect_uri", redirect.toString());
        query.put("scope", String.join(" ", provider.scopes()));
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", challenge());
        query.put("code_challenge_method", "S256");
        String base = provider.authorizationEndpoint().toString();
        return URI.create(base + (base.contains("?") ? "&" : "?") + form(query));
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
