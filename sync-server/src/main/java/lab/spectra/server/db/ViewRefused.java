package lab.spectra.server.db;

/** A read refused because the caller's role may not view the organization's data; answered 403. */
public final class ViewRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ViewRefused(String message) {
        super(message);
    }
}
