package lab.spectra.model.runreview;

/** What a reviewer decided about a finished run. */
public enum ReviewDecision {
    /** The run's results, data and context were checked and stand. */
    REVIEWED,
    /** The run does not stand as recorded; the comment says why. */
    REJECTED
}
