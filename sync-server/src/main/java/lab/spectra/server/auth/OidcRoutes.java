package lab.spectra.server.auth;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Optional;
import lab.spectra.server.auth.login.LoginService;
import lab.spectra.server.auth.oidc.OidcTokenVerifier;
import lab.spectra.server.auth.oidc.ProviderDiscovery;
import lab.spectra.server.auth.token.TokenRejection;
import lab.spectra.server.http.ApiException;
import lab.spectra.server.http.ApiRoutes;
import lab.spectra.server.http.JsonBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /auth/oidc}: what a bench needs to send people to the lab's identity provider, and the
 * exchange of the provider's access token for this server's own tokens (ADR 0024). After the
 * exchange a bench holds the same session as after a password sign-in, so its sync, refresh and
 * offline rules stay as they are.
 */
public final class OidcRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(OidcRoutes.class);

    /**
     * How a bench signs people in at the provider: authorization code with PKCE (S256) and a
     * loopback redirect, as a public client.
     *
     * @param label the provider's name for the button: "Sign in with {label}"
     */
    public record ProviderDescription(
            String issuer,
            String authorizationEndpoint,
            String tokenEndpoint,
            String clientId,
            List<String> scopes,
            String label) {}

    /** @param accessToken the provider's access token, whose audience is this server */
    public record ExchangeRequest(String accessToken) {}

    /**
     * The provider as configured: its verifier, its endpoints, what benches are told.
     *
     * @param benchClientId the bench's client id at the provider, or empty when benches do not sign in there
     */
    public record Provider(
            OidcTokenVerifier verifier,
            ProviderDiscovery discovery,
            String nameClaim,
            Optional<String> benchClientId,
            List<String> scopes,
            String label) {}

    public static void register(
            ApiRoutes routes,
            Optional<Provider> configured,
            ProviderPeople people,
            LoginService logins,
            JsonBodies bodies) {
        routes.open(
                HandlerType.GET,
                "/auth/oidc",
                "The lab's identity provider, for benches that sign people in there (404 when there is none)",
                null,
                ctx -> {
                    Provider provider = configured
                            .filter(candidate -> candidate.benchClientId().isPresent())
                            .orElseThrow(OidcRoutes::notConfigured);
                    ProviderDiscovery.Endpoints endpoints = provider.discovery()
                            .endpoints()
                            .orElseThrow(() -> new ApiException(
                                    503,
                                    "oidc_provider_unavailable",
                                    "The lab's identity provider does not answer; try again in a moment"));
                    ctx.json(new ProviderDescription(
                            provider.verifier().issuer(),
                            endpoints.authorization().toString(),
                            endpoints.token().toString(),
                            provider.benchClientId().get(),
                            provider.scopes(),
                            provider.label()));
                });
        routes.open(
                HandlerType.POST,
                "/auth/oidc/exchange",
                "Sign in with an access token of the lab's identity provider; the person's account is made or"
                        + " updated from its claims, and the answer is this server's tokens, as after a sign-in",
                ExchangeRequest.class,
                ctx -> {
                    Provider provider = configured.orElseThrow(OidcRoutes::notConfigured);
                    ExchangeRequest request = bodies.read(ctx, ExchangeRequest.class);
                    if (request.accessToken() == null || request.accessToken().isBlank()) {
                        throw new ApiException(422, "invalid_input", "access_token is required");
                    }
                    OidcTokenVerifier.Identification identification =
                            provider.verifier().identify(request.accessToken().strip(), provider.nameClaim());
                    if (identification instanceof OidcTokenVerifier.NotIdentified refused) {
                        throw refusal(refused);
                    }
                    OidcTokenVerifier.ProviderPerson person = (OidcTokenVerifier.ProviderPerson) identification;
                    ProviderPeople.Outcome outcome = people.signIn(person.claims(), person.displayName());
                    if (outcome instanceof ProviderPeople.Refused refused) {
                        throw new ApiException(refused.status(), refused.code(), refused.message());
                    }
                    ProviderPeople.Admitted admitted = (ProviderPeople.Admitted) outcome;
                    AuthRoutes.answer(
                            ctx,
                            logins.signInProvenBy(
                                    admitted.person(), ProviderPeople.provider(person.claims()), ctx.ip()));
                });
    }

    private static ApiException notConfigured() {
        return new ApiException(
                404, "oidc_not_configured", "This server signs people in with their e-mail and password only");
    }

    private static ApiException refusal(OidcTokenVerifier.NotIdentified refused) {
        LOG.debug(
                "OIDC exchange refused: {} ({})",
                refused.why().reason(),
                refused.why().message());
        if (refused.why().reason() == TokenRejection.NO_MAPPED_ROLE) {
            return new ApiException(
                    403,
                    "no_lab_role",
                    "Your identity provider gives you no role in this lab; ask its administrator to grant you one");
        }
        if (refused.why().reason() == TokenRejection.KEYS_UNAVAILABLE) {
            return new ApiException(
                    503,
                    "oidc_provider_unavailable",
                    "The lab's identity provider's keys cannot be read now; try again in a moment");
        }
        return new ApiException(
                401, "invalid_token", "The identity provider's token was not accepted; sign in there again");
    }

    private OidcRoutes() {}
}
