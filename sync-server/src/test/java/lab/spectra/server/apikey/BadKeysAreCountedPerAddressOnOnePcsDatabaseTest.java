package lab.spectra.server.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import lab.spectra.server.auth.login.LoginThrottleSettings;
import lab.spectra.server.db.Database;
import lab.spectra.server.db.TenantActivity;
import lab.spectra.server.testing.H2TestDatabase;
import lab.spectra.server.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The key throttle works on a lab on one PC (H2) as on PostgreSQL: an address is blocked once its
 * failures reach the limit, other addresses are not, and the block ends after its time.
 */
class BadKeysAreCountedPerAddressOnOnePcsDatabaseTest {

    private final Database database =
            Database.connect(H2TestDatabase.createMigrated(), 2, Duration.ofSeconds(10), new TenantActivity());
    private final TestClock clock = new TestClock();
    private final ApiKeyThrottle throttle = new ApiKeyThrottle(database, LoginThrottleSettings.DEFAULTS, clock);

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anAddressIsBlockedAtTheLimitAndFreeAgainAfterItsBlock() {
        int limit = LoginThrottleSettings.DEFAULTS.pairFailureLimit();
        for (int failure = 1; failure < limit; failure++) {
            throttle.failed("10.0.0.7");
            assertThat(throttle.blockFor("10.0.0.7")).as("after " + failure).isEmpty();
        }

        throttle.failed("10.0.0.7");

        assertThat(throttle.blockFor("10.0.0.7")).hasValue(LoginThrottleSettings.DEFAULTS.firstBlock());
        assertThat(throttle.blockFor("10.0.0.8")).isEmpty();
        clock.advance(LoginThrottleSettings.DEFAULTS.firstBlock());
        assertThat(throttle.blockFor("10.0.0.7")).isEmpty();
    }
}
