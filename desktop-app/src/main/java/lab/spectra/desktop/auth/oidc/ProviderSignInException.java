package lab.spectra.desktop.auth.oidc;

/** Signing in at the identity provider did not work; the message says why in words. */
public final class ProviderSignInException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProviderSignInException(String message) {
        super(message);
    }

    public ProviderSignInException(String message, Throwable cause) {
        super(message, cause);
    }
}
