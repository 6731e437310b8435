package lab.spectra.desktop.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The name this PC goes by, which the server shows admins beside the bench's id. */
final class BenchName {

    private static final int MAX_LENGTH = 100;

    private BenchName() {}

    /** The host name, in printable ASCII (an HTTP header carries it), or empty when unknown. */
    static String ofThisPc() {
        String name = System.getenv("COMPUTERNAME");
        if (name == null || name.isBlank()) {
            name = System.getenv("HOSTNAME");
        }
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                name = "";
            }
        }
        return printable(name);
    }

    static String printable(String name) {
        StringBuilder kept = new StringBuilder();
        name.chars().filter(c -> c >= 0x20 && c < 0x7f).forEach(c -> kept.append((char) c));
        String result = kept.toString().strip();
        return result.length() > MAX_LENGTH ? result.substring(0, MAX_LENGTH) : result;
    }
}
