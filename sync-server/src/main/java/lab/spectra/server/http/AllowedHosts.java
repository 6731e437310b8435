package lab.spectra.server.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Serves only requests addressed to one of the server's own host names (the {@code Host} header).
 * A server on a bench PC listens on loopback; a web page whose own name its attacker re-pointed at
 * 127.0.0.1 (DNS rebinding) would otherwise reach it from the PC's browser as a same-origin page.
 * Such a request carries the attacker's name and is answered 421 with nothing done.
 */
public final class AllowedHosts implements Handler {

    private final Set<String> names;

    /**
     * @param names host names without port, e.g. {@code localhost}, {@code [::1]}; empty allows any
     *              (and the check is then not installed at all, see {@link HttpApi})
     */
    public AllowedHosts(List<String> names) {
        this.names = names.stream().map(AllowedHosts::normalized).collect(Collectors.toUnmodifiableSet());
    }

    public boolean allowsAny() {
        return names.isEmpty();
    }

    @Override
    public void handle(Context ctx) {
        String host = ctx.header(Header.HOST);
        if (allowsAny() || (host != null && names.contains(normalized(withoutPort(host))))) {
            return;
        }
        throw new ApiException(
                421,
                "host_not_allowed",
                "This server does not answer requests addressed to "
                        + (host == null ? "no host" : abbreviated(host))
                        + "; use one of its own names: "
                        + String.join(", ", names.stream().sorted().toList()));
    }

    /** {@code name:port}, {@code [v6]:port} or a bare name, without the port. */
    static String withoutPort(String host) {
        String trimmed = host.strip();
        if (trimmed.startsWith("[")) {
            int close = trimmed.indexOf(']');
            return close < 0 ? trimmed : trimmed.substring(0, close + 1);
        }
        int colon = trimmed.indexOf(':');
        return colon < 0 ? trimmed : trimmed.substring(0, colon);
    }

    private static String normalized(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static String abbreviated(String host) {
        return host.length() > 100 ? host.substring(0, 100) + "…" : host;
    }
}
