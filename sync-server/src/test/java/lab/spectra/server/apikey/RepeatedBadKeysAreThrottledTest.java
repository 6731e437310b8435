package lab.spectra.server.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import lab.spectra.server.auth.login.LoginThrottleSettings;
import lab.spectra.server.testing.Http;
import lab.spectra.server.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guessing keys is throttled per client address: after the sign-in throttle's failure limit of bad
 * keys, the address is answered 429 with Retry-After, even for a valid key, without the key being
 * looked at.
 */
class RepeatedBadKeysAreThrottledTest {

    private static KeyLab keys;

    @BeforeAll
    static void lab() {
        keys = new KeyLab(TestServer.start(), "throttled");
    }

    @AfterAll
    static void stop() {
        keys.close();
    }

    @Test
    void badKeysFromOneAddressAreAnswered429WithRetryAfterOnceTheLimitIsReached() {
        String valid = keys.key("Valid", "samples:read");
        int limit = LoginThrottleSettings.DEFAULTS.pairFailureLimit();

        for (int attempt = 1; attempt <= limit; attempt++) {
            String guess = valid.substring(0, 13) + String.format("%043d", attempt);
            assertThat(keys.http().get("/api/lims/samples", guess).status())
                    .as("guess " + attempt)
                    .isEqualTo(401);
        }
        Http.Response nextGuess = keys.http().get("/api/lims/samples", valid.substring(0, 13) + "x".repeat(43));
        Http.Response validKey = keys.http().get("/api/lims/samples", valid);

        assertThat(nextGuess.status()).isEqualTo(429);
        assertThat(nextGuess.code()).isEqualTo("too_many_attempts");
        assertThat(Long.parseLong(
                        nextGuess.raw().headers().firstValue("Retry-After").orElseThrow()))
                .isPositive();
        assertThat(validKey.status()).isEqualTo(429);
        assertThat(keys.token("tech")).isNotBlank();
    }
}
