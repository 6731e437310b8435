package lab.spectra.desktop.auth.oidc;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The lab's identity provider, as the lab's server describes it ({@code GET /auth/oidc}).
 *
 * @param label the provider's name on the button: "Sign in with {label}"
 */
public record IdentityProvider(
        String issuer,
        URI authorizationEndpoint,
        URI tokenEndpoint,
        String clientId,
        List<String> scopes,
        String label) {

    public IdentityProvider {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint");
        Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
        Objects.requireNonNull(clientId, "clientId");
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(label, "label");
    }
}
