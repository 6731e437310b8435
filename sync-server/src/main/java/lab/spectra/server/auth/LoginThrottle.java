package lab.spectra.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Slows down password guessing: per account (email, case-insensitive), so one account cannot be
 * guessed from many addresses, and per client address, so one address cannot spray many accounts.
 *
 * <p>Reaching a limit blocks the key for {@code firstBlock}; every further failure doubles the
 * block up to {@code maxBlock}. Failures are forgotten after {@code window} without a new one. A
 * successful login clears the account's failures but not the address's, or an attacker could
 * reset their address by logging into an account of their own between guesses.
 *
 * <p>Use: {@link #check} before the password is checked (and skip the check when blocked), then
 * {@link #recordFailure} or {@link #recordSuccess}. Failures for emails without an account count
 * too, so a blocked answer does not reveal whether an account exists.
 *
 * <p>State is in memory (lost on restart, per server instance), thread-safe, and bounded.
 */
public final class LoginThrottle {

    private final LoginThrottleSettings settings;
    private final Clock clock;
    private final FailureCounter accounts;
    private final FailureCounter addresses;

    /** A throttle with {@link LoginThrottleSettings#DEFAULTS}. */
    public LoginThrottle(Clock clock) {
        this(LoginThrottleSettings.DEFAULTS, clock);
    }

    public LoginThrottle(LoginThrottleSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.accounts = new FailureCounter(settings.accountFailureLimit());
        this.addresses = new FailureCounter(settings.addressFailureLimit());
    }

    /** Whether a login for {@code email} from {@code clientAddress} may be attempted now. */
    public ThrottleDecision check(String email, String clientAddress) {
        Instant now = clock.instant();
        Duration account = accounts.remainingBlock(normalize(email), now);
        Duration address = addresses.remainingBlock(normalize(clientAddress), now);
        Duration longer = account.compareTo(address) >= 0 ? account : address;
        return longer.isZero() ? new ThrottleDecision.Allowed() : new ThrottleDecision.Blocked(longer);
    }

    /** A wrong password, or an email without an account. */
    public void recordFailure(String email, String clientAddress) {
        Instant now = clock.instant();
        accounts.recordFailure(normalize(email), now);
        addresses.recordFailure(normalize(clientAddress), now);
    }

    /** A correct password: the account starts afresh; the address keeps its count. */
    public void recordSuccess(String email, String clientAddress) {
        Objects.requireNonNull(clientAddress, "clientAddress");
        accounts.forget(normalize(email));
    }

    /** How many keys are tracked, accounts and addresses together; for tests of the memory bound. */
    int trackedKeys() {
        return accounts.size() + addresses.size();
    }

    private static String normalize(String key) {
        return Objects.requireNonNull(key, "email and clientAddress must not be null")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    /** Failures per key of one kind. One lock per kind: logins are rare next to the hashing they guard. */
    private final class FailureCounter {

        private final int limit;
        private final Map<String, Failures> byKey;

        FailureCounter(int limit) {
            this.limit = limit;
            int maxKeys = settings.maxTrackedKeys();
            // Access order, so the entry dropped when full is the one touched least recently: an
            // attacker's own, repeatedly failing key stays tracked while a flood of new keys pushes
            // out old, quiet ones.
            this.byKey = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                    return size() > maxKeys;
                }
            };
        }

        synchronized Duration remainingBlock(String key, Instant now) {
            Failures failures = current(key, now);
            if (failures == null || failures.blockedUntil == null || !now.isBefore(failures.blockedUntil)) {
                return Duration.ZERO;
            }
            return Duration.between(now, failures.blockedUntil);
        }

        synchronized void recordFailure(String key, Instant now) {
            Failures failures = current(key, now);
            if (failures == null) {
                failures = new Failures();
                byKey.put(key, failures);
            }
            failures.count++;
            failures.lastFailure = now;
            if (failures.count >= limit) {
                failures.blockedUntil = now.plus(blockAfter(failures.count - limit));
            }
        }

        synchronized void forget(String key) {
            byKey.remove(key);
        }

        synchronized int size() {
            return byKey.size();
        }

        /** The key's failures, or null if it has none that still count (expired ones are dropped). */
        private Failures current(String key, Instant now) {
            Failures failures = byKey.get(key);
            if (failures != null && !now.isBefore(failures.forgottenAt(settings.window()))) {
                byKey.remove(key);
                return null;
            }
            return failures;
        }

        /** firstBlock doubled for every failure beyond the limit, at most maxBlock. */
        private Duration blockAfter(int failuresBeyondLimit) {
            Duration block = settings.firstBlock();
            for (int i = 0; i < failuresBeyondLimit && block.compareTo(settings.maxBlock()) < 0; i++) {
                block = block.multipliedBy(2);
            }
            return block.compareTo(settings.maxBlock()) > 0 ? settings.maxBlock() : block;
        }
    }

    /** Mutable, but only ever touched under its counter's lock. */
    private static final class Failures {
        int count;
        Instant lastFailure;
        Instant blockedUntil;

        Instant forgottenAt(Duration window) {
            Instant quietSince = blockedUntil != null && blockedUntil.isAfter(lastFailure) ? blockedUntil : lastFailure;
            return quietSince.plus(window);
        }
    }
}
