package lab.spectra.server.http;

import io.javalin.http.Context;
import java.time.Duration;

/** The answers that ask a client to come back later, with {@code Retry-After} in whole seconds. */
public final class TryLater {

    private TryLater() {}

    /** 429: too many attempts for this account or address; the password was not checked. */
    public static ApiException throttled(Context ctx, Duration retryAfter) {
        long seconds = seconds(retryAfter);
        ctx.header("Retry-After", String.valueOf(seconds));
        return new ApiException(
                429, "too_many_attempts", "Too many failed sign-ins; try again in " + seconds + " seconds");
    }

    /** 503: every password-hashing permit of this server is taken at this moment. */
    public static ApiException busy(Context ctx) {
        ctx.header("Retry-After", "1");
        return new ApiException(
                503, "server_busy", "The server is checking too many passwords at once; try again in a second");
    }

    /** Rounded up, and at least one: a client told 0 would retry at once. */
    public static long seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
