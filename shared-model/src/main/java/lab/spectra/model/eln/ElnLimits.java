package lab.spectra.model.eln;

/** Field sizes of lab notebook entries (the database columns are at least this large). */
public final class ElnLimits {

    public static final int TITLE = 200;
    /** About a hundred printed pages of Markdown; images and data go into attachments. */
    public static final int BODY = 200_000;
    /** Links of one kind (samples, runs) per entry. */
    public static final int LINKS = 200;

    private ElnLimits() {}
}
