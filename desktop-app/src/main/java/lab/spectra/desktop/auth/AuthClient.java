package lab.spectra.desktop.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lab.spectra.desktop.auth.oidc.IdentityProvider;
import lab.spectra.desktop.net.ServerLink;
import lab.spectra.desktop.net.ServerRefusedException;
import lab.spectra.model.auth.Role;

/** Signs in against the sync server and renews sessions with the rotating refresh token. */
public final class AuthClient {

    private final ServerLink link;

    public AuthClient(ServerLink link) {
        this.link = link;
    }

    /**
     * Signs in with the server.
     *
     * @throws lab.spectra.desktop.net.ServerRefusedException   wrong password, throttled, disabled
     * @throws lab.spectra.desktop.net.ServerUnreachableException offline
     */
    public ServerSession login(String email, String password) {
        JsonNode tokens =
                link.post("/auth/login", null, Map.of("username", email, "password", password), JsonNode.class);
        return describe(
                tokens.get("access_token").asText(), tokens.get("refresh_token").asText());
    }

    /**
     * Replaces a password proven with the current one (a temporary one an admin set must be
     * replaced so) and signs in with the new one.
     *
     * @throws lab.spectra.desktop.net.ServerRefusedException the new password is not acceptable (422), or as login
     */
    public ServerSession changePassword(String email, String current, String chosen) {
        JsonNode tokens = link.post(
                "/auth/change-password",
                null,
                Map.of("username", email, "password", current, "new_password", chosen),
                JsonNode.class);
        return describe(
                tokens.get("access_token").asText(), tokens.get("refresh_token").asText());
    }

    /**
     * The lab's identity provider, when the server offers sign-in through one.
     *
     * @throws lab.spectra.desktop.net.ServerUnreachableException offline
     */
    public Optional<IdentityProvider> identityProvider() {
        JsonNode provider;
        try {
            provider = link.get("/auth/oidc", null, JsonNode.class);
        } catch (ServerRefusedException refused) {
            if (refused.status() == 404) {
                return Optional.empty();
            }
            throw refused;
        }
        List<String> scopes = new ArrayList<>();
        provider.path("scopes").forEach(scope -> scopes.add(scope.asText()));
        return Optional.of(new IdentityProvider(
                provider.get("issuer").asText(),
                URI.create(provider.get("authorization_endpoint").asText()),
                URI.create(provider.get("token_endpoint").asText()),
                provider.get("client_id").asText(),
                scopes,
                provider.get("label").asText()));
    }

    /**
     * Signs in with the identity provider's access token: the server makes or updates the person
     * from its claims and answers with its own tokens, as after a password sign-in.
     *
     * @throws ServerRefusedException no role in the lab, disabled, an address another account uses
     */
    public ServerSession exchange(String providerAccessToken) {
        JsonNode tokens =
                link.post("/auth/oidc/exchange", null, Map.of("access_token", providerAccessToken), JsonNode.class);
        return describe(
                tokens.get("access_token").asText(), tokens.get("refresh_token").asText());
    }

    /** A session with fresh tokens; the old refresh token is used up (the server rotates it). */
    public ServerSession refresh(ServerSession session) {
        JsonNode tokens =
                link.post("/auth/refresh", null, Map.of("refresh_token", session.refreshToken()), JsonNode.class);
        return session.withTokens(
                tokens.get("access_token").asText(), tokens.get("refresh_token").asText());
    }

    private ServerSession describe(String accessToken, String refreshToken) {
        JsonNode me = link.get("/auth/me", accessToken, JsonNode.class);
        return new ServerSession(
                UUID.fromString(me.get("id").asText()),
                UUID.fromString(me.get("organization").get("id").asText()),
                me.get("email").asText(),
                me.get("name").asText(),
                Role.fromWireName(me.get("role").asText()),
                accessToken,
                refreshToken);
    }
}
