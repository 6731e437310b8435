package lab.spectra.server.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jetty.util.InetAddressSet;

/**
 * The address a request came from, for the login throttle and the audit trail. Behind a reverse
 * proxy the TCP peer is the proxy, so its {@code X-Forwarded-For} header is read, but only when
 * the peer is one of the configured trusted proxies: anyone else could write any address there
 * and escape the throttle.
 *
 * <p>The header is read from its right end, where the trusted proxies appended what they saw;
 * the first address that is not itself a trusted proxy is the client. Entries to its left were
 * written by the client and are ignored.
 */
public final class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final InetAddressSet trusted = new InetAddressSet();

    /**
     * Trusts the {@code X-Forwarded-For} of these proxies only.
     *
     * @param trustedProxies addresses or ranges ({@code 10.0.0.0/8}, {@code 192.0.2.1-192.0.2.9})
     *                       of the proxies allowed to say who the client is; empty means none
     */
    public ClientAddresses(List<String> trustedProxies) {
        for (String proxy : trustedProxies) {
            String entry = proxy.strip();
            if (!entry.isEmpty()) {
                String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
                if (literal(address.contains("-") ? address.substring(0, address.indexOf('-')) : address) == null) {
                    throw new IllegalArgumentException("Not an IP address or range: " + entry);
                }
                trusted.add(entry);
            }
        }
    }

    public String of(Context ctx) {
        return of(ctx.req().getRemoteAddr(), Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
    }

    /** The client's address given the TCP peer and every {@code X-Forwarded-For} header, in order. */
    public String of(String peer, List<String> forwardedFor) {
        InetAddress hop = literal(peer);
        if (hop == null || !trusted.test(hop)) {
            return peer;
        }
        List<String> entries = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String entry : header.split(",", -1)) {
                entries.add(entry.strip());
            }
        }
        String client = peer;
        for (int i = entries.size() - 1; i >= 0; i--) {
            InetAddress address = literal(entries.get(i));
            if (address == null) {
                // Not an address a proxy would write: the client's own text. The nearest hop a
                // trusted proxy vouched for is all that is known.
                return client;
            }
            client = address.getHostAddress();
            if (!trusted.test(address)) {
                return client;
            }
        }
        return client;
    }

    /** An IP address written as digits, or null; never a name, so nothing is looked up in DNS. */
    private static InetAddress literal(String text) {
        if (text == null) {
            return null;
        }
        String candidate = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        boolean v4 = IPV4.matcher(candidate).matches();
        boolean v6 = !v4 && candidate.contains(":") && IPV6.matcher(candidate).matches();
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(candidate);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
