package lab.spectra.desktop.notebook.sign;

import java.util.UUID;
import lab.spectra.desktop.notebook.signing.SigningOutcome;
import lab.spectra.model.eln.SignatureMeaning;

/**
 * Signs a notebook entry as the person signed in, with the password they typed again into the
 * sign dialog (§11.200). It blocks (key derivation, maybe the network), so the dialog calls it off
 * the JavaFX thread. The signing service implements it; the dialog knows only this.
 */
@FunctionalInterface
public interface EntrySigner {

    /**
     * @param contentSha256 the hash of the content the dialog showed; the signature covers exactly it
     * @param password      cleared by the caller after the call
     */
    SigningOutcome sign(UUID entryId, String contentSha256, SignatureMeaning meaning, char[] password);

    /** Until a signing service is wired in: every signature is refused, and says why. */
    EntrySigner UNAVAILABLE = (entryId, contentSha256, meaning, password) ->
            new SigningOutcome.Refused("unavailable", "Signing is not available on this bench");
}
