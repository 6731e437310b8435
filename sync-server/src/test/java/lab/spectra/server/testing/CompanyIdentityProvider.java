package lab.spectra.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import lab.spectra.server.config.ServerConfig;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A company's OpenID Connect provider, independent of our code (NAV's mock-oauth2-server), started
 * on a free loopback port. Its people are described per sign-in: the next token it issues carries
 * the subject and claims a test gives. {@link #signIn} plays a person and a client together over
 * plain HTTP: the authorization endpoint (no browser: the provider answers with a redirect at once),
 * then the token endpoint with the PKCE verifier.
 */
public final class CompanyIdentityProvider implements AutoCloseable {

    /** The audience the provider puts in access tokens meant for the lab's server. */
    public static final String AUDIENCE = "spectra-lab-api";

    public static final String CLIENT_ID = "spectra-bench";

    /** The provider's role names, as a company might call them. */
    public static final String ROLE_CLAIM = "groups";

    private final String issuerId;
    private final MockOAuth2Server server = new MockOAuth2Server();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final ObjectMapper mapper = new ObjectMapper();

    private CompanyIdentityProvider(String issuerId) {
        this.issuerId = issuerId;
    }

    /** A provider whose issuer ends in {@code issuerId} (several may run at once). */
    public static CompanyIdentityProvider start(String issuerId) {
        CompanyIdentityProvider provider = new CompanyIdentityProvider(issuerId);
        provider.server.start();
        return provider;
    }

    public String issuer() {
        return server.issuerUrl(issuerId).toString();
    }

    /**
     * The server's settings for this provider: people with group {@code lab-technicians},
     * {@code lab-pis} or {@code lab-admins} get that role in {@code organization}.
     */
    public ServerConfig.OidcSettings serverSettings(UUID organization) {
        return new ServerConfig.OidcSettings(
                issuer(),
                AUDIENCE,
                server.jwksUrl(issuerId).toString(),
                ROLE_CLAIM,
                Map.of("lab-technicians", "technician", "lab-pis", "pi", "lab-admins", "admin"),
                organization,
                Optional.of(new ServerConfig.BenchSignIn(CLIENT_ID, List.of("openid", "email", "profile"), "Acme")),
                "name");
    }

    /** Claims of a person: e-mail, name and one group. */
    public static Map<String, Object> person(String email, String name, String group) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("email", email);
        claims.put("name", name);
        claims.put(ROLE_CLAIM, List.of(group));
        return claims;
    }

    /** The next token the provider issues (to whichever client asks) is for this person. */
    public void nextSignInIs(String subject, Map<String, Object> claims) {
        server.enqueueCallback(
                new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", List.of(AUDIENCE), claims, 3600));
    }

    /**
     * A person signs in at the provider and a client trades the code for tokens, as a bench would;
     * answers the provider's access token.
     */
    public String signIn(String subject, Map<String, Object> claims) {
        nextSignInIs(subject, claims);
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        String state = UUID.randomUUID().toString();
        String redirect = "http://127.0.0.1:9/callback";
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", CLIENT_ID);
        query.put("response_type", "code");
        query.put("redirect_uri", redirect);
        query.put("scope", "openid email profile");
        query.put("state", state);
        query.put("nonce", UUID.randomUUID().toString());
        query.put("code_challenge", challenge(verifier));
        query.put("code_challenge_method", "S256");
        URI authorize = URI.create(server.authorizationEndpointUrl(issuerId) + "?" + form(query));
        HttpResponse<String> redirected =
                send(HttpRequest.newBuilder(authorize).GET().build());
        if (redirected.statusCode() != 302) {
            throw new IllegalStateException(
                    "The provider answered " + redirected.statusCode() + ": " + redirected.body());
        }
        Map<String, String> back =
                queryOf(URI.create(redirected.headers().firstValue("Location").orElseThrow()));
        if (!state.equals(back.get("state"))) {
            throw new IllegalStateException("The provider sent back another state: " + back);
        }
        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", back.get("code"));
        exchange.put("redirect_uri", redirect);
        exchange.put("client_id", CLIENT_ID);
        exchange.put("code_verifier", verifier);
        HttpResponse<String> tokens =
                send(HttpRequest.newBuilder(server.tokenEndpointUrl(issuerId).uri())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(exchange)))
                        .build());
        if (tokens.statusCode() != 200) {
            throw new IllegalStateException(
                    "The token endpoint answered " + tokens.statusCode() + ": " + tokens.body());
        }
        try {
            JsonNode body = mapper.readTree(tokens.body());
            return body.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> queryOf(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(
                    URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
