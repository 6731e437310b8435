package lab.spectra.server.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits on failed logins.
 *
 * @param accountFailureLimit failures for one email before it is blocked
 * @param addressFailureLimit failures from one client address before it is blocked; higher than
 *                            the account limit because a lab's benches often share one address
 *                            behind NAT, and one person mistyping must not lock out the lab
 * @param window              failures are forgotten after this long without a new failure
 *                            (counted from the end of the last block)
 * @param firstBlock          the block after reaching the limit; each further failure doubles it
 * @param maxBlock            the longest block
 * @param maxTrackedKeys      entries kept per kind (accounts, addresses); the least recently
 *                            touched are dropped beyond it, so a flood of invented emails cannot
 *                            exhaust memory
 */
public record LoginThrottleSettings(
        int accountFailureLimit,
        int addressFailureLimit,
        Duration window,
        Duration firstBlock,
        Duration maxBlock,
        int maxTrackedKeys) {

    /** 5 failures per account and 20 per address within 15 minutes; blocks from 1 up to 15 minutes. */
    public static final LoginThrottleSettings DEFAULTS = new LoginThrottleSettings(
            5, 20, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15), 10_000);

    public LoginThrottleSettings {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(firstBlock, "firstBlock");
        Objects.requireNonNull(maxBlock, "maxBlock");
        if (accountFailureLimit < 1 || addressFailureLimit < 1 || maxTrackedKeys < 1) {
            throw new IllegalArgumentException("Limits and maxTrackedKeys must be at least 1");
        }
        if (window.isNegative()
                || window.isZero()
                || firstBlock.isNegative()
                || firstBlock.isZero()
                || maxBlock.compareTo(firstBlock) < 0) {
            throw new IllegalArgumentException("window and firstBlock must be positive, maxBlock at least firstBlock");
        }
    }

    public LoginThrottleSettings withMaxTrackedKeys(int max) {
        return new LoginThrottleSettings(accountFailureLimit, addressFailureLimit, window, firstBlock, maxBlock, max);
    }
}
