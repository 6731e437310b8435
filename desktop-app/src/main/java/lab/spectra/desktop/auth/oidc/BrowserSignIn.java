package lab.spectra.desktop.auth.oidc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Signs a person in at the lab's identity provider the way a native app should (RFC 8252):
 * authorization code with PKCE (S256), state and nonce, in the system browser, with the redirect
 * to a loopback listener of this app; then trades the code for tokens at the provider's token
 * endpoint as a public client. The answer is the provider's access token, which the lab's server
 * exchanges for its own tokens.
 *
 * <p>Each {@link #start} is one {@link Attempt}: waiting for the person is bounded by a timeout
 * and may be cancelled from another thread (the sign-in screen's Cancel).
 */
public final class BrowserSignIn {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private final SystemBrowser browser;
    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final Duration timeout;

    public BrowserSignIn(SystemBrowser browser, ObjectMapper mapper, Duration timeout) {
        this.browser = browser;
        this.mapper = mapper;
        this.timeout = timeout;
        this.http = new OkHttpClient.Builder()
                .callTimeout(Duration.ofSeconds(30))
                .followRedirects(false)
                .build();
    }

    /** Opens the loopback listener and the browser on the provider's sign-in page. */
    public Attempt start(IdentityProvider provider) {
        AuthorizationRequest request = AuthorizationRequest.fresh();
        LoopbackRedirect redirect = LoopbackRedirect.open();
        try {
            browser.open(request.uri(provider, redirect.uri()));
        } catch (RuntimeException e) {
            redirect.close();
            throw e instanceof ProviderSignInException signInProblem
                    ? signInProblem
                    : new ProviderSignInException(
                            "No web browser could be opened for signing in with " + provider.label(), e);
        }
        return new Attempt(provider, request, redirect);
    }

    /** One sign-in at the provider, under way in the browser. */
    public final class Attempt {

        private final IdentityProvider provider;
        private final AuthorizationRequest request;
        private final LoopbackRedirect redirect;

        private Attempt(IdentityProvider provider, AuthorizationRequest request, LoopbackRedirect redirect) {
            this.provider = provider;
            this.request = request;
            this.redirect = redirect;
        }

        /** Stops waiting for the browser; {@link #providerAccessToken} then fails with "cancelled". */
        public void cancel() {
            redirect.close();
        }

        /**
         * Waits (blocking: call it off the UI thread) for the browser to come back, checks it, and
         * trades the code for the provider's access token.
         *
         * @throws ProviderSignInException in words: timed out, cancelled, refused by the provider, or a reply that
         *     does not belong to this sign-in
         */
        public String providerAccessToken() {
            try {
                Map<String, String> back = awaitRedirect();
                if (!request.state().equals(back.get("state"))) {
                    throw new ProviderSignInException(
                            "The browser came back from a sign-in this app did not start; try again");
                }
                if (back.containsKey("error")) {
                    throw new ProviderSignInException(provider.label() + " did not sign you in: "
                            + back.getOrDefault("error_description", back.get("error")));
                }
                String code = back.get("code");
                if (code == null || code.isBlank()) {
                    throw new ProviderSignInException(provider.label() + " sent no sign-in code back; try again");
                }
                return tokens(code);
            } finally {
                redirect.close();
            }
        }

        private Map<String, String> awaitRedirect() {
            try {
                return redirect.redirect().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new ProviderSignInException("Signing in with " + provider.label() + " took longer than "
                        + timeout.toMinutes() + " minutes and was stopped; try again");
            } catch (CancellationException e) {
                throw new ProviderSignInException("Signing in with " + provider.label() + " was cancelled");
            } catch (ExecutionException e) {
                throw new ProviderSignInException("Signing in with " + provider.label() + " did not work", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProviderSignInException("Signing in with " + provider.label() + " was cancelled");
            }
        }

        private String tokens(String code) {
            Request exchange = new Request.Builder()
                    .url(provider.tokenEndpoint().toString())
                    .header("Accept", "application/json")
                    .post(new FormBody.Builder()
                            .add("grant_type", "authorization_code")
                            .add("code", code)
                            .add("redirect_uri", redirect.uri().toString())
                            .add("client_id", provider.clientId())
                            .add("code_verifier", request.verifier())
                            .build())
                    .build();
            try (Response response = http.newCall(exchange).execute();
                    ResponseBody body = response.body()) {
                String text = body == null ? "" : body.string();
                if (!response.isSuccessful()) {
                    throw new ProviderSignInException(provider.label() + " refused to finish the sign-in (HTTP "
                            + response.code() + "); try again");
                }
                JsonNode tokens = mapper.readTree(text);
                checkNonce(tokens.path("id_token").asText(""));
                String accessToken = tokens.path("access_token").asText("");
                if (accessToken.isEmpty()) {
                    throw new ProviderSignInException(provider.label() + " sent no access token");
                }
                return accessToken;
            } catch (IOException e) {
                throw new ProviderSignInException(provider.label() + " cannot be reached: " + e.getMessage(), e);
            }
        }

        /**
         * The ID token must carry this request's nonce, so a token made for another sign-in is not
         * taken. Its signature is not checked here: it came straight from the provider's token
         * endpoint over TLS (OpenID Connect Core, 3.1.3.7), and the lab's server verifies the access
         * token with the provider's keys anyway.
         */
        private void checkNonce(String idToken) throws IOException {
            String[] parts = idToken.split("\\.", -1);
            if (parts.length != 3) {
                throw new ProviderSignInException(provider.label() + " sent no ID token; is the openid scope allowed?");
            }
            JsonNode claims =
                    mapper.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            if (!request.nonce().equals(claims.path("nonce").asText())) {
                throw new ProviderSignInException(
                        "The ID token from " + provider.label() + " belongs to another sign-in; try again");
            }
        }
    }

    /**
     * For the installed app's self-test: the loopback listener of the redirect starts and takes a
     * redirect, which proves the linked runtime holds {@code jdk.httpserver}.
     *
     * @return the line to print
     * @throws ProviderSignInException when the listener did not take the redirect
     */
    public static String checkLoopbackRedirect() {
        try (LoopbackRedirect listener = LoopbackRedirect.open()) {
            HttpURLConnection connection = (HttpURLConnection)
                    URI.create(listener.uri() + "?state=self-test").toURL().openConnection();
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(5_000);
            int status = connection.getResponseCode();
            connection.disconnect();
            Map<String, String> back = listener.redirect().getNow(Map.of());
            if (status != 200 || !"self-test".equals(back.get("state"))) {
                throw new ProviderSignInException("The sign-in redirect listener answered " + status);
            }
            return "Sign-in redirect listener answered on " + listener.uri();
        } catch (IOException e) {
            throw new ProviderSignInException("The sign-in redirect listener did not answer: " + e.getMessage(), e);
        }
    }
}
