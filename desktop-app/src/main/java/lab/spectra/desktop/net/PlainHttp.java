package lab.spectra.desktop.net;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether the bench may talk to its server over plain {@code http://}. Passwords, tokens and lab
 * data would cross the network readable and changeable by anyone on it, so only {@code https://}
 * is accepted, except to this PC itself (the embedded server, a local tunnel), unless a setting
 * allows plain http for a network the lab trusts.
 */
public enum PlainHttp {
    /** https everywhere; plain http only to a loopback address of this PC. */
    LOOPBACK_ONLY,
    /** Plain http to any server (a setting, for a trusted network). */
    ALLOWED;

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

    /**
     * The address, if the bench may use it.
     *
     * @throws InsecureServerAddressException in words a lab's IT person can act on
     */
    public URI check(URI server) {
        String scheme = server.getScheme() == null ? "" : server.getScheme().toLowerCase(Locale.ROOT);
        boolean webAddress = (scheme.equals("https") || scheme.equals("http")) && server.getHost() != null;
        if (!webAddress) {
            throw new InsecureServerAddressException("The server address " + server
                    + " is not a web address; it must look like https://lims.example.org");
        }
        if (scheme.equals("http") && this == LOOPBACK_ONLY && !isLoopback(server.getHost())) {
            throw new InsecureServerAddressException("The server address " + server
                    + " uses plain http, which would send passwords and lab data unencrypted over the network;"
                    + " use https://, or set SPECTRA_ALLOW_PLAIN_HTTP=true if this network is trusted");
        }
        return server;
    }

    /**
     * Loopback by its literal form only: a name other than {@code localhost} is never looked up,
     * because whoever controls the name service could make any name point here.
     */
    static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.equals("localhost") || IPV4_LOOPBACK.matcher(name).matches()) {
            return true;
        }
        if (name.startsWith("[") && name.endsWith("]")) {
            try {
                // A bracketed IPv6 literal is parsed, not resolved.
                return InetAddress.getByName(name.substring(1, name.length() - 1))
                        .isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
