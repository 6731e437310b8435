package lab.spectra.server.auth.login;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits on sign-in attempts.
 *
 * @param pairFailureLimit    failures for one account from one client address before that pair is
 *                            blocked; another address (the real owner at their own bench) is not
 * @param accountVerdictLimit password checks, right or wrong, for one account from all addresses
 *                            together within {@code verdictWindow}: what a guesser spread over
 *                            many addresses gets at most
 * @param verdictWindow       the sliding window of {@code accountVerdictLimit}
 * @param failureWindow       a pair's failures are forgotten after this long without a new one
 *                            (counted from the end of its last block)
 * @param firstBlock          the block after reaching the pair limit; each further failure doubles it
 * @param maxBlock            the longest block
 */
public record LoginThrottleSettings(
        int pairFailureLimit,
        int accountVerdictLimit,
        Duration verdictWindow,
        Duration failureWindow,
        Duration firstBlock,
        Duration maxBlock) {

    /**
     * 5 failures per (account, address), blocks from 1 up to 15 minutes, forgotten after 15 quiet
     * minutes; at most 10 password checks per account per minute.
     */
    public static final LoginThrottleSettings DEFAULTS = new LoginThrottleSettings(
            5, 10, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15));

    public LoginThrottleSettings {
        Objects.requireNonNull(verdictWindow, "verdictWindow");
        Objects.requireNonNull(failureWindow, "failureWindow");
        Objects.requireNonNull(firstBlock, "firstBlock");
        Objects.requireNonNull(maxBlock, "maxBlock");
        if (pairFailureLimit < 1 || accountVerdictLimit < 1) {
            throw new IllegalArgumentException("The limits must be at least 1");
        }
        if (!positive(verdictWindow)
                || !positive(failureWindow)
                || !positive(firstBlock)
                || maxBlock.compareTo(firstBlock) < 0) {
            throw new IllegalArgumentException("Windows and firstBlock must be positive, maxBlock at least firstBlock");
        }
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    /** The block earned by a failure that is {@code beyondLimit} failures past the limit (0 for the first). */
    public Duration blockAfter(int beyondLimit) {
        Duration block = firstBlock;
        for (int i = 0; i < beyondLimit && block.compareTo(maxBlock) < 0; i++) {
            block = block.multipliedBy(2);
        }
        return block.compareTo(maxBlock) > 0 ? maxBlock : block;
    }
}
