package lab.spectra.desktop.net;

/** The configured server address would expose the lab's data on the network (see {@link PlainHttp}). */
public final class InsecureServerAddressException extends IllegalArgumentException {

    public InsecureServerAddressException(String message) {
        super(message);
    }
}
