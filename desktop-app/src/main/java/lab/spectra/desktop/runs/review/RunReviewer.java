package lab.spectra.desktop.runs.review;

import java.util.UUID;
import lab.spectra.desktop.notebook.signing.SigningOutcome;
import lab.spectra.model.runreview.ReviewDecision;

/**
 * Reviews a run as the person signed in, with the password they typed again (§11.200), signed like
 * a notebook entry. It blocks (key derivation), so the card calls it off the JavaFX thread.
 */
@FunctionalInterface
public interface RunReviewer {

    /**
     * @param contentSha256 the hash of the run the card showed; the review covers exactly it
     * @param password      cleared by the implementation
     */
    SigningOutcome review(UUID runId, ReviewDecision decision, String comment, String contentSha256, char[] password);
}
