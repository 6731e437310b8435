package lab.spectra.desktop.runs.review;

import lab.spectra.model.runreview.RunReview;

/**
 * One review of a run as the card lists it.
 *
 * @param valid         its signature is not voided
 * @param ofCurrentRun  the run still has the content the reviewer signed
 * @param countersigned the server has countersigned it (a review made here waits for the next sync)
 */
public record ReviewLine(RunReview review, boolean valid, boolean ofCurrentRun, boolean countersigned) {

    /** In words for the list: valid, valid for an earlier state of the run, or voided. */
    public String state() {
        if (!valid) {
            return "voided";
        }
        if (!ofCurrentRun) {
            return "of an earlier state of the run";
        }
        return countersigned ? "valid, countersigned" : "valid, waiting for sync";
    }
}
