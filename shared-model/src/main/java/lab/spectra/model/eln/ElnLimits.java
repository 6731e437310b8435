package lab.spectra.model.eln;

/** Field sizes of lab notebook entries (the database columns are at least this large). */
final class ElnLimits {

    static final int TITLE = 200;
    /** About a hundred printed pages of Markdown; images and data go into attachments. */
    static final int BODY = 200_000;
    /** Links of one kind (samples, runs) per entry. */
    static final int LINKS = 200;

    private ElnLimits() {}
}
