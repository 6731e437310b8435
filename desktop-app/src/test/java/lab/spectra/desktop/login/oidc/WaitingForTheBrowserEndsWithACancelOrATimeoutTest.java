package lab.spectra.desktop.login.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lab.spectra.desktop.auth.oidc.BrowserSignIn;
import lab.spectra.desktop.auth.oidc.IdentityProvider;
import lab.spectra.desktop.auth.oidc.ProviderSignInException;
import lab.spectra.model.protocol.DomainJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A person who never comes back from the browser does not hold the sign-in screen forever: Cancel
 * ends the wait at once, and so does the timeout; each says so in words.
 */
class WaitingForTheBrowserEndsWithACancelOrATimeoutTest {

    private static final IdentityProvider PROVIDER = new IdentityProvider(
            "https://idp.acme.example",
            URI.create("https://idp.acme.example/authorize"),
            URI.create("https://idp.acme.example/token"),
            "spectra-bench",
            List.of("openid"),
            "Acme");

    /** A browser that opens and is then left alone. */
    private static final List<URI> OPENED = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Test
    @Timeout(30)
    void cancellingStopsTheWaitAndSaysItWasCancelled() throws Exception {
        BrowserSignIn.Attempt attempt =
                new BrowserSignIn(OPENED::add, DomainJson.newMapper(), Duration.ofMinutes(5)).start(PROVIDER);
        CompletableFuture<Throwable> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                attempt.providerAccessToken();
                return null;
            } catch (ProviderSignInException e) {
                return e;
            }
        });

        Thread.sleep(200);
        attempt.cancel();

        assertThat(outcome.get(10, TimeUnit.SECONDS)).hasMessage("Signing in with Acme was cancelled");
    }

    @Test
    @Timeout(30)
    void noReturnFromTheBrowserWithinTheTimeoutEndsTheSignIn() {
        BrowserSignIn.Attempt attempt =
                new BrowserSignIn(OPENED::add, DomainJson.newMapper(), Duration.ofMillis(300)).start(PROVIDER);

        assertThatThrownBy(attempt::providerAccessToken)
                .isInstanceOf(ProviderSignInException.class)
                .hasMessageStartingWith("Signing in with Acme took longer than");
    }

    @Test
    @Timeout(30)
    void theBrowserIsSentToTheAuthorizationEndpointWithPkceStateAndNonce() {
        List<URI> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        new BrowserSignIn(opened::add, DomainJson.newMapper(), Duration.ofMillis(1))
                .start(PROVIDER)
                .cancel();

        assertThat(opened).singleElement().satisfies(address -> {
            assertThat(address.toString()).startsWith("https://idp.acme.example/authorize?");
            assertThat(address.getQuery())
                    .contains("response_type=code")
                    .contains("client_id=spectra-bench")
                    .contains("code_challenge_method=S256")
                    .containsPattern("code_challenge=[A-Za-z0-9_-]{43}(&|$)")
                    .containsPattern("state=[A-Za-z0-9_-]{22}")
                    .containsPattern("nonce=[A-Za-z0-9_-]{22}")
                    .containsPattern("redirect_uri=http://127\\.0\\.0\\.1:\\d+/callback");
        });
    }
}
