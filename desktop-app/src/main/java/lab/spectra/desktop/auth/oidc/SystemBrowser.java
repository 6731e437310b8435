package lab.spectra.desktop.auth.oidc;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;

/**
 * Opens an address in the person's own web browser, where they sign in at the identity provider
 * (with its passwords, second factors and single sign-on); the app never sees their password.
 */
@FunctionalInterface
public interface SystemBrowser {

    /** @throws ProviderSignInException when no browser can be opened */
    void open(URI address);

    /**
     * The browser the desktop environment names, through {@code java.awt.Desktop} (module
     * {@code java.desktop}, in the app's linked runtime); the app itself prefers JavaFX's host
     * services where it has them.
     */
    static SystemBrowser ofTheDesktop() {
        return address -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                throw new ProviderSignInException("This PC has no web browser the app can open; sign in with your"
                        + " e-mail and bench passphrase instead, or ask your IT department");
            }
            try {
                Desktop.getDesktop().browse(address);
            } catch (IOException | UnsupportedOperationException e) {
                throw new ProviderSignInException("The web browser could not be opened: " + e.getMessage(), e);
            }
        };
    }
}
