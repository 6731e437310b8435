package lab.spectra.model.sop;

/** Field sizes of SOPs (the database columns are at least this large). */
final class SopLimits {

    static final int TITLE = 200;
    static final int BODY = 200_000;
    static final int REASON = 2000;

    private SopLimits() {}
}
