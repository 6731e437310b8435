package lab.spectra.desktop.spc.setup;

import java.util.UUID;
import lab.spectra.desktop.notebook.signing.SigningOutcome;

/**
 * Freezes a series' limits as the PI signed in, with the password they typed again, signed with
 * their device key like a run review. It blocks (key derivation), so the dialog calls it off the
 * JavaFX thread.
 */
@FunctionalInterface
public interface LimitsSigner {

    /**
     * @param baselineFirstPointId null for the series' first point
     * @param contentSha256        the hash of the limits the dialog showed; the decision covers exactly them
     * @param password             cleared by the implementation
     */
    SigningOutcome freeze(
            UUID seriesId, UUID baselineFirstPointId, String reason, String contentSha256, char[] password);
}
